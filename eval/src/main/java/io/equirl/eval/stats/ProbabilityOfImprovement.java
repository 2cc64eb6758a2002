package io.equirl.eval.stats;

/**
 * {@code P(X > Y)}: the probability that a run of policy X scores higher than a run of policy Y on
 * the same task, counting ties as one half (the Mann–Whitney U statistic over all pairs of runs
 * divided by their number), averaged over tasks. 0.5 means no difference.
 */
public final class ProbabilityOfImprovement {
  private ProbabilityOfImprovement() {}

  /** {@code P(X > Y)} for {@code x[task][run]} and {@code y[task][run]}. */
  public static double of(double[][] x, double[][] y) {
    if (x.length != y.length || x.length == 0) {
      throw new IllegalArgumentException(
          "both policies need scores on the same tasks, got " + x.length + " and " + y.length);
    }
    double sum = 0;
    for (int t = 0; t < x.length; t++) {
      double wins = 0;
      for (double a : x[t]) {
        for (double b : y[t]) {
          wins += a > b ? 1 : a == b ? 0.5 : 0;
        }
      }
      sum += wins / ((double) x[t].length * y[t].length);
    }
    return sum / x.length;
  }
}
