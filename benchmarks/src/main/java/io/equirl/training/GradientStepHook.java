package io.equirl.training;

import io.equirl.agents.net.QNetwork;
import io.equirl.training.buffer.Batch;

/**
 * Benchmark-only access to {@link DqnUpdate}, which the training module keeps package-private:
 * one DQN gradient step exactly as {@link DqnTrainer} runs it. It lives in the benchmarks jar,
 * in the training package, and is not part of any API; replace it with a public entry point if
 * the training module grows one.
 *
 * <p>Does not own the networks. Not thread-safe.
 */
public final class GradientStepHook {
  private final DqnUpdate update;

  /** Updates {@code online} towards targets from {@code target}, with {@code config}'s settings. */
  public GradientStepHook(DqnConfig config, QNetwork online, QNetwork target) {
    this.update = new DqnUpdate(config, online, target);
  }

  /** One gradient step on {@code batch}; returns its Huber loss. */
  public double step(Batch batch) {
    return update.step(batch);
  }
}
