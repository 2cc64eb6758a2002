package io.equirl.agents.net;

import java.util.Arrays;

/**
 * A pure-Java copy of an MLP's weights for the acting forward on the CPU: no native call, no
 * allocation. Weights are stored transposed ({@code [in][out]}) so the inner loop is an
 * {@code axpy} over the outputs, which the JIT vectorises.
 *
 * <p>Not thread-safe: one scratch buffer per mirror.
 */
final class MlpMirror {
  private final int[] widths; // input, hidden..., actions
  private final float[][] weightsT;
  private final float[][] biases;
  private final float[] a;
  private final float[] b;

  MlpMirror(int inputSize, java.util.List<Integer> hidden, int numActions) {
    widths = new int[hidden.size() + 2];
    widths[0] = inputSize;
    for (int i = 0; i < hidden.size(); i++) {
      widths[i + 1] = hidden.get(i);
    }
    widths[widths.length - 1] = numActions;
    int layers = widths.length - 1;
    weightsT = new float[layers][];
    biases = new float[layers][];
    int max = 0;
    for (int l = 0; l < layers; l++) {
      weightsT[l] = new float[widths[l] * widths[l + 1]];
      biases[l] = new float[widths[l + 1]];
      max = Math.max(max, Math.max(widths[l], widths[l + 1]));
    }
    a = new float[max];
    b = new float[max];
  }

  /** Copies layer {@code l}'s DJL weight ({@code [out][in]}, row-major) and bias. */
  void load(int l, float[] weight, float[] bias) {
    int in = widths[l];
    int out = widths[l + 1];
    float[] wt = weightsT[l];
    for (int o = 0; o < out; o++) {
      for (int i = 0; i < in; i++) {
        wt[i * out + o] = weight[o * in + i];
      }
    }
    System.arraycopy(bias, 0, biases[l], 0, out);
  }

  int layers() {
    return weightsT.length;
  }

  /** Q-values of {@code batch} states into {@code qOut} ({@code [batch][actions]}, flat). */
  void forward(float[] states, int batch, float[] qOut) {
    run(states, batch, qOut, layers());
  }

  /** Penultimate features (after the last ReLU) into {@code out}. */
  void features(float[] states, int batch, float[] out) {
    run(states, batch, out, layers() - 1);
  }

  private void run(float[] states, int batch, float[] out, int upTo) {
    int in0 = widths[0];
    int outWidth = widths[upTo];
    for (int s = 0; s < batch; s++) {
      float[] x = a;
      System.arraycopy(states, s * in0, x, 0, in0);
      float[] y = b;
      for (int l = 0; l < upTo; l++) {
        layer(l, x, y, l < layers() - 1);
        float[] t = x;
        x = y;
        y = t;
      }
      System.arraycopy(x, 0, out, s * outWidth, outWidth);
    }
  }

  private void layer(int l, float[] x, float[] y, boolean relu) {
    int in = widths[l];
    int out = widths[l + 1];
    float[] wt = weightsT[l];
    System.arraycopy(biases[l], 0, y, 0, out);
    for (int i = 0; i < in; i++) {
      float xi = x[i];
      if (xi == 0f) {
        continue; // ReLU zeros are common; skipping them is exact
      }
      int base = i * out;
      for (int o = 0; o < out; o++) {
        y[o] += xi * wt[base + o];
      }
    }
    if (relu) {
      for (int o = 0; o < out; o++) {
        y[o] = Math.max(y[o], 0f);
      }
    }
  }

  @Override
  public String toString() {
    return "MlpMirror" + Arrays.toString(widths);
  }
}
