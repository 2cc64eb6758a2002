package io.equirl.envs;

/**
 * The outcome of one {@link Env#step(int)}: observation, reward and the two ways an episode ends.
 *
 * <p>Mutable and owned by the env that returns it, so stepping allocates nothing; envs fill it
 * through {@link #set}. Termination (the MDP reached a terminal state: do not bootstrap) and
 * truncation (a time limit cut the episode: do bootstrap) are kept apart, as in Gymnasium.
 */
public final class StepResult {
  private final float[] observation;
  private double reward;
  private boolean terminated;
  private boolean truncated;

  /** Creates a result whose observation buffer has {@code observationSize} elements. */
  public StepResult(int observationSize) {
    this.observation = new float[observationSize];
  }

  /** The observation after the step; the same array on every call. */
  public float[] observation() {
    return observation;
  }

  public double reward() {
    return reward;
  }

  /** True when the episode reached a terminal state of the MDP. */
  public boolean terminated() {
    return terminated;
  }

  /** True when the episode was cut short by a limit outside the MDP (a step budget). */
  public boolean truncated() {
    return truncated;
  }

  /** True when the episode is over for either reason. */
  public boolean done() {
    return terminated || truncated;
  }

  /** Records reward and end flags; envs write the observation into {@link #observation()}. */
  public StepResult set(double reward, boolean terminated, boolean truncated) {
    this.reward = reward;
    this.terminated = terminated;
    this.truncated = truncated;
    return this;
  }
}
