package io.equirl.vision.experiment;

import io.equirl.vision.equi.Finetuning;
import io.equirl.vision.equi.LambdaTraining;

/**
 * The budget of one {@code equirl vision experiment}.
 *
 * @param seeds seeds 0..seeds-1 of λ training and finetuning (one pretrained network, seed 0)
 * @param testImages test images evaluated (the first ones), upright and moved
 * @param lambda λ training, with the network frozen
 * @param finetune finetuning of the head through each wrapper
 */
public record ExperimentConfig(
    int seeds, int testImages, LambdaTraining.Config lambda, Finetuning.Config finetune) {

  public ExperimentConfig {
    if (seeds < 1 || testImages < 1) {
      throw new IllegalArgumentException(
          "an experiment needs seeds >= 1 and test images >= 1,"
              + " got "
              + seeds
              + " and "
              + testImages);
    }
  }

  /**
   * The command's defaults, sized for a shared two-core machine: 2000 test images, 300 λ steps and
   * 300 finetuning steps of 32 images at the paper's lr 1e-3, evaluated every 50 steps.
   */
  public static ExperimentConfig defaults(int seeds) {
    return new ExperimentConfig(
        seeds,
        2000,
        new LambdaTraining.Config(300, 32, 1e-3f),
        new Finetuning.Config(300, 32, 1e-3f, 50));
  }
}
