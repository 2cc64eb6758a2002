package io.equirl.groups;

/**
 * The two per-sample decisions both operator families (these plain arrays and {@code
 * io.equirl.groups.nd}) make over a sample's orbit, written once so they agree on ties and on what
 * counts as invalid: equizero's argmin and λ-equitune's weight check. Allocation-free unless they
 * throw.
 */
public final class OrbitChecks {
  private OrbitChecks() {}

  /**
   * The index of the group element with the lowest proxy loss for sample {@code b}; ties keep the
   * earlier element in the group's order.
   *
   * @param losses the loss of element {@code g} (by index) at {@code from + g·stride}
   * @throws IllegalArgumentException when a loss is NaN
   */
  public static int argmin(FiniteGroup group, int b, double[] losses, int from, int stride) {
    int order = group.order();
    int best = 0;
    double min = losses[from];
    for (int g = 0; g < order; g++) {
      double l = losses[from + g * stride];
      if (Double.isNaN(l)) {
        throw nanLoss(group, g, b);
      }
      if (l < min) { // strict: ties keep the earlier element
        best = g;
        min = l;
      }
    }
    return best;
  }

  /**
   * The sum of sample {@code b}'s λ weights over its orbit, after checking each is finite and
   * non-negative and the sum is not zero (eq. 4's denominator).
   *
   * @param weights stacked element-major: element {@code g} of sample {@code b} at {@code g·batch +
   *     b}
   * @throws IllegalArgumentException for a negative or non-finite weight or a zero sum
   */
  public static double lambdaSum(FiniteGroup group, float[] weights, int batch, int b) {
    int order = group.order();
    double sum = 0;
    for (int g = 0; g < order; g++) {
      float w = weights[g * batch + b];
      if (!(w >= 0) || Float.isInfinite(w)) {
        throw badWeight(group, w, g, b);
      }
      sum += w;
    }
    if (sum == 0) {
      throw zeroSum(b);
    }
    return sum;
  }

  // The messages are built out of line so the loops above stay small enough to inline.

  private static IllegalArgumentException nanLoss(FiniteGroup group, int g, int b) {
    return new IllegalArgumentException(
        "proxy loss is NaN for element " + group.element(g) + " of sample " + b);
  }

  private static IllegalArgumentException badWeight(FiniteGroup group, float w, int g, int b) {
    return new IllegalArgumentException(
        "λ must be finite and non-negative, got "
            + w
            + " for element "
            + group.element(g)
            + " of sample "
            + b);
  }

  private static IllegalArgumentException zeroSum(int b) {
    return new IllegalArgumentException(
        "λ sums to zero over the group orbit of sample " + b + "; λ-equitune is undefined there");
  }
}
