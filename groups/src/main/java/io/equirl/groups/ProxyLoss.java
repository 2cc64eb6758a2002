package io.equirl.groups;

/**
 * The proxy loss {@code l} that equizero minimises over the group (paper eq. 2), evaluated on the
 * model's raw output {@code M(g·x)}: {@code outputs[offset .. offset+length)}.
 */
@FunctionalInterface
public interface ProxyLoss {

  /** The loss of one output row; must not be NaN. */
  double loss(float[] outputs, int offset, int length);

  /**
   * Minus the largest output: for Q-values, equizero then picks the transform under which the
   * network is most confident of a good action.
   */
  static ProxyLoss negativeMax() {
    return (outputs, offset, length) -> {
      float best = Float.NEGATIVE_INFINITY;
      for (int i = 0; i < length; i++) {
        best = Math.max(best, outputs[offset + i]);
      }
      return -best;
    };
  }

  /**
   * {@code l(Q) = −max_a softmax(Q)_a}: equizero picks the transform under which the network is
   * most confident of one action (paper appendix C.1). Computed stably as {@code −1 / Σ_a exp(Q_a −
   * max Q)}.
   */
  static ProxyLoss negativeMaxSoftmax() {
    return (outputs, offset, length) -> {
      float max = Float.NEGATIVE_INFINITY;
      for (int i = 0; i < length; i++) {
        max = Math.max(max, outputs[offset + i]);
      }
      double sum = 0;
      for (int i = 0; i < length; i++) {
        sum += Math.exp(outputs[offset + i] - max);
      }
      return -1.0 / sum;
    };
  }
}
