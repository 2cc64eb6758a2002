package io.equirl.eval.stats;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Percentile bootstrap confidence intervals, resampling runs with replacement within each task
 * (stratum) so that every resample keeps each task's number of runs, as rliable does. Two-sample
 * statistics resample both policies' runs independently, again per task.
 */
public final class StratifiedBootstrap {
  /** Resamples per interval: enough for stable 95% percentile ends at these sample sizes. */
  public static final int DEFAULT_RESAMPLES = 2000;

  private final int resamples;
  private final long seed;

  /**
   * @param seed the resampling stream's seed (a fixed seed makes intervals reproducible)
   */
  public StratifiedBootstrap(int resamples, long seed) {
    if (resamples < 10) {
      throw new IllegalArgumentException("resamples must be >= 10, got " + resamples);
    }
    this.resamples = resamples;
    this.seed = seed;
  }

  /** The {@code confidence} interval of {@code statistic} on {@code scores[task][run]}. */
  public Interval interval(
      double[][] scores, ToDoubleFunction<double[][]> statistic, double confidence) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] values = new double[resamples];
    for (int b = 0; b < resamples; b++) {
      values[b] = statistic.applyAsDouble(resample(scores, random));
    }
    return percentiles(statistic.applyAsDouble(scores), values, confidence);
  }

  /** The interval of a statistic of two policies' scores on the same tasks. */
  public Interval interval(
      double[][] x,
      double[][] y,
      java.util.function.ToDoubleBiFunction<double[][], double[][]> statistic,
      double confidence) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] values = new double[resamples];
    for (int b = 0; b < resamples; b++) {
      values[b] = statistic.applyAsDouble(resample(x, random), resample(y, random));
    }
    return percentiles(statistic.applyAsDouble(x, y), values, confidence);
  }

  private static double[][] resample(double[][] scores, SplittableRandom random) {
    double[][] out = new double[scores.length][];
    for (int t = 0; t < scores.length; t++) {
      double[] task = scores[t];
      out[t] = new double[task.length];
      for (int i = 0; i < task.length; i++) {
        out[t][i] = task[random.nextInt(task.length)];
      }
    }
    return out;
  }

  private static Interval percentiles(double estimate, double[] values, double confidence) {
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1), got " + confidence);
    }
    Arrays.sort(values);
    double tail = (1 - confidence) / 2;
    return new Interval(estimate, quantile(values, tail), quantile(values, 1 - tail));
  }

  /** Linear interpolation between order statistics (NumPy's default percentile). */
  static double quantile(double[] sorted, double q) {
    double position = q * (sorted.length - 1);
    int below = (int) Math.floor(position);
    int above = Math.min(below + 1, sorted.length - 1);
    double fraction = position - below;
    return sorted[below] + fraction * (sorted[above] - sorted[below]);
  }
}
