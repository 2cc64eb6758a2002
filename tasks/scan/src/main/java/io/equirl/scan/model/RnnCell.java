package io.equirl.scan.model;

/** PyTorch's Elman RNN cell with tanh: {@code h' = tanh(W_ih x + b_ih + W_hh h + b_hh)}. */
final class RnnCell extends Cell {

  RnnCell(int input, int hidden) {
    super(input, hidden, 1);
  }

  @Override
  public int stateSize() {
    return hidden;
  }

  @Override
  int cacheSize() {
    return hidden; // h', whose derivative tanh' = 1 - h'² the backward pass needs
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
    for (int k = 0; k < hidden; k++) {
      double h = Math.tanh(ax[k] + ah[k]);
      next[no + k] = h;
      cache[co + k] = h;
    }
  }

  @Override
  void gateGradients(
      double[] s, int so, double[] cache, int co, double[] dNext, int dno, double[] ds, int dso) {
    for (int k = 0; k < hidden; k++) {
      double h = cache[co + k];
      daX[k] = dNext[dno + k] * (1 - h * h);
    }
    System.arraycopy(daX, 0, daH, 0, rows);
  }
}
