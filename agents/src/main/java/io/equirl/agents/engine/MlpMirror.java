package io.equirl.agents.engine;

import java.util.Arrays;

/**
 * A pure-Java copy of an MLP's weights for the acting forward on the CPU: no native call, no
 * allocation. Weights are stored transposed, one array per input ({@code [in][out]}), so the inner
 * loop is an {@code axpy} over a whole array, which the JIT vectorises (an offset into one flat
 * array defeats it on JDK 17: three times slower).
 *
 * <p>Not thread-safe: one scratch buffer per mirror.
 */
public final class MlpMirror {
  private static final int TILE = 16;
  private static final int ROWS = 4;
  private final int[] widths; // input, hidden..., actions
  private final float[][][] weightsT; // [layer][in][out]
  private final float[][] biases;
  private final float[] a;
  private final float[] b;
  private final float[][] rowsA;
  private final float[][] rowsB;
  private final float[] lastInputs;
  private final float[] lastFeatures;
  private int lastBatch;

  /**
   * A mirror of an MLP {@code inputSize → hidden... → numActions}, all weights zero until loaded.
   */
  public MlpMirror(int inputSize, java.util.List<Integer> hidden, int numActions) {
    widths = new int[hidden.size() + 2];
    widths[0] = inputSize;
    for (int i = 0; i < hidden.size(); i++) {
      widths[i + 1] = hidden.get(i);
    }
    widths[widths.length - 1] = numActions;
    int layers = widths.length - 1;
    weightsT = new float[layers][][];
    biases = new float[layers][];
    int max = 0;
    for (int l = 0; l < layers; l++) {
      weightsT[l] = new float[widths[l]][widths[l + 1]];
      biases[l] = new float[widths[l + 1]];
      max = Math.max(max, Math.max(widths[l], widths[l + 1]));
    }
    a = new float[max];
    b = new float[max];
    rowsA = new float[ROWS][max];
    rowsB = new float[ROWS][max];
    lastInputs = new float[ROWS * inputSize];
    lastFeatures = new float[ROWS * widths[widths.length - 2]];
  }

  /**
   * Copies layer {@code l}'s DJL weight ({@code [out][in]}, row-major) and bias. The transpose goes
   * tile by tile: a naive one strides through the whole matrix for every row, and presets that
   * train every step reload the mirror before every action.
   */
  public void load(int l, float[] weight, float[] bias) {
    int in = widths[l];
    int out = widths[l + 1];
    float[][] wt = weightsT[l];
    for (int o0 = 0; o0 < out; o0 += TILE) {
      int o1 = Math.min(o0 + TILE, out);
      for (int i0 = 0; i0 < in; i0 += TILE) {
        int i1 = Math.min(i0 + TILE, in);
        for (int o = o0; o < o1; o++) {
          for (int i = i0; i < i1; i++) {
            wt[i][o] = weight[o * in + i];
          }
        }
      }
    }
    System.arraycopy(bias, 0, biases[l], 0, out);
    lastBatch = 0;
  }

  /** The number of linear layers. */
  public int layers() {
    return weightsT.length;
  }

  /**
   * Q-values of {@code batch} states into {@code qOut} ({@code [batch][actions]}, flat). An
   * orbit-sized batch (at most {@value #ROWS} rows) also keeps its penultimate features, so that
   * {@link #features} of the same rows right after (λ-equitune's λ reads them) costs no second
   * pass.
   */
  public void forward(float[] states, int batch, float[] qOut) {
    boolean keep = batch <= ROWS && layers() > 1;
    run(states, batch, qOut, layers(), keep ? lastFeatures : null);
    lastBatch = keep ? batch : 0;
    if (keep) {
      System.arraycopy(states, 0, lastInputs, 0, batch * widths[0]);
    }
  }

  /**
   * Penultimate features (after the last ReLU) into {@code out}: those kept by the last {@link
   * #forward} when its rows were bit for bit these, else from a pass of their own.
   */
  public void features(float[] states, int batch, float[] out) {
    int n = batch * widths[0];
    if (batch == lastBatch && Arrays.equals(states, 0, n, lastInputs, 0, n)) {
      System.arraycopy(lastFeatures, 0, out, 0, batch * widths[layers() - 1]);
    } else {
      run(states, batch, out, layers() - 1, null);
    }
  }

  /**
   * Rows go through in groups of up to {@value #ROWS} (a whole orbit of |G| ≤ 4 is one group), each
   * weight row loaded once for the group; a lone row takes the single-row path.
   */
  private void run(float[] states, int batch, float[] out, int upTo, float[] featuresOut) {
    for (int s = 0; s < batch; s += ROWS) {
      int n = Math.min(ROWS, batch - s);
      if (n == 1) {
        runRow(states, s, out, upTo, featuresOut);
      } else {
        runRows(states, s, n, out, upTo, featuresOut);
      }
    }
  }

  private void runRow(float[] states, int s, float[] out, int upTo, float[] featuresOut) {
    int in0 = widths[0];
    int outWidth = widths[upTo];
    float[] x = a;
    System.arraycopy(states, s * in0, x, 0, in0);
    float[] y = b;
    for (int l = 0; l < upTo; l++) {
      layer(l, x, y, l < layers() - 1);
      float[] t = x;
      x = y;
      y = t;
      if (featuresOut != null && l == layers() - 2) {
        System.arraycopy(x, 0, featuresOut, s * widths[l + 1], widths[l + 1]);
      }
    }
    System.arraycopy(x, 0, out, s * outWidth, outWidth);
  }

  /**
   * Rows {@code s .. s+n-1} ({@code 2 ≤ n ≤ 4}) together. Every row sees the same sums in the same
   * order as {@link #runRow}, so a row's result does not depend on the batch it came in.
   */
  private void runRows(float[] states, int s, int n, float[] out, int upTo, float[] featuresOut) {
    int in0 = widths[0];
    int outWidth = widths[upTo];
    float[][] x = rowsA;
    for (int r = 0; r < n; r++) {
      System.arraycopy(states, (s + r) * in0, x[r], 0, in0);
    }
    for (int r = n; r < ROWS; r++) {
      Arrays.fill(x[r], 0, in0, 0f); // a padding row of zeros costs nothing: zeros are skipped
    }
    float[][] y = rowsB;
    for (int l = 0; l < upTo; l++) {
      boolean relu = l < layers() - 1;
      if (n == 2) {
        layerTwoRows(l, x, y, relu);
      } else {
        layerFourRows(l, x, y, relu);
      }
      float[][] t = x;
      x = y;
      y = t;
      if (featuresOut != null && l == layers() - 2) {
        for (int r = 0; r < n; r++) {
          System.arraycopy(x[r], 0, featuresOut, (s + r) * widths[l + 1], widths[l + 1]);
        }
      }
    }
    for (int r = 0; r < n; r++) {
      System.arraycopy(x[r], 0, out, (s + r) * outWidth, outWidth);
    }
  }

  private void layer(int l, float[] x, float[] y, boolean relu) {
    int in = widths[l];
    int out = widths[l + 1];
    float[][] wt = weightsT[l];
    System.arraycopy(biases[l], 0, y, 0, out);
    for (int i = 0; i < in; i++) {
      float xi = x[i];
      if (xi != 0f) { // ReLU zeros and sparse inputs are common; skipping them is exact
        axpy(xi, wt[i], y, out);
      }
    }
    if (relu) {
      relu(y, out);
    }
  }

  /** Two rows: each input's weight row is loaded once for both; each row skips its own zeros. */
  private void layerTwoRows(int l, float[][] x, float[][] y, boolean relu) {
    int in = widths[l];
    int out = widths[l + 1];
    float[][] wt = weightsT[l];
    float[] x0 = x[0];
    float[] x1 = x[1];
    float[] y0 = y[0];
    float[] y1 = y[1];
    System.arraycopy(biases[l], 0, y0, 0, out);
    System.arraycopy(biases[l], 0, y1, 0, out);
    for (int i = 0; i < in; i++) {
      float a0 = x0[i];
      float a1 = x1[i];
      float[] w = wt[i];
      if (a0 != 0f && a1 != 0f) {
        for (int o = 0; o < out; o++) {
          float wo = w[o];
          y0[o] += a0 * wo;
          y1[o] += a1 * wo;
        }
      } else if (a0 != 0f) {
        axpy(a0, w, y0, out);
      } else if (a1 != 0f) {
        axpy(a1, w, y1, out);
      }
    }
    if (relu) {
      relu(y0, out);
      relu(y1, out);
    }
  }

  /**
   * Four rows. An input that is zero in every row is skipped, one that is non-zero in a single row
   * (a sparse input's transforms rarely overlap) updates that row alone; otherwise all four rows
   * take {@code a·w}, which adds {@code 0·w = ±0} to a row whose input is zero: the same sum as
   * skipping it, since {@code y + ±0 = y} for every finite {@code w} and {@code y ≠ −0}.
   */
  private void layerFourRows(int l, float[][] x, float[][] y, boolean relu) {
    int in = widths[l];
    int out = widths[l + 1];
    float[][] wt = weightsT[l];
    float[] x0 = x[0];
    float[] x1 = x[1];
    float[] x2 = x[2];
    float[] x3 = x[3];
    float[] y0 = y[0];
    float[] y1 = y[1];
    float[] y2 = y[2];
    float[] y3 = y[3];
    for (int r = 0; r < ROWS; r++) {
      System.arraycopy(biases[l], 0, y[r], 0, out);
    }
    for (int i = 0; i < in; i++) {
      float a0 = x0[i];
      float a1 = x1[i];
      float a2 = x2[i];
      float a3 = x3[i];
      int nonZero =
          (a0 != 0f ? 1 : 0) + (a1 != 0f ? 1 : 0) + (a2 != 0f ? 1 : 0) + (a3 != 0f ? 1 : 0);
      float[] w = wt[i];
      if (nonZero == 0) {
        continue;
      }
      if (nonZero == 1) {
        int r = a0 != 0f ? 0 : a1 != 0f ? 1 : a2 != 0f ? 2 : 3;
        axpy(x[r][i], w, y[r], out);
        continue;
      }
      for (int o = 0; o < out; o++) {
        float wo = w[o];
        y0[o] += a0 * wo;
        y1[o] += a1 * wo;
        y2[o] += a2 * wo;
        y3[o] += a3 * wo;
      }
    }
    if (relu) {
      for (int r = 0; r < ROWS; r++) {
        relu(y[r], out);
      }
    }
  }

  private static void axpy(float a, float[] w, float[] y, int n) {
    for (int o = 0; o < n; o++) {
      y[o] += a * w[o];
    }
  }

  private static void relu(float[] y, int n) {
    for (int o = 0; o < n; o++) {
      y[o] = Math.max(y[o], 0f);
    }
  }

  @Override
  public String toString() {
    return "MlpMirror" + Arrays.toString(widths);
  }
}
