package io.equirl.envs.grid;

import io.equirl.envs.AbstractEnv;
import io.equirl.envs.BoxSpace;
import io.equirl.envs.DiscreteSpace;
import io.equirl.envs.EnvSymmetry;
import io.equirl.envs.SettableState;
import io.equirl.envs.StepResult;
import io.equirl.envs.random.Pcg64;
import io.equirl.groups.FiniteGroup;
import io.equirl.groups.Groups;
import io.equirl.groups.ImageAction;
import io.equirl.groups.PermutationAction;
import java.util.Arrays;
import java.util.Optional;

/**
 * Gridworld-v0: the toroidal predator–prey grid world of van der Pol et al. 2020 (MDP homomorphic
 * networks), the Gridworld on which Basu et al. 2023 evaluate equizero.
 *
 * <h2>Description</h2>
 *
 * An agent (the predator) and a prey live on an n×n torus (n = 7 by default, {@link
 * GridworldConfig}). The agent moves one cell per step or stays; then the prey, with probability
 * 0.15, moves to one of its four neighbours chosen uniformly, else stays. The agent catches the
 * prey when both end a step on the same cell.
 *
 * <h2>Action space</h2>
 *
 * <table>
 *   <caption>Discrete(5)</caption>
 *   <tr><th>action</th><th>move</th><th>(row, column) change</th></tr>
 *   <tr><td>0</td><td>stay</td><td>(0, 0)</td></tr>
 *   <tr><td>1</td><td>up</td><td>(−1, 0)</td></tr>
 *   <tr><td>2</td><td>right</td><td>(0, +1)</td></tr>
 *   <tr><td>3</td><td>down</td><td>(+1, 0)</td></tr>
 *   <tr><td>4</td><td>left</td><td>(0, −1)</td></tr>
 * </table>
 *
 * Rows grow downwards in the image, so "up" moves towards what is drawn above the agent.
 *
 * <h2>Observation space</h2>
 *
 * Box of shape {@code 1×3n×3n} (1×21×21 by default), values in {0, 1}, flat in row-major order. The
 * view is centred on the agent: each cell is a 3×3 sprite, the agent an X (corners and centre) in
 * the centre cell, the prey a plus (middle row and column) in the cell at its toroidal offset from
 * the agent, each offset component in {@code −(n−1)/2 .. (n−1)/2}. Both sprites are unchanged by a
 * 90° rotation. When the prey is caught the two sprites overlap (their union, a full block). The
 * internal state ({@link SettableState}) is {@code (agentRow, agentCol, preyRow, preyCol)}.
 *
 * <h2>Reward</h2>
 *
 * −0.1 per step; +1 for the step that catches the prey.
 *
 * <h2>Starting state</h2>
 *
 * The agent uniformly on the n² cells, the prey uniformly on the other n²−1, from the env's own
 * PCG64 stream: the same seed gives the same episode, actions included.
 *
 * <h2>Episode end</h2>
 *
 * <ol>
 *   <li>Termination: the prey is caught (after the prey's move).
 *   <li>Truncation: step 100.
 * </ol>
 *
 * <h2>Symmetry</h2>
 *
 * C4 ({@code Groups.cyclic(4)}), {@code r} a 90° counter-clockwise rotation. On observations {@code
 * r^k} rotates the image by {@code k·90°} counter-clockwise ({@code ImageAction.rotations}, like
 * {@code numpy.rot90}); on actions {@code r} sends up → left → down → right → up (1 → 4 → 3 → 2 →
 * 1) and fixes stay. On the internal state it rotates both positions about cell (0, 0) of the
 * torus, {@code (row, col) ↦ (−col, row) mod n}, which rotates the prey's offset as the image
 * rotates. With the prey still, {@code step(r·s, r·a) = r·step(s, a)} exactly; with noise the
 * prey's move distribution is rotation-invariant, so the equality holds in distribution.
 *
 * <h2>Version history</h2>
 *
 * <ul>
 *   <li>v0 (this port). Differences from the reference code ({@code ElisevanderPol/gridworld},
 *       {@code GridEnv-v1}), none of which changes the learning problem up to relabelling: the
 *       reference draws the prey at the negated offset with its row axis counting upwards, so its
 *       picture is this one mirrored left-right relative to the action names (its actions 2 and 4
 *       are this env's 4 and 2); the reference may start agent and prey on the same cell, this port
 *       never does; when both sprites overlap the reference shows only the agent. Randomness comes
 *       from the env's own seeded generator instead of global ones.
 * </ul>
 *
 * <h2>References</h2>
 *
 * E. van der Pol, D. E. Worrall, H. van Hoof, F. A. Oliehoek, M. Welling, "MDP homomorphic
 * networks: group symmetries in reinforcement learning", NeurIPS 2020. S. Basu et al., "Efficient
 * equivariant transfer learning from pretrained models", NeurIPS 2023.
 */
public final class GridworldEnv extends AbstractEnv implements SettableState {
  /** The registered id. */
  public static final String ID = "Gridworld-v0";

  private static final int SPRITE = 3; // pixels per cell side
  private static final int[] ROW_MOVE = {0, -1, 0, 1, 0};
  private static final int[] COL_MOVE = {0, 0, 1, 0, -1};
  // r sends a move to its 90° counter-clockwise rotation: up→left, right→up, down→right, left→down.
  private static final int[] ROTATE_ACTION = {0, 4, 1, 2, 3};

  private final GridworldConfig config;
  private final int n;
  private final int centre;
  private final int width;
  private final EnvSymmetry symmetry;
  private Pcg64 rng;
  private int agentRow;
  private int agentCol;
  private int preyRow;
  private int preyCol;

  /** The default Gridworld of {@link GridworldConfig#defaults()}. */
  public GridworldEnv() {
    this(GridworldConfig.defaults());
  }

  /** A Gridworld with the given knobs. */
  public GridworldEnv(GridworldConfig config) {
    super(new DiscreteSpace(5), observationBox(config.size()), config.maxEpisodeSteps());
    this.config = config;
    this.n = config.size();
    this.centre = n / 2;
    this.width = SPRITE * n;
    this.symmetry = buildSymmetry(n, width);
  }

  private static BoxSpace observationBox(int size) {
    int w = SPRITE * size;
    return BoxSpace.uniform(new int[] {1, w, w}, 0f, 1f);
  }

  private static EnvSymmetry buildSymmetry(int n, int width) {
    FiniteGroup c4 = Groups.cyclic(4);
    int[][] perms = new int[4][];
    perms[0] = new int[] {0, 1, 2, 3, 4};
    for (int k = 1; k < 4; k++) {
      perms[k] = new int[5];
      for (int a = 0; a < 5; a++) {
        perms[k][a] = ROTATE_ACTION[perms[k - 1][a]];
      }
    }
    EnvSymmetry.StateAction rotateState =
        (g, s) -> {
          double[] out = s.clone();
          for (int k = 0; k < g.index(); k++) {
            for (int p = 0; p < 4; p += 2) {
              double row = out[p];
              out[p] = Math.floorMod(-(long) out[p + 1], n);
              out[p + 1] = row;
            }
          }
          return out;
        };
    return new EnvSymmetry(
        c4,
        ImageAction.rotations(c4, 1, width, width),
        PermutationAction.of(c4, perms),
        rotateState);
  }

  @Override
  public String id() {
    return ID;
  }

  /** The knobs this env was built with. */
  public GridworldConfig config() {
    return config;
  }

  @Override
  protected void startEpisode(Pcg64 generator, float[] obs) {
    rng = generator;
    int agent = rng.nextInt(n * n);
    int prey = rng.nextInt(n * n - 1);
    if (prey >= agent) {
      prey++; // skip the agent's cell, so the prey is uniform on the others
    }
    agentRow = agent / n;
    agentCol = agent % n;
    preyRow = prey / n;
    preyCol = prey % n;
    render(obs);
  }

  @Override
  protected void transition(int action, StepResult out) {
    agentRow = Math.floorMod(agentRow + ROW_MOVE[action], n);
    agentCol = Math.floorMod(agentCol + COL_MOVE[action], n);
    if (config.preyMoveProbability() > 0 && rng.nextDouble() < config.preyMoveProbability()) {
      int direction = 1 + rng.nextInt(4);
      preyRow = Math.floorMod(preyRow + ROW_MOVE[direction], n);
      preyCol = Math.floorMod(preyCol + COL_MOVE[direction], n);
    }
    boolean caught = agentRow == preyRow && agentCol == preyCol;
    render(out.observation());
    out.set(caught ? config.captureReward() : config.stepReward(), caught, false);
  }

  /** Draws the agent-centred view: prey plus at its toroidal offset, agent X in the centre. */
  private void render(float[] obs) {
    Arrays.fill(obs, 0f);
    int preyCellRow = centre + offset(preyRow - agentRow);
    int preyCellCol = centre + offset(preyCol - agentCol);
    for (int i = 0; i < SPRITE; i++) {
      obs[pixel(preyCellRow, preyCellCol, 1, i)] = 1f;
      obs[pixel(preyCellRow, preyCellCol, i, 1)] = 1f;
    }
    for (int i = 0; i < SPRITE; i += 2) {
      for (int j = 0; j < SPRITE; j += 2) {
        obs[pixel(centre, centre, i, j)] = 1f;
      }
    }
    obs[pixel(centre, centre, 1, 1)] = 1f;
  }

  /** The representative of {@code d} modulo n in {@code −centre .. centre} (n is odd). */
  private int offset(int d) {
    return Math.floorMod(d + centre, n) - centre;
  }

  private int pixel(int cellRow, int cellCol, int i, int j) {
    return (SPRITE * cellRow + i) * width + SPRITE * cellCol + j;
  }

  /** C4 rotations of the view; see the class javadoc. */
  @Override
  public Optional<EnvSymmetry> symmetry() {
    return Optional.of(symmetry);
  }

  @Override
  public int stateSize() {
    return 4;
  }

  @Override
  public double[] state() {
    return new double[] {agentRow, agentCol, preyRow, preyCol};
  }

  /**
   * Sets {@code (agentRow, agentCol, preyRow, preyCol)}, each a whole number in {@code 0..n-1}.
   * Agent and prey may share a cell (the caught state's picture).
   */
  @Override
  public float[] setState(double[] state, int elapsedSteps) {
    requireState(state, 4);
    for (int i = 0; i < 4; i++) {
      if (state[i] != Math.rint(state[i]) || state[i] < 0 || state[i] >= n) {
        throw new IllegalArgumentException(
            ID
                + ": state component "
                + i
                + " must be a whole number in 0.."
                + (n - 1)
                + ", got "
                + state[i]);
      }
    }
    if (rng == null && config.preyMoveProbability() > 0) {
      throw new IllegalStateException(
          ID + ": reset with a seed before setting states, so the prey's moves have a generator");
    }
    float[] obs = resume(elapsedSteps);
    agentRow = (int) state[0];
    agentCol = (int) state[1];
    preyRow = (int) state[2];
    preyCol = (int) state[3];
    render(obs);
    return obs;
  }

  /** Deterministic only when the prey stands still. */
  @Override
  public boolean deterministicSteps() {
    return config.preyMoveProbability() == 0;
  }
}
