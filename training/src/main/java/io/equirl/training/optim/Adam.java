package io.equirl.training.optim;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * PyTorch's {@code torch.optim.Adam} (no weight decay, no amsgrad) on float arrays: {@code m ← β1·m
 * + (1−β1)·g}, {@code v ← β2·v + (1−β2)·g²}, {@code p ← p − lr/(1−β1ᵗ) · m / (√v/√(1−β2ᵗ) + ε)}.
 *
 * <p>Written here rather than taken from DJL because DJL's Adam puts ε inside the bias correction
 * (MXNet's form) and keeps its moments where checkpoints cannot reach them. Not thread-safe.
 */
public final class Adam {
  public static final double BETA1 = 0.9;
  public static final double BETA2 = 0.999;
  private final double learningRate;
  private final double eps;
  private final float[][] m;
  private final float[][] v;
  private long step;

  /** An optimizer for parameter tensors of the given lengths, with zero moments. */
  public Adam(double learningRate, double eps, int[] sizes) {
    this.learningRate = learningRate;
    this.eps = eps;
    this.m = new float[sizes.length][];
    this.v = new float[sizes.length][];
    for (int i = 0; i < sizes.length; i++) {
      m[i] = new float[sizes[i]];
      v[i] = new float[sizes[i]];
    }
  }

  /** The number of steps taken. */
  public long steps() {
    return step;
  }

  /** Applies one update of {@code params} in place from {@code grads}. */
  public void step(float[][] params, float[][] grads) {
    step++;
    double bias1 = 1 - Math.pow(BETA1, (double) step);
    double bias2Sqrt = Math.sqrt(1 - Math.pow(BETA2, (double) step));
    float stepSize = (float) (learningRate / bias1);
    float b1 = (float) BETA1;
    float b2 = (float) BETA2;
    float c1 = (float) (1 - BETA1);
    float c2 = (float) (1 - BETA2);
    float invBias2Sqrt = (float) (1 / bias2Sqrt);
    float e = (float) eps;
    for (int i = 0; i < params.length; i++) {
      float[] p = params[i];
      float[] g = grads[i];
      float[] mi = m[i];
      float[] vi = v[i];
      for (int k = 0; k < p.length; k++) {
        float gk = g[k];
        float mk = b1 * mi[k] + c1 * gk;
        float vk = b2 * vi[k] + c2 * gk * gk;
        mi[k] = mk;
        vi[k] = vk;
        p[k] -= stepSize * mk / ((float) Math.sqrt(vk) * invBias2Sqrt + e);
      }
    }
  }

  /** Writes the step count and both moments. */
  public void write(DataOutputStream out) throws IOException {
    out.writeLong(step);
    out.writeInt(m.length);
    for (int i = 0; i < m.length; i++) {
      out.writeInt(m[i].length);
      for (int k = 0; k < m[i].length; k++) {
        out.writeFloat(m[i][k]);
        out.writeFloat(v[i][k]);
      }
    }
  }

  /** The bytes {@link #write} writes. */
  public long serializedBytes() {
    long bytes = 12;
    for (float[] t : m) {
      bytes += 4 + 8L * t.length;
    }
    return bytes;
  }

  /** Restores what {@link #write} wrote; the tensor lengths must match. */
  public void read(DataInputStream in) throws IOException {
    long s = in.readLong();
    int n = in.readInt();
    if (n != m.length) {
      throw new IOException("optimizer state has " + n + " tensors, expected " + m.length);
    }
    for (int i = 0; i < n; i++) {
      int len = in.readInt();
      if (len != m[i].length) {
        throw new IOException(
            "optimizer tensor " + i + " has " + len + " values, expected " + m[i].length);
      }
      for (int k = 0; k < len; k++) {
        m[i][k] = in.readFloat();
        v[i][k] = in.readFloat();
      }
    }
    step = s;
  }
}
