package io.equirl.training;

/**
 * Observes a training loop and may stop it, as SB3's callbacks do. Called on the training thread.
 */
public interface TrainingListener {

  /** After every env step; return false to stop training after this step. */
  default boolean onStep(DqnTrainer trainer) {
    return true;
  }

  /** After each progress row (every {@code log_interval} steps and at the end). */
  default void onProgress(ProgressRow row) {}

  /** After each greedy evaluation ({@code eval_freq}); {@code best} if it beat all earlier ones. */
  default void onEvaluation(long step, double meanReturn, boolean best) {}
}
