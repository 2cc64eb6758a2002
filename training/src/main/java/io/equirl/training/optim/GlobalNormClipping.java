package io.equirl.training.optim;

/**
 * PyTorch's {@code clip_grad_norm_} over all parameters together: if the L2 norm of the
 * concatenated gradient exceeds {@code maxNorm}, every gradient is scaled by {@code maxNorm / (norm
 * + 1e-6)}.
 */
public final class GlobalNormClipping {
  private GlobalNormClipping() {}

  /** Clips {@code gradients} in place and returns their norm before clipping. */
  public static double clip(float[][] gradients, double maxNorm) {
    // Four independent accumulators: one serial chain of double adds is four times slower.
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    for (float[] g : gradients) {
      int i = 0;
      for (; i + 3 < g.length; i += 4) {
        s0 += (double) g[i] * g[i];
        s1 += (double) g[i + 1] * g[i + 1];
        s2 += (double) g[i + 2] * g[i + 2];
        s3 += (double) g[i + 3] * g[i + 3];
      }
      for (; i < g.length; i++) {
        s0 += (double) g[i] * g[i];
      }
    }
    double norm = Math.sqrt((s0 + s1) + (s2 + s3));
    double coefficient = maxNorm / (norm + 1e-6);
    if (coefficient < 1) {
      float c = (float) coefficient;
      for (float[] g : gradients) {
        for (int i = 0; i < g.length; i++) {
          g[i] *= c;
        }
      }
    }
    return norm;
  }
}
