package io.equirl.envs;

import java.util.Arrays;

/**
 * A box of float observations with per-component bounds, as Gymnasium's {@code Box}; the
 * observation is stored flat in row-major order of {@link #shape()}.
 */
public final class BoxSpace {
  private final int[] shape;
  private final float[] low;
  private final float[] high;

  /** A box with the given shape and per-component bounds (infinite bounds allowed). */
  public BoxSpace(int[] shape, float[] low, float[] high) {
    int size = Arrays.stream(shape).reduce(1, Math::multiplyExact);
    if (low.length != size || high.length != size) {
      throw new IllegalArgumentException(
          "bounds of length "
              + low.length
              + "/"
              + high.length
              + " do not fit shape "
              + Arrays.toString(shape));
    }
    for (int i = 0; i < size; i++) {
      if (!(low[i] <= high[i])) {
        throw new IllegalArgumentException(
            "low[" + i + "] = " + low[i] + " is above high[" + i + "] = " + high[i]);
      }
    }
    this.shape = shape.clone();
    this.low = low.clone();
    this.high = high.clone();
  }

  /** A box of the given shape with the same bounds for every component. */
  public static BoxSpace uniform(int[] shape, float low, float high) {
    int size = Arrays.stream(shape).reduce(1, Math::multiplyExact);
    float[] lows = new float[size];
    float[] highs = new float[size];
    Arrays.fill(lows, low);
    Arrays.fill(highs, high);
    return new BoxSpace(shape, lows, highs);
  }

  public int[] shape() {
    return shape.clone();
  }

  /** The number of floats in one observation. */
  public int size() {
    return low.length;
  }

  public float low(int i) {
    return low[i];
  }

  public float high(int i) {
    return high[i];
  }

  /** True when {@code x} has the right length and every component lies within its bounds. */
  public boolean contains(float[] x) {
    if (x.length != low.length) {
      return false;
    }
    for (int i = 0; i < x.length; i++) {
      if (!(x[i] >= low[i] && x[i] <= high[i])) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "Box(shape=" + Arrays.toString(shape) + ")";
  }
}
