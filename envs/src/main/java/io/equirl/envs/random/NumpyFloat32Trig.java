package io.equirl.envs.random;

/**
 * NumPy's float32 {@code sin} and {@code cos} kernel (the SIMD kernel used on x86-64 with AVX2+FMA3
 * or AVX-512), bit-exact; see {@code ../shared/golden/SEEDING.md} §6.
 *
 * <p>Gymnasium's Acrobot takes sin and cos of its float32 reset state with this kernel, and the
 * kernel is sometimes 1 ulp away from the correctly rounded value, so {@code (float) Math.cos(x)}
 * would not reproduce Gymnasium's first observation. Every operation below is a float32 operation;
 * {@code Math.fma} on floats rounds once, as the kernel's fused multiply-add does.
 *
 * <p>One difference from SEEDING.md: the quadrant {@code x·2/π + 1.5·2^23} is one fused
 * multiply-add, as the compiled NumPy kernel computes it (2.4.6, AVX2+FMA3; checked against NumPy's
 * output in the tests). The two forms agree for |x| below about 1000 and so on every reset; they
 * differ on a few large arguments within a few ulps of an odd multiple of π/4.
 */
public final class NumpyFloat32Trig {
  private static final float TWO_OVER_PI = 0x1.45f306p-1f;
  private static final float ROUNDER = 0x1.8p+23f;
  private static final float PI_HALF_1 = -0x1.921fb0p+0f;
  private static final float PI_HALF_2 = -0x1.5110b4p-22f;
  private static final float PI_HALF_3 = -0x1.846988p-48f;

  // NumPy's constants, spelled as NumPy spells them
  @SuppressWarnings("FloatingPointLiteralPrecision")
  private static final float COS_MAX = 71476.0625f;

  // NumPy's constants, spelled as NumPy spells them
  @SuppressWarnings("FloatingPointLiteralPrecision")
  private static final float SIN_MAX = 117435.992f;

  private NumpyFloat32Trig() {}

  /** NumPy's {@code np.cos(np.float32(x))}. */
  public static float cos(float x) {
    if (!(Math.abs(x) <= COS_MAX)) {
      // NumPy hands large or non-finite arguments to the C library's cosf.
      return (float) Math.cos(x);
    }
    return kernel(x, true);
  }

  /** NumPy's {@code np.sin(np.float32(x))}. */
  public static float sin(float x) {
    if (!(Math.abs(x) <= SIN_MAX)) {
      return (float) Math.sin(x);
    }
    return kernel(x, false);
  }

  private static float kernel(float x, boolean cosine) {
    // Round x·2/π to an integer: the magic constant pushes the fraction out of the mantissa.
    float q = Math.fma(x, TWO_OVER_PI, ROUNDER);
    q = q - ROUNDER;
    // Cody-Waite reduction of x by q·π/2 in three parts.
    float r = Math.fma(q, PI_HALF_1, x);
    r = Math.fma(q, PI_HALF_2, r);
    r = Math.fma(q, PI_HALF_3, r);
    float r2 = r * r;

    float c = Math.fma(0x1.98e616p-16f, r2, -0x1.6c06dcp-10f);
    c = Math.fma(c, r2, 0x1.55553cp-5f);
    c = Math.fma(c, r2, -0x1p-1f);
    c = Math.fma(c, r2, 1f);

    float t = Math.fma(0x1.7d3bbcp-19f, r2, -0x1.a06bbap-13f);
    t = Math.fma(t, r2, 0x1.11119ap-7f);
    t = Math.fma(t, r2, -0x1.555556p-3f);
    t = t * r2;
    t = Math.fma(t, r, r);

    int k = (int) q + (cosine ? 1 : 0);
    float result = (k & 1) == 0 ? t : c;
    return (k & 2) != 0 ? -result : result;
  }
}
