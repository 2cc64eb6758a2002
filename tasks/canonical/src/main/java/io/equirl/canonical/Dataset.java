package io.equirl.canonical;

import java.util.SplittableRandom;

/**
 * Samples of the invariant target of Finzi et al. (2021) used by the paper's Table 13: {@code y(x1,
 * x2) = sin‖x1‖ − ‖x2‖³/2 + x1·x2 / (‖x1‖‖x2‖)} for {@code x1, x2 ∈ ℝ²} with standard normal
 * coordinates. Rows of {@code x} are {@code (x1, y1, x2, y2)}: two points, as the group core's
 * SO(2) action reads them.
 *
 * @param x {@code 4·size} inputs, row after row
 * @param y {@code size} targets
 */
@SuppressWarnings("ArrayRecordComponent") // carries arrays by design; never compared by equals
public record Dataset(float[] x, float[] y) {
  /** Floats per input row: two points in ℝ². */
  public static final int INPUT_SIZE = 4;

  public Dataset {
    if (x.length != INPUT_SIZE * y.length) {
      throw new IllegalArgumentException(
          "need "
              + INPUT_SIZE
              + " inputs per target, got "
              + x.length
              + " inputs for "
              + y.length
              + " targets");
    }
  }

  /** {@code size} samples drawn from {@code seed}; the same seed gives the same samples. */
  public static Dataset sample(int size, long seed) {
    if (size < 1) {
      throw new IllegalArgumentException("a data set needs at least one sample, got " + size);
    }
    SplittableRandom rng = new SplittableRandom(seed);
    float[] x = new float[INPUT_SIZE * size];
    float[] y = new float[size];
    for (int i = 0; i < size; i++) {
      for (int j = 0; j < INPUT_SIZE; j++) {
        x[INPUT_SIZE * i + j] = (float) gaussian(rng);
      }
      y[i] = (float) target(x, INPUT_SIZE * i);
    }
    return new Dataset(x, y);
  }

  /** The target at the row stored at {@code x[offset..offset+4)}. */
  public static double target(float[] x, int offset) {
    double ax = x[offset];
    double ay = x[offset + 1];
    double bx = x[offset + 2];
    double by = x[offset + 3];
    double na = Math.hypot(ax, ay);
    double nb = Math.hypot(bx, by);
    return Math.sin(na) - nb * nb * nb / 2 + (ax * bx + ay * by) / (na * nb);
  }

  public int size() {
    return y.length;
  }

  /** Box–Muller, so samples depend on the seed alone and not on a JDK's nextGaussian. */
  private static double gaussian(SplittableRandom rng) {
    double u = 1 - rng.nextDouble(); // in (0, 1]: log stays finite
    double v = rng.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
