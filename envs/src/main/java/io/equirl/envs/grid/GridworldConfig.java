package io.equirl.envs.grid;

/**
 * The knobs of {@link GridworldEnv}; {@link #defaults()} is the setting of van der Pol et al. 2020.
 *
 * @param size side of the square torus in cells; odd and at least 3, so the agent sits at the
 *     centre of its view and a 90° rotation maps the view onto itself
 * @param preyMoveProbability probability that the prey moves to a uniformly chosen neighbour after
 *     the agent's move; 0 makes the env deterministic
 * @param stepReward reward of every step that does not capture the prey
 * @param captureReward reward of the step that captures it
 * @param maxEpisodeSteps the step at which an episode is truncated
 */
public record GridworldConfig(
    int size,
    double preyMoveProbability,
    double stepReward,
    double captureReward,
    int maxEpisodeSteps) {

  /** The default torus side. */
  public static final int DEFAULT_SIZE = 7;

  /** Validates every knob. */
  public GridworldConfig {
    if (size < 3 || size % 2 == 0) {
      throw new IllegalArgumentException("size must be odd and >= 3, got " + size);
    }
    if (!(preyMoveProbability >= 0 && preyMoveProbability <= 1)) {
      throw new IllegalArgumentException(
          "preyMoveProbability must be in [0, 1], got " + preyMoveProbability);
    }
    if (!Double.isFinite(stepReward) || !Double.isFinite(captureReward)) {
      throw new IllegalArgumentException(
          "rewards must be finite, got " + stepReward + " and " + captureReward);
    }
    if (maxEpisodeSteps < 1) {
      throw new IllegalArgumentException("maxEpisodeSteps must be >= 1, got " + maxEpisodeSteps);
    }
  }

  /** 7×7 torus, prey moves w.p. 0.15, reward −0.1 per step and +1 on capture, 100 steps. */
  public static GridworldConfig defaults() {
    return new GridworldConfig(DEFAULT_SIZE, 0.15, -0.1, 1.0, 100);
  }

  /** The same knobs with a different torus side. */
  public GridworldConfig withSize(int newSize) {
    return new GridworldConfig(
        newSize, preyMoveProbability, stepReward, captureReward, maxEpisodeSteps);
  }

  /** The same knobs with the prey standing still: a deterministic env, for symmetry tests. */
  public GridworldConfig withoutNoise() {
    return new GridworldConfig(size, 0.0, stepReward, captureReward, maxEpisodeSteps);
  }
}
