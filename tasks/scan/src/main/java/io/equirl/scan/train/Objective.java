package io.equirl.scan.train;

import io.equirl.scan.model.Rng;
import io.equirl.scan.train.ScanData.Example;

/**
 * What one training iteration minimises on one pair: the plain model's summed NLL, or the same loss
 * through an equitune or equizero wrapper. Implementations hold their tapes (not thread-safe).
 */
public interface Objective {

  /**
   * Decodes {@code example} (fed the target when {@code teacherForcing}, else its own guesses,
   * dropout drawn from {@code rng}), adds the gradient of the loss to {@code grad} and returns the
   * loss.
   */
  double lossAndGradient(Example example, boolean teacherForcing, Rng rng, double[] grad);

  /** The predictor of the model as this objective sees it (plain, equitune or equizero). */
  Predictor predictor();
}
