package io.equirl.training.lambda;

/**
 * The knobs of {@code equirl lambda-train}, with the DQN names where they mean the same thing.
 *
 * @param steps env steps of fresh experience collected by the λ-policy
 * @param learningRate Adam's step size for λ's parameters
 * @param batchSize transitions per gradient step
 * @param epsilon probability of a uniformly random action while collecting (constant)
 * @param learningStarts env steps collected before the first gradient step
 * @param trainFreq env steps between gradient steps (one step each time)
 * @param targetUpdateInterval env steps between copies of λ into the target λ⁻
 * @param maxGradNorm the global L2 norm λ's gradient is clipped to
 * @param hidden the λ-network's hidden width
 * @param seed seeds λ's initialisation, exploration, sampling and the env's episodes
 */
public record LambdaTrainConfig(
    long steps, double learningRate, int batchSize, double epsilon, int learningStarts,
    int trainFreq, int targetUpdateInterval, double maxGradNorm, int hidden, long seed) {

  /** The defaults documented in the README: 10k steps, Adam 1e-3, batch 64, ε 0.05. */
  public static LambdaTrainConfig defaults(long seed) {
    return new LambdaTrainConfig(10_000, 1e-3, 64, 0.05, 1_000, 4, 1_000, 10, 100, seed);
  }

  /** The same config for {@code steps} env steps (learning starts scaled down for tiny runs). */
  public LambdaTrainConfig withSteps(long newSteps) {
    int starts = (int) Math.min(learningStarts, Math.max(batchSize, newSteps / 10));
    return new LambdaTrainConfig(newSteps, learningRate, batchSize, epsilon, starts, trainFreq,
        targetUpdateInterval, maxGradNorm, hidden, seed);
  }

  public LambdaTrainConfig {
    if (steps < 1) {
      throw new IllegalArgumentException("steps: must be >= 1, got " + steps);
    }
    if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
      throw new IllegalArgumentException("learning_rate: must be a finite number > 0, got "
          + learningRate);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch_size: must be >= 1, got " + batchSize);
    }
    if (!(epsilon >= 0 && epsilon <= 1)) {
      throw new IllegalArgumentException("epsilon: must be in [0, 1], got " + epsilon);
    }
    if (learningStarts < 0 || trainFreq < 1 || targetUpdateInterval < 1) {
      throw new IllegalArgumentException("learning_starts must be >= 0, train_freq and"
          + " target_update_interval >= 1; got " + learningStarts + ", " + trainFreq + ", "
          + targetUpdateInterval);
    }
    if (!(maxGradNorm > 0) || hidden < 1 || seed < 0) {
      throw new IllegalArgumentException("max_grad_norm must be > 0, hidden >= 1 and seed >= 0;"
          + " got " + maxGradNorm + ", " + hidden + ", " + seed);
    }
  }
}
