package io.equirl.vision.model;

import io.equirl.vision.data.ImageSet;
import java.util.function.IntConsumer;

/**
 * Trains a CNN on upright images only: Adam on softmax cross-entropy, seeded initialisation and
 * batch order, so one seed gives one network on a given CPU with one PyTorch thread.
 */
public final class Pretraining {

  /**
   * What one pretraining run does.
   *
   * @param epochs passes over the training images
   * @param batchSize images per gradient step
   * @param learningRate Adam's step size
   * @param trainImages how many training images to use (the first ones; all when larger)
   */
  public record Config(int epochs, int batchSize, float learningRate, int trainImages) {
    public Config {
      if (epochs < 1 || batchSize < 1 || trainImages < 1 || !(learningRate > 0)) {
        throw new IllegalArgumentException(
            "pretraining needs positive epochs, batch size,"
                + " image count and learning rate, got "
                + this);
      }
    }

    /** The command's defaults: 3 epochs of 64-image batches at lr 1e-3 on all 60 000 images. */
    public static Config defaults() {
      return new Config(3, 64, 1e-3f, Integer.MAX_VALUE);
    }
  }

  private Pretraining() {}

  /**
   * Trains a fresh network of {@code architecture} with {@code seed}; {@code afterEpoch} is called
   * with each finished epoch's number (for progress and checkpoints). The caller owns the result.
   */
  public static ImageClassifier train(
      Architecture architecture,
      int classes,
      long seed,
      ImageSet train,
      Config config,
      IntConsumer afterEpoch) {
    ImageSet used = train.head(config.trainImages());
    ImageClassifier net = ImageClassifier.create(architecture, classes, seed);
    try {
      SupervisedSteps steps =
          new SupervisedSteps(used, config.batchSize(), seed, config.learningRate());
      for (int epoch = 1; epoch <= config.epochs(); epoch++) {
        for (int i = 0; i < steps.stepsPerEpoch(); i++) {
          steps.step(net.manager(), net::trainingLogits, net.parameters());
        }
        afterEpoch.accept(epoch);
      }
      return net;
    } catch (RuntimeException e) {
      net.close();
      throw e;
    }
  }
}
