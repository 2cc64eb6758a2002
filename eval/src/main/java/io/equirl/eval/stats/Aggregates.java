package io.equirl.eval.stats;

import java.util.Arrays;

/**
 * Point estimates over all runs of all tasks, pooled: mean, median and the interquartile mean (the
 * mean of the middle half, cutting {@code floor(n/4)} scores from each end, as {@code
 * scipy.stats.trim_mean(x, 0.25)} that rliable uses).
 */
public final class Aggregates {
  private Aggregates() {}

  /** The mean of every score. */
  public static double mean(double[][] scores) {
    double[] all = pooled(scores);
    double sum = 0;
    for (double v : all) {
      sum += v;
    }
    return sum / all.length;
  }

  /** The median of every score (the mean of the two middle ones for an even count). */
  public static double median(double[][] scores) {
    double[] all = sorted(scores);
    int n = all.length;
    return n % 2 == 1 ? all[n / 2] : (all[n / 2 - 1] + all[n / 2]) / 2;
  }

  /** The interquartile mean: the mean after cutting {@code floor(n/4)} scores from each end. */
  public static double iqm(double[][] scores) {
    double[] all = sorted(scores);
    int cut = all.length / 4;
    double sum = 0;
    for (int i = cut; i < all.length - cut; i++) {
      sum += all[i];
    }
    return sum / (all.length - 2 * cut);
  }

  private static double[] sorted(double[][] scores) {
    double[] all = pooled(scores);
    Arrays.sort(all);
    return all;
  }

  private static double[] pooled(double[][] scores) {
    int n = 0;
    for (double[] task : scores) {
      n += task.length;
    }
    if (n == 0) {
      throw new IllegalArgumentException("no scores to aggregate");
    }
    double[] all = new double[n];
    int i = 0;
    for (double[] task : scores) {
      System.arraycopy(task, 0, all, i, task.length);
      i += task.length;
    }
    return all;
  }
}
