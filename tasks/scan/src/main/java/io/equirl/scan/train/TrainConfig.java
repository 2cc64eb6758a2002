package io.equirl.scan.train;

import io.equirl.scan.data.ScanSplit;
import io.equirl.scan.model.CellType;

/**
 * One training or finetuning run, with the reference's values as defaults.
 *
 * @param split the SCAN split
 * @param cell the recurrent cell
 * @param seed seeds the initial weights, the validation hold-out, sampling, teacher forcing and
 *     dropout
 * @param iterations pairs to train on, one per iteration (batch 1)
 * @param evalEvery iterations between validation checks (and checkpoints); 0 for none: the last
 *     model is kept and not tested (for speed measurements)
 * @param learningRate Adam's step size
 * @param objective what is minimised: the plain model or one of its wrappers
 * @param hidden encoder units (the decoder has twice as many)
 * @param dropout drop rate of the decoder's embeddings
 * @param teacherForcing probability that an iteration feeds the target rather than guesses
 * @param clipNorm gradient norm bound, for the encoder and the decoder separately
 * @param validationFraction share of the training pairs held out for validation
 */
public record TrainConfig(
    ScanSplit split,
    CellType cell,
    long seed,
    int iterations,
    int evalEvery,
    double learningRate,
    ObjectiveKind objective,
    int hidden,
    double dropout,
    double teacherForcing,
    double clipNorm,
    double validationFraction) {

  public TrainConfig {
    if (split == null || cell == null || objective == null) {
      throw new IllegalArgumentException("split, cell and objective are required");
    }
    if (iterations < 1 || evalEvery < 0) {
      throw new IllegalArgumentException(
          "iterations must be positive and eval interval not negative, got "
              + iterations
              + " and "
              + evalEvery);
    }
    if (!(learningRate > 0) || !(clipNorm > 0)) {
      throw new IllegalArgumentException("learning rate and clip norm must be positive");
    }
    if (teacherForcing < 0 || teacherForcing > 1) {
      throw new IllegalArgumentException(
          "teacher forcing must be in [0, 1], got " + teacherForcing);
    }
  }

  /** Pretraining as the reference: 200k iterations, validation every 20k, Adam 1e-4. */
  public static TrainConfig pretraining(ScanSplit split, CellType cell, long seed) {
    return new TrainConfig(
        split, cell, seed, 200_000, 20_000, 1e-4, ObjectiveKind.PLAIN, 64, 0.1, 0.5, 5, 0.2);
  }

  /**
   * Finetuning as the paper: 10k iterations through a wrapper, lr 1e-5 (Add Jump) or 2e-5 (Around
   * Right), checked every 1k.
   */
  public static TrainConfig finetuning(
      ScanSplit split, CellType cell, long seed, ObjectiveKind objective) {
    double lr = split == ScanSplit.ADD_JUMP ? 1e-5 : 2e-5;
    return new TrainConfig(split, cell, seed, 10_000, 1_000, lr, objective, 64, 0.1, 0.5, 5, 0.2);
  }

  public TrainConfig withIterations(int n, int every) {
    return new TrainConfig(
        split,
        cell,
        seed,
        n,
        every,
        learningRate,
        objective,
        hidden,
        dropout,
        teacherForcing,
        clipNorm,
        validationFraction);
  }

  /** A one-line description stored in checkpoints, so a resume with other settings is refused. */
  public String fingerprint() {
    return split.id()
        + " "
        + cell.id()
        + " seed="
        + seed
        + " iterations="
        + iterations
        + " every="
        + evalEvery
        + " lr="
        + learningRate
        + " objective="
        + objective.id()
        + " hidden="
        + hidden
        + " dropout="
        + dropout
        + " tf="
        + teacherForcing
        + " clip="
        + clipNorm
        + " validation="
        + validationFraction;
  }
}
