package io.equirl.groups;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded random models and inputs for the operator tests; each model counts its calls. */
final class TestModels {
  private TestModels() {}

  /** A two-layer tanh MLP {@code W2 tanh(W1 x + b1) + b2} with Gaussian weights. */
  static Mlp mlp(Random random, int in, int hidden, int out) {
    return new Mlp(
        gaussian(random, hidden * in, 1.0 / Math.sqrt(in)),
        gaussian(random, hidden, 0.5),
        gaussian(random, out * hidden, 1.0 / Math.sqrt(hidden)),
        gaussian(random, out, 0.5),
        in,
        hidden,
        out,
        false);
  }

  /** A random affine-free linear map {@code W x}. */
  static Mlp linear(Random random, int in, int out) {
    return new Mlp(
        gaussian(random, out * in, 1.0 / Math.sqrt(in)),
        new float[0],
        new float[0],
        new float[out],
        in,
        0,
        out,
        true);
  }

  /** A random strictly positive λ: {@code softplus(mlp(x)) + 0.05}. */
  static BatchModel positiveLambda(Random random, int in) {
    Mlp net = mlp(random, in, 8, 1);
    return BatchModel.perRow(
        in,
        1,
        (x, xo, y, yo) -> {
          float[] tmp = new float[1];
          net.row(x, xo, tmp, 0);
          y[yo] = (float) (Math.log1p(Math.exp(tmp[0])) + 0.05);
        });
  }

  static List<float[]> samples(Random random, int count, int size) {
    List<float[]> list = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      list.add(gaussian(random, size, 1.0));
    }
    return list;
  }

  static float[] gaussian(Random random, int n, double scale) {
    float[] a = new float[n];
    for (int i = 0; i < n; i++) {
      a[i] = (float) (random.nextGaussian() * scale);
    }
    return a;
  }

  /** A dense network, also usable as a per-call counting {@link BatchModel}. */
  static final class Mlp implements BatchModel {
    final float[] w1;
    final float[] b1;
    final float[] w2;
    final float[] b2;
    final int in;
    final int hidden;
    final int out;
    final boolean linear;
    int calls;
    int lastBatch;

    Mlp(
        float[] w1,
        float[] b1,
        float[] w2,
        float[] b2,
        int in,
        int hidden,
        int out,
        boolean linear) {
      this.w1 = w1;
      this.b1 = b1;
      this.w2 = w2;
      this.b2 = b2;
      this.in = in;
      this.hidden = hidden;
      this.out = out;
      this.linear = linear;
    }

    @Override
    public int inputSize() {
      return in;
    }

    @Override
    public int outputSize() {
      return out;
    }

    @Override
    public void forward(float[] inputs, int batchSize, float[] outputs) {
      calls++;
      lastBatch = batchSize;
      for (int b = 0; b < batchSize; b++) {
        row(inputs, b * in, outputs, b * out);
      }
    }

    void row(float[] x, int xo, float[] y, int yo) {
      if (linear) {
        for (int o = 0; o < out; o++) {
          double s = 0;
          for (int i = 0; i < in; i++) {
            s += w1[o * in + i] * x[xo + i];
          }
          y[yo + o] = (float) s;
        }
        return;
      }
      double[] h = new double[hidden];
      for (int k = 0; k < hidden; k++) {
        double s = b1[k];
        for (int i = 0; i < in; i++) {
          s += w1[k * in + i] * x[xo + i];
        }
        h[k] = Math.tanh(s);
      }
      for (int o = 0; o < out; o++) {
        double s = b2[o];
        for (int k = 0; k < hidden; k++) {
          s += w2[o * hidden + k] * h[k];
        }
        y[yo + o] = (float) s;
      }
    }

    float[] apply(float[] x) {
      float[] y = new float[out];
      row(x, 0, y, 0);
      return y;
    }
  }
}
