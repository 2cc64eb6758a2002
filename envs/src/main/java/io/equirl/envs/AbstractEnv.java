package io.equirl.envs;

import io.equirl.envs.random.Pcg64;
import java.security.SecureRandom;

/**
 * The bookkeeping every env shares, so that each env file holds only its MDP: seeding as Gymnasium
 * does it, the reset/step contract, and the step budget (Gymnasium's {@code TimeLimit}).
 *
 * <p>Subclasses implement {@link #startEpisode(Pcg64, float[])} and {@link #transition(int,
 * StepResult)}; this class validates the action, counts steps and sets {@code truncated} when the
 * step budget is used up, exactly as {@code TimeLimit} does (also on a step that terminates). Not
 * thread-safe.
 */
public abstract class AbstractEnv implements Env {
  private final DiscreteSpace actionSpace;
  private final BoxSpace observationSpace;
  private final int maxEpisodeSteps;
  private final float[] resetObservation;
  private final StepResult result;
  private Pcg64 rng;
  private int elapsedSteps;
  private boolean running;

  /**
   * @param maxEpisodeSteps the step at which an episode is truncated
   */
  protected AbstractEnv(DiscreteSpace actionSpace, BoxSpace observationSpace, int maxEpisodeSteps) {
    if (maxEpisodeSteps < 1) {
      throw new IllegalArgumentException("maxEpisodeSteps must be >= 1, got " + maxEpisodeSteps);
    }
    this.actionSpace = actionSpace;
    this.observationSpace = observationSpace;
    this.maxEpisodeSteps = maxEpisodeSteps;
    this.resetObservation = new float[observationSpace.size()];
    this.result = new StepResult(observationSpace.size());
  }

  /** Draws the start state from {@code rng} and writes the first observation into {@code obs}. */
  protected abstract void startEpisode(Pcg64 rng, float[] obs);

  /**
   * Advances the MDP by one valid action: writes the observation into {@code out.observation()} and
   * calls {@code out.set(reward, terminated, false)}; truncation is this class's job.
   */
  protected abstract void transition(int action, StepResult out);

  @Override
  public final BoxSpace observationSpace() {
    return observationSpace;
  }

  @Override
  public final DiscreteSpace actionSpace() {
    return actionSpace;
  }

  /** The step at which episodes are truncated (500 for CartPole-v1 and Acrobot-v1). */
  public final int maxEpisodeSteps() {
    return maxEpisodeSteps;
  }

  /** Steps taken in the current episode. */
  public final int elapsedSteps() {
    return elapsedSteps;
  }

  @Override
  public final float[] reset(long seed) {
    if (seed < 0) {
      throw new IllegalArgumentException("seed must be >= 0 (as Gymnasium requires), got " + seed);
    }
    rng = Pcg64.seeded(seed);
    return begin();
  }

  @Override
  public final float[] reset() {
    if (rng == null) {
      // Gymnasium seeds from OS entropy when reset() comes without a seed first.
      rng = Pcg64.seeded(new SecureRandom().nextLong() & Long.MAX_VALUE);
    }
    return begin();
  }

  private float[] begin() {
    elapsedSteps = 0;
    running = true;
    startEpisode(rng, resetObservation);
    return resetObservation;
  }

  @Override
  public final StepResult step(int action) {
    if (!running) {
      String when = rng == null ? "before the first reset" : "after the episode ended";
      throw new IllegalStateException(id() + ": step called " + when + "; call reset first");
    }
    actionSpace.requireContains(action);
    elapsedSteps++;
    transition(action, result);
    boolean truncated = elapsedSteps >= maxEpisodeSteps;
    result.set(result.reward(), result.terminated(), truncated);
    running = !result.done();
    return result;
  }

  /**
   * For envs that set their state directly ({@link SettableState}): continues an episode from the
   * state just set, as if {@code elapsedSteps} steps had been taken, and returns the buffer the
   * subclass writes that state's observation into.
   */
  protected final float[] resume(int elapsedSteps) {
    if (elapsedSteps < 0 || elapsedSteps >= maxEpisodeSteps) {
      throw new IllegalArgumentException(
          "elapsedSteps must be in 0.." + (maxEpisodeSteps - 1) + ", got " + elapsedSteps);
    }
    this.elapsedSteps = elapsedSteps;
    this.running = true;
    return resetObservation;
  }

  /**
   * Checks a state passed to {@link SettableState#setState(double[], int)}: the right length and
   * finite components.
   */
  protected final void requireState(double[] state, int size) {
    if (state == null || state.length != size) {
      throw new IllegalArgumentException(
          id()
              + ": a state has "
              + size
              + " components, got "
              + (state == null ? "null" : state.length));
    }
    for (int i = 0; i < size; i++) {
      if (!Double.isFinite(state[i])) {
        throw new IllegalArgumentException(
            id() + ": state component " + i + " is not finite: " + state[i]);
      }
    }
  }

  @Override
  public void close() {}

  @Override
  public String toString() {
    return id();
  }
}
