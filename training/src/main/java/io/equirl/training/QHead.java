package io.equirl.training;

/**
 * The strategy of the off-policy loop ({@link DqnTrainer}): which Q-values it acts on and learns
 * ({@link QValues}) and which parameters it trains ({@link TrainedParameters}). These two are all
 * that sets plain DQN, finetuning through an equivariant wrapper and λ training apart; acting,
 * replay, TD targets, Huber, clipping, Adam, target updates, progress and checkpoints are the
 * loop's and {@link DqnUpdate}'s.
 *
 * @param values the Q-values, online and target
 * @param trained the trained parameters and their target copy (owned by the head)
 */
public record QHead(QValues values, TrainedParameters trained) implements AutoCloseable {

  /** Frees the trained parameters (and whatever else they own). */
  @Override
  public void close() {
    trained.close();
  }
}
