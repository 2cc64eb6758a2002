package io.equirl.scan.model;

/** PyTorch's LSTM cell: gates i, f, g, o; {@code c' = f c + i g}, {@code h' = o tanh(c')}. */
final class LstmCell extends Cell {

  LstmCell(int input, int hidden) {
    super(input, hidden, 4);
  }

  @Override
  public int stateSize() {
    return 2 * hidden;
  }

  @Override
  int cacheSize() {
    return 5 * hidden; // i, f, g, o, tanh(c')
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
    int n = hidden;
    for (int k = 0; k < n; k++) {
      double i = Kernels.sigmoid(ax[k] + ah[k]);
      double f = Kernels.sigmoid(ax[n + k] + ah[n + k]);
      double g = Math.tanh(ax[2 * n + k] + ah[2 * n + k]);
      double o = Kernels.sigmoid(ax[3 * n + k] + ah[3 * n + k]);
      double c = f * s[so + n + k] + i * g;
      double tc = Math.tanh(c);
      next[no + k] = o * tc;
      next[no + n + k] = c;
      cache[co + k] = i;
      cache[co + n + k] = f;
      cache[co + 2 * n + k] = g;
      cache[co + 3 * n + k] = o;
      cache[co + 4 * n + k] = tc;
    }
  }

  @Override
  void gateGradients(
      double[] s, int so, double[] cache, int co, double[] dNext, int dno, double[] ds, int dso) {
    int n = hidden;
    for (int k = 0; k < n; k++) {
      double i = cache[co + k];
      double f = cache[co + n + k];
      double gg = cache[co + 2 * n + k];
      double o = cache[co + 3 * n + k];
      double tc = cache[co + 4 * n + k];
      double dh = dNext[dno + k];
      double dc = dNext[dno + n + k] + dh * o * (1 - tc * tc);
      daX[k] = dc * gg * i * (1 - i);
      daX[n + k] = dc * s[so + n + k] * f * (1 - f);
      daX[2 * n + k] = dc * i * (1 - gg * gg);
      daX[3 * n + k] = dh * tc * o * (1 - o);
      ds[dso + n + k] += dc * f;
    }
    System.arraycopy(daX, 0, daH, 0, rows);
  }
}
