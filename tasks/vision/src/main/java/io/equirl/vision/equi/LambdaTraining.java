package io.equirl.vision.equi;

import ai.djl.ndarray.NDManager;
import io.equirl.vision.data.ImageSet;
import io.equirl.vision.model.FeatureClassifier;
import io.equirl.vision.model.SupervisedSteps;

/**
 * Trains λ with the network frozen (paper D.4, first stage): cross-entropy of λ-equitune's logits
 * on upright training images. λ-equitune is invariant, so rotated training images would give the
 * same loss; upright ones are what the user had.
 */
public final class LambdaTraining {

  /**
   * One λ-training run.
   *
   * @param steps Adam steps
   * @param batchSize images per step (each goes through the network |G| times)
   * @param learningRate Adam's step size
   */
  public record Config(int steps, int batchSize, float learningRate) {
    public Config {
      if (steps < 0 || batchSize < 1 || !(learningRate > 0)) {
        throw new IllegalArgumentException(
            "λ training needs steps >= 0, a positive batch size"
                + " and learning rate, got "
                + this);
      }
    }
  }

  private LambdaTraining() {}

  /** Trains {@code lambda} in place; batches drawn with {@code seed}. */
  public static void train(
      FeatureClassifier net,
      LambdaNet lambda,
      VisionGroup group,
      ImageSet train,
      Config config,
      long seed,
      NDManager parent) {
    var wrapped = Wrappers.frozen(net, group).lambdaEquitune(lambda, true);
    SupervisedSteps steps =
        new SupervisedSteps(train, config.batchSize(), seed, config.learningRate());
    for (int step = 0; step < config.steps(); step++) {
      steps.step(parent, wrapped, lambda.parameters());
    }
  }
}
