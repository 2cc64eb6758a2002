package io.equirl.envs.check;

import io.equirl.envs.BoxSpace;
import io.equirl.envs.DiscreteSpace;
import io.equirl.envs.Env;
import io.equirl.envs.EnvSymmetry;
import io.equirl.envs.SettableState;
import io.equirl.envs.StepResult;
import io.equirl.envs.random.Pcg64;
import io.equirl.groups.FiniteGroup;
import io.equirl.groups.Groups;
import io.equirl.groups.PermutationAction;
import io.equirl.groups.SignedPermutationAction;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A walk on the integers −5..5, written by hand against the Env interface (not AbstractEnv) so a
 * test can break one rule at a time: observation {@code x/5}, actions left/right, the episode ends
 * at ±5. With no flaw it obeys the contract and its flip symmetry is an MDP symmetry.
 */
final class ToyWalkEnv implements Env, SettableState {
  enum Flaw {
    ACCEPTS_BAD_ACTIONS,
    STEPS_AFTER_END,
    OBS_OUT_OF_SPACE,
    IGNORES_SEED,
    WRONG_SYMMETRY,
    STEPS_BEFORE_RESET,
    ACCEPTS_NEGATIVE_SEED
  }

  private static final FiniteGroup FLIP = Groups.flip();
  private final Set<Flaw> flaws;
  private final StepResult result = new StepResult(1);
  private final float[] resetObs = new float[1];
  private Pcg64 rng;
  private int x;
  private boolean running;
  private static int calls;

  ToyWalkEnv(Flaw... flaws) {
    this.flaws = flaws.length == 0 ? EnumSet.noneOf(Flaw.class) : EnumSet.of(flaws[0], flaws);
  }

  @Override
  public String id() {
    return "ToyWalk-v0";
  }

  @Override
  public BoxSpace observationSpace() {
    return BoxSpace.uniform(new int[] {1}, -1f, 1f);
  }

  @Override
  public DiscreteSpace actionSpace() {
    return new DiscreteSpace(2);
  }

  @Override
  public float[] reset(long seed) {
    if (seed < 0 && !flaws.contains(Flaw.ACCEPTS_NEGATIVE_SEED)) {
      throw new IllegalArgumentException("negative seed " + seed);
    }
    // The flawed variant draws its start from a counter that differs from call to call.
    rng = Pcg64.seeded(flaws.contains(Flaw.IGNORES_SEED) ? ++calls : Math.max(seed, 0));
    return reset();
  }

  @Override
  public float[] reset() {
    if (rng == null) {
      rng = Pcg64.seeded(0);
    }
    x = rng.nextInt(5) - 2;
    running = true;
    resetObs[0] = x / 5f;
    return resetObs;
  }

  @Override
  public StepResult step(int action) {
    boolean allowedBeforeReset = flaws.contains(Flaw.STEPS_BEFORE_RESET) && rng == null;
    if (!running && !flaws.contains(Flaw.STEPS_AFTER_END) && !allowedBeforeReset) {
      throw new IllegalStateException("not running");
    }
    if (!actionSpace().contains(action) && !flaws.contains(Flaw.ACCEPTS_BAD_ACTIONS)) {
      throw new IllegalArgumentException("action " + action + " is outside " + actionSpace());
    }
    x += action == 1 ? 1 : -1;
    boolean end = Math.abs(x) >= 5;
    running = !end;
    result.observation()[0] = flaws.contains(Flaw.OBS_OUT_OF_SPACE) ? x / 2f : x / 5f;
    return result.set(end ? 1.0 : 0.0, end, false);
  }

  @Override
  public Optional<EnvSymmetry> symmetry() {
    PermutationAction actions =
        flaws.contains(Flaw.WRONG_SYMMETRY)
            ? PermutationAction.trivial(FLIP, 2)
            : PermutationAction.swap(FLIP, 2, 0, 1);
    return Optional.of(
        new EnvSymmetry(
            FLIP,
            SignedPermutationAction.negation(FLIP, 1),
            actions,
            (g, s) -> g.isIdentity() ? s.clone() : new double[] {-s[0]}));
  }

  @Override
  public int stateSize() {
    return 1;
  }

  @Override
  public double[] state() {
    return new double[] {x};
  }

  @Override
  public float[] setState(double[] state, int elapsedSteps) {
    x = (int) state[0];
    running = true;
    resetObs[0] = x / 5f;
    return resetObs;
  }

  @Override
  public void close() {}
}
