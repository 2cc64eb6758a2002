package io.equirl.envs.classic;

import io.equirl.envs.BoxSpace;
import io.equirl.envs.DiscreteSpace;
import io.equirl.envs.EnvSymmetry;
import io.equirl.envs.SettableState;
import io.equirl.envs.StepResult;
import io.equirl.envs.random.Pcg64;
import io.equirl.groups.FiniteGroup;
import io.equirl.groups.Groups;
import io.equirl.groups.PermutationAction;
import io.equirl.groups.SignedPermutationAction;
import java.util.Optional;

/**
 * CartPole-v1, a port of Gymnasium 1.4.0's {@code classic_control/cartpole.py} (with the {@code
 * TimeLimit} of {@code gym.make}) that reproduces its seeded resets bit for bit and its episodes to
 * the last bit of sin and cos.
 *
 * <h2>Description</h2>
 *
 * A pole is attached by an un-actuated joint to a cart on a frictionless track; the agent pushes
 * the cart left or right to keep the pole upright (Barto, Sutton and Anderson 1983).
 *
 * <h2>Action space</h2>
 *
 * <table>
 *   <caption>Discrete(2)</caption>
 *   <tr><th>action</th><th>meaning</th></tr>
 *   <tr><td>0</td><td>push the cart to the left (force −10 N)</td></tr>
 *   <tr><td>1</td><td>push the cart to the right (force +10 N)</td></tr>
 * </table>
 *
 * <h2>Observation space</h2>
 *
 * Box of 4 float32, the state rounded to float:
 *
 * <table>
 *   <caption>observation</caption>
 *   <tr><th>index</th><th>meaning</th><th>min</th><th>max</th></tr>
 *   <tr><td>0</td><td>cart position x (m)</td><td>−4.8</td><td>4.8</td></tr>
 *   <tr><td>1</td><td>cart velocity ẋ (m/s)</td><td>−∞</td><td>∞</td></tr>
 *   <tr><td>2</td><td>pole angle θ (rad, 0 = upright)</td><td>≈ −0.418</td><td>≈ 0.418</td></tr>
 *   <tr><td>3</td><td>pole angular velocity θ̇ (rad/s)</td><td>−∞</td><td>∞</td></tr>
 * </table>
 *
 * The internal state ({@link SettableState}) is the same four values in float64.
 *
 * <h2>Reward</h2>
 *
 * +1 for every step, including the step that terminates.
 *
 * <h2>Starting state</h2>
 *
 * Each state component uniform in (−0.05, 0.05): NumPy's {@code Generator.uniform(-0.05, 0.05, 4)}
 * on the env's PCG64 stream, so {@code reset(seed)} equals Gymnasium's {@code reset(seed=seed)}.
 *
 * <h2>Episode end</h2>
 *
 * <ol>
 *   <li>Termination: |θ| &gt; 12° (0.2095 rad).
 *   <li>Termination: |x| &gt; 2.4 (the cart's centre leaves the track).
 *   <li>Truncation: step 500 (set even when that step also terminates, as {@code TimeLimit}).
 * </ol>
 *
 * <h2>Symmetry</h2>
 *
 * Z2 ({@code Groups.flip()}): mirroring the track maps the state s to −s. On observations the flip
 * negates all four components; on actions it swaps 0 ↔ 1. Dynamics, reward and termination are
 * odd/even in exactly this way, so the flip is an MDP symmetry: {@code step(−s, 1−a) = −step(s,
 * a)}.
 *
 * <h2>Version history</h2>
 *
 * <ul>
 *   <li>v1 (this port): Gymnasium 1.4.0's CartPole-v1, 500-step limit, Euler integration, {@code
 *       sutton_barto_reward=False}. Unlike Gymnasium, stepping after the episode ended throws
 *       instead of warning.
 * </ul>
 *
 * <h2>References</h2>
 *
 * A. G. Barto, R. S. Sutton, C. W. Anderson, "Neuronlike adaptive elements that can solve difficult
 * learning control problems", IEEE Trans. SMC 13(5), 1983. R. V. Florian, "Correct equations for
 * the dynamics of the cart-pole system", 2007.
 */
public final class CartPoleEnv extends VectorStateEnv {
  /** The registered id. */
  public static final String ID = "CartPole-v1";

  private static final double GRAVITY = 9.8; // m/s²
  private static final double MASS_CART = 1.0; // kg
  private static final double MASS_POLE = 0.1; // kg
  private static final double TOTAL_MASS = MASS_POLE + MASS_CART; // kg
  private static final double LENGTH = 0.5; // m, half the pole's length
  private static final double POLEMASS_LENGTH = MASS_POLE * LENGTH; // kg·m
  private static final double FORCE_MAG = 10.0; // N
  private static final double TAU = 0.02; // s between state updates
  private static final double THETA_THRESHOLD = 12 * 2 * Math.PI / 360; // rad
  private static final double X_THRESHOLD = 2.4; // m
  private static final double RESET_BOUND = 0.05;
  private static final int MAX_EPISODE_STEPS = 500;

  private static final FiniteGroup FLIP = Groups.flip();
  private static final EnvSymmetry SYMMETRY =
      new EnvSymmetry(
          FLIP,
          SignedPermutationAction.negation(FLIP, 4),
          PermutationAction.swap(FLIP, 2, 0, 1),
          EnvSymmetry.StateAction.negation());

  /** A CartPole-v1 env; call {@link #reset(long)} before stepping. */
  public CartPoleEnv() {
    super(new DiscreteSpace(2), observationBox(), MAX_EPISODE_STEPS, 4);
  }

  private static BoxSpace observationBox() {
    float[] high = {
      (float) (X_THRESHOLD * 2),
      Float.POSITIVE_INFINITY,
      (float) (THETA_THRESHOLD * 2),
      Float.POSITIVE_INFINITY
    };
    float[] low = new float[4];
    for (int i = 0; i < 4; i++) {
      low[i] = -high[i];
    }
    return new BoxSpace(new int[] {4}, low, high);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  protected void startEpisode(Pcg64 rng, float[] obs) {
    rng.uniform(-RESET_BOUND, RESET_BOUND, state);
    observe(obs);
  }

  @Override
  protected void transition(int action, StepResult out) {
    double x = state[0];
    double xDot = state[1];
    double theta = state[2];
    double thetaDot = state[3];
    double force = action == 1 ? FORCE_MAG : -FORCE_MAG;
    double cosTheta = Math.cos(theta);
    double sinTheta = Math.sin(theta);

    // Same operation order as Gymnasium (Florian 2007, eqs. 23-24 with frictionless joints).
    double temp = (force + POLEMASS_LENGTH * (thetaDot * thetaDot) * sinTheta) / TOTAL_MASS;
    double thetaAcc =
        (GRAVITY * sinTheta - cosTheta * temp)
            / (LENGTH * (4.0 / 3.0 - MASS_POLE * (cosTheta * cosTheta) / TOTAL_MASS));
    double xAcc = temp - POLEMASS_LENGTH * thetaAcc * cosTheta / TOTAL_MASS;

    // Explicit Euler, Gymnasium's default kinematics_integrator.
    state[0] = x + TAU * xDot;
    state[1] = xDot + TAU * xAcc;
    state[2] = theta + TAU * thetaDot;
    state[3] = thetaDot + TAU * thetaAcc;

    boolean terminated =
        state[0] < -X_THRESHOLD
            || state[0] > X_THRESHOLD
            || state[2] < -THETA_THRESHOLD
            || state[2] > THETA_THRESHOLD;
    observe(out.observation());
    out.set(1.0, terminated, false);
  }

  @Override
  protected void observe(float[] obs) {
    for (int i = 0; i < 4; i++) {
      obs[i] = (float) state[i];
    }
  }

  /** Z2: the mirror image; see the class javadoc. Shared by all instances. */
  @Override
  public Optional<EnvSymmetry> symmetry() {
    return Optional.of(SYMMETRY);
  }
}
