package io.equirl.scan.model;

/**
 * The few dense loops the models are made of, on flat arrays with offsets.
 *
 * <p>Weights are stored input-major ({@code w[j*out + i]} is the weight from input j to output i)
 * so that the forward product and the weight gradient are both "add a scaled row" loops, which the
 * JIT vectorises; only the input gradient is a dot product, written with four accumulators.
 */
final class Kernels {
  private Kernels() {}

  /** {@code y += W x} for W of shape out×in stored input-major at {@code w[wo..]}. */
  static void matVecAdd(
      double[] w, int wo, int in, int out, double[] x, int xo, double[] y, int yo) {
    for (int j = 0; j < in; j++) {
      double xj = x[xo + j];
      if (xj == 0) {
        continue; // one-hot-like and ReLU inputs are often exactly zero
      }
      int base = wo + j * out;
      for (int i = 0; i < out; i++) {
        y[yo + i] += w[base + i] * xj;
      }
    }
  }

  /** {@code dx += Wᵀ dy}. */
  static void matTVecAdd(
      double[] w, int wo, int in, int out, double[] dy, int dyo, double[] dx, int dxo) {
    for (int j = 0; j < in; j++) {
      int base = wo + j * out;
      double s0 = 0;
      double s1 = 0;
      double s2 = 0;
      double s3 = 0;
      int i = 0;
      for (; i + 3 < out; i += 4) {
        s0 += w[base + i] * dy[dyo + i];
        s1 += w[base + i + 1] * dy[dyo + i + 1];
        s2 += w[base + i + 2] * dy[dyo + i + 2];
        s3 += w[base + i + 3] * dy[dyo + i + 3];
      }
      for (; i < out; i++) {
        s0 += w[base + i] * dy[dyo + i];
      }
      dx[dxo + j] += (s0 + s1) + (s2 + s3);
    }
  }

  /** {@code dW += dy xᵀ}, the weight gradient of {@link #matVecAdd}. */
  static void outerAdd(
      double[] gw, int wo, int in, int out, double[] x, int xo, double[] dy, int dyo) {
    for (int j = 0; j < in; j++) {
      double xj = x[xo + j];
      if (xj == 0) {
        continue;
      }
      int base = wo + j * out;
      for (int i = 0; i < out; i++) {
        gw[base + i] += dy[dyo + i] * xj;
      }
    }
  }

  /**
   * {@link #outerAdd} for steps {@code steps-1} down to 0, step t's vectors at {@code x[xo +
   * t·xStride]} and {@code dy[dyo + t·dyStride]}; each gradient row stays in cache while all steps
   * add to it.
   */
  static void outerAddSteps(
      double[] gw,
      int wo,
      int in,
      int out,
      double[] x,
      int xo,
      int xStride,
      double[] dy,
      int dyo,
      int dyStride,
      int steps) {
    for (int j = 0; j < in; j++) {
      int base = wo + j * out;
      for (int t = steps - 1; t >= 0; t--) {
        double xj = x[xo + t * xStride + j];
        if (xj == 0) {
          continue;
        }
        int d = dyo + t * dyStride;
        for (int i = 0; i < out; i++) {
          gw[base + i] += dy[d + i] * xj;
        }
      }
    }
  }

  /** {@code dst[do..do+n) += src[so..so+n)}. */
  static void add(double[] src, int so, double[] dst, int dstOffset, int n) {
    for (int i = 0; i < n; i++) {
      dst[dstOffset + i] += src[so + i];
    }
  }

  static double dot(double[] a, int ao, double[] b, int bo, int n) {
    double s0 = 0;
    double s1 = 0;
    int i = 0;
    for (; i + 1 < n; i += 2) {
      s0 += a[ao + i] * b[bo + i];
      s1 += a[ao + i + 1] * b[bo + i + 1];
    }
    for (; i < n; i++) {
      s0 += a[ao + i] * b[bo + i];
    }
    return s0 + s1;
  }

  static double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
  }
}
