package io.equirl.groups.continuous;

/**
 * The rotation group SO(2) acting on points of ℝ² stored as interleaved {@code (x, y)} pairs:
 * {@code R_φ (x, y) = (x cos φ − y sin φ, x sin φ + y cos φ)}, counter-clockwise by φ radians.
 */
public final class SO2 {
  private SO2() {}

  /**
   * Writes {@code R_angle} applied to each of the {@code points} points at {@code x[xOffset..)}
   * into {@code out[outOffset..)}; allocates nothing. Computed in double, rounded once to float.
   */
  public static void rotate(
      double angle, float[] x, int xOffset, int points, float[] out, int outOffset) {
    double c = Math.cos(angle);
    double s = Math.sin(angle);
    for (int p = 0; p < points; p++) {
      double px = x[xOffset + 2 * p];
      double py = x[xOffset + 2 * p + 1];
      out[outOffset + 2 * p] = (float) (c * px - s * py);
      out[outOffset + 2 * p + 1] = (float) (s * px + c * py);
    }
  }

  /** {@code R_angle·x} for a whole point set, in a new array. */
  public static float[] rotate(double angle, float[] x) {
    if (x.length % 2 != 0) {
      throw new IllegalArgumentException("points in ℝ² need an even length, got " + x.length);
    }
    float[] out = new float[x.length];
    rotate(angle, x, 0, x.length / 2, out, 0);
    return out;
  }
}
