package io.equirl.training;

/**
 * The returns and lengths of the last {@code capacity} episodes, as SB3's {@code ep_info_buffer}.
 */
final class EpisodeWindow {
  private final double[] returns;
  private final int[] lengths;
  private int next;
  private int count;

  EpisodeWindow(int capacity) {
    returns = new double[capacity];
    lengths = new int[capacity];
  }

  void add(double episodeReturn, int length) {
    returns[next] = episodeReturn;
    lengths[next] = length;
    next = (next + 1) % returns.length;
    count = Math.min(count + 1, returns.length);
  }

  int count() {
    return count;
  }

  double meanReturn() {
    return mean(returns);
  }

  double meanLength() {
    double[] l = new double[lengths.length];
    for (int i = 0; i < l.length; i++) {
      l[i] = lengths[i];
    }
    return mean(l);
  }

  private double mean(double[] values) {
    if (count == 0) {
      return Double.NaN;
    }
    double sum = 0;
    // Oldest first, so the sum (and the CSV) does not depend on the ring's phase.
    int start = count < values.length ? 0 : next;
    for (int i = 0; i < count; i++) {
      sum += values[(start + i) % values.length];
    }
    return sum / count;
  }

  /** Oldest first: returns then lengths. */
  double[] returnsInOrder() {
    double[] out = new double[count];
    int start = count < returns.length ? 0 : next;
    for (int i = 0; i < count; i++) {
      out[i] = returns[(start + i) % returns.length];
    }
    return out;
  }

  int[] lengthsInOrder() {
    int[] out = new int[count];
    int start = count < lengths.length ? 0 : next;
    for (int i = 0; i < count; i++) {
      out[i] = lengths[(start + i) % lengths.length];
    }
    return out;
  }
}
