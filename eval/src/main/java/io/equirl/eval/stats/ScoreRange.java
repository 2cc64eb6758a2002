package io.equirl.eval.stats;

/**
 * The range of episode returns an env allows, for normalized scores {@code (R − min)/(max − min)}
 * in [0, 1] that can be pooled across envs: CartPole-v1 [0, 500] (one point per step, 500 steps),
 * Acrobot-v1 [−500, 0] (−1 per step until the goal), Gridworld [−10, 1] (−0.1 per step over 100
 * steps, +1 on capture). Rankings and probabilities of improvement do not depend on it.
 *
 * @param min the lowest possible return
 * @param max the highest possible return
 */
public record ScoreRange(double min, double max) {

  public ScoreRange {
    if (!(max > min)) {
      throw new IllegalArgumentException(
          "score range needs max > min, got [" + min + ", " + max + "]");
    }
  }

  /** The range of a built-in env's returns. */
  public static ScoreRange of(String env) {
    return switch (env) {
      case "cartpole" -> new ScoreRange(0, 500);
      case "acrobot" -> new ScoreRange(-500, 0);
      case "gridworld" -> new ScoreRange(-10, 1);
      default ->
          throw new IllegalArgumentException(
              "no score range known for env '" + env + "': valid: cartpole, acrobot, gridworld");
    };
  }

  /** {@code (value − min) / (max − min)}. */
  public double normalize(double value) {
    return (value - min) / (max - min);
  }
}
