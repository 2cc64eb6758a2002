package io.equirl.scan.model;

/**
 * PyTorch's GRU cell: {@code r, z = σ(...)}, {@code n = tanh(W_in x + b_in + r (W_hn h + b_hn))},
 * {@code h' = (1 - z) n + z h}.
 */
final class GruCell extends Cell {

  GruCell(int input, int hidden) {
    super(input, hidden, 3);
  }

  @Override
  public int stateSize() {
    return hidden;
  }

  @Override
  int cacheSize() {
    return 4 * hidden; // r, z, n, W_hn h + b_hn
  }

  @Override
  void forward(
      double[] p,
      int off,
      double[] x,
      int xo,
      double[] s,
      int so,
      double[] next,
      int no,
      double[] cache,
      int co) {
    preactivations(p, off, x, xo, s, so);
    int h = hidden;
    for (int k = 0; k < h; k++) {
      double r = Kernels.sigmoid(ax[k] + ah[k]);
      double z = Kernels.sigmoid(ax[h + k] + ah[h + k]);
      double hn = ah[2 * h + k];
      double n = Math.tanh(ax[2 * h + k] + r * hn);
      next[no + k] = (1 - z) * n + z * s[so + k];
      cache[co + k] = r;
      cache[co + h + k] = z;
      cache[co + 2 * h + k] = n;
      cache[co + 3 * h + k] = hn;
    }
  }

  @Override
  void gateGradients(
      double[] s, int so, double[] cache, int co, double[] dNext, int dno, double[] ds, int dso) {
    int h = hidden;
    for (int k = 0; k < h; k++) {
      double r = cache[co + k];
      double z = cache[co + h + k];
      double n = cache[co + 2 * h + k];
      double hn = cache[co + 3 * h + k];
      double dh = dNext[dno + k];
      double dan = dh * (1 - z) * (1 - n * n);
      double dar = dan * hn * r * (1 - r);
      double daz = dh * (s[so + k] - n) * z * (1 - z);
      daX[k] = dar;
      daX[h + k] = daz;
      daX[2 * h + k] = dan;
      daH[k] = dar;
      daH[h + k] = daz;
      daH[2 * h + k] = dan * r;
      ds[dso + k] += dh * z;
    }
  }
}
