package io.equirl.agents.policy;

/**
 * The index of the largest value; ties go to the lowest index, NaN is never chosen over a number.
 */
public final class Argmax {
  private Argmax() {}

  /** Argmax of {@code values[from .. from+n)}, as an offset from {@code from}. */
  public static int of(float[] values, int from, int n) {
    int best = 0;
    float max = values[from];
    for (int a = 1; a < n; a++) {
      float v = values[from + a];
      if (v > max || (Float.isNaN(max) && !Float.isNaN(v))) {
        max = v;
        best = a;
      }
    }
    return best;
  }
}
