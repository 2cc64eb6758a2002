package io.equirl.groups.continuous;

/**
 * A canonicalizer {@code h: X → SO(2)} on point sets in ℝ², returning a rotation angle in radians.
 *
 * <p>It must be equivariant: {@code h(R_φ·x) = φ + h(x)} (mod 2π); that is what makes
 * canonical-λ-equitune exactly invariant or equivariant (paper Theorem 1).
 */
@FunctionalInterface
public interface Canonicalizer {

  /** The angle {@code h(x)} of the {@code points} 2-D points stored at {@code x[offset..)}. */
  double angle(float[] x, int offset, int points);

  /**
   * The direction of the points' sum: equivariant wherever the sum is not zero (where it is, the
   * angle is 0 and equivariance is lost on that measure-zero set).
   */
  static Canonicalizer meanDirection() {
    return (x, offset, points) -> {
      double sx = 0;
      double sy = 0;
      for (int p = 0; p < points; p++) {
        sx += x[offset + 2 * p];
        sy += x[offset + 2 * p + 1];
      }
      return Math.atan2(sy, sx);
    };
  }
}
