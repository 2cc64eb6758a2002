package io.equirl.scan.model;

/**
 * One recurrent cell of PyTorch's definition (LSTM, GRU or tanh RNN) on flat arrays, with its
 * hand-written backward pass. Parameters live in a shared array at an offset, as {@code W_ih, W_hh,
 * b_ih, b_hh} (weights input-major, see {@link Kernels}); the state is {@code h} followed, for the
 * LSTM, by {@code c}.
 *
 * <p>A cell holds scratch space, so one instance serves one thread.
 */
public abstract class Cell {
  final int input;
  final int hidden;
  final int gates;
  final int rows;
  final double[] ax;
  final double[] ah;
  final double[] daX;
  final double[] daH;

  Cell(int input, int hidden, int gates) {
    this.input = input;
    this.hidden = hidden;
    this.gates = gates;
    this.rows = gates * hidden;
    this.ax = new double[rows];
    this.ah = new double[rows];
    this.daX = new double[rows];
    this.daH = new double[rows];
  }

  /** Doubles of state: {@code h}, and {@code c} for the LSTM. */
  public abstract int stateSize();

  /** Doubles a step keeps for its backward pass. */
  abstract int cacheSize();

  /** Number of parameters. */
  public int parameterCount() {
    return rows * (input + hidden + 2);
  }

  /** PyTorch's initialisation: every parameter uniform in ±1/√hidden. */
  void initialise(double[] p, int off, Rng rng) {
    double bound = 1 / Math.sqrt(hidden);
    for (int k = 0; k < parameterCount(); k++) {
      p[off + k] = rng.uniform(bound);
    }
  }

  /** Reads x and the previous state s; writes the next state and the step's cache. */
  abstract void forward(
      double[] p,
      int off,
      double[] x,
      int xo,
      double[] s,
      int so,
      double[] next,
      int no,
      double[] cache,
      int co);

  /**
   * From the gradient {@code dNext} of the next state, the gradients of the input-side and
   * hidden-side preactivations ({@code daX}, {@code daH}); adds the state gradient that bypasses
   * the weights (the LSTM's {@code c}, the GRU's {@code z h}) to {@code ds}.
   */
  abstract void gateGradients(
      double[] s, int so, double[] cache, int co, double[] dNext, int dno, double[] ds, int dso);

  /**
   * Given the gradient {@code dNext} of the next state, adds the parameter gradients to {@code g},
   * the input gradient to {@code dx} and the previous state's gradient to {@code ds}.
   */
  final void backward(
      double[] p,
      int off,
      double[] g,
      double[] x,
      int xo,
      double[] s,
      int so,
      double[] cache,
      int co,
      double[] dNext,
      int dno,
      double[] dx,
      int dxo,
      double[] ds,
      int dso) {
    gateGradients(s, so, cache, co, dNext, dno, ds, dso);
    accumulate(p, off, g, x, xo, s, so, dx, dxo, ds, dso);
  }

  /**
   * As {@link #backward} but leaves the weight gradients for {@link #weightGradients}: the
   * preactivation gradients go to {@code store[st..st + 2·rows)}. Adding a decode's weight
   * gradients in one pass afterwards reads and writes the large gradient matrices once per decode
   * instead of once per step; the sums run over the steps in the same order, so the result is bit
   * for bit that of {@link #backward}.
   */
  final void backwardDeferred(
      double[] p,
      int off,
      double[] g,
      double[] s,
      int so,
      double[] cache,
      int co,
      double[] dNext,
      int dno,
      double[] dx,
      int dxo,
      double[] ds,
      int dso,
      double[] store,
      int st) {
    gateGradients(s, so, cache, co, dNext, dno, ds, dso);
    System.arraycopy(daX, 0, store, st, rows);
    System.arraycopy(daH, 0, store, st + rows, rows);
    int wih = off;
    int whh = wih + input * rows;
    int bih = whh + hidden * rows;
    int bhh = bih + rows;
    Kernels.add(daX, 0, g, bih, rows);
    Kernels.add(daH, 0, g, bhh, rows);
    Kernels.matTVecAdd(p, wih, input, rows, daX, 0, dx, dxo);
    Kernels.matTVecAdd(p, whh, hidden, rows, daH, 0, ds, dso);
  }

  /**
   * The weight gradients of steps {@code steps-1 .. 0} after {@link #backwardDeferred}: step t's
   * input at {@code x[xo + t·xStride]}, previous state at {@code s[so + t·sStride]}, stored
   * gradients at {@code store[t·2·rows]}.
   */
  final void weightGradients(
      int off,
      double[] g,
      double[] x,
      int xo,
      int xStride,
      double[] s,
      int so,
      int sStride,
      double[] store,
      int steps) {
    int wih = off;
    int whh = wih + input * rows;
    Kernels.outerAddSteps(g, wih, input, rows, x, xo, xStride, store, 0, 2 * rows, steps);
    Kernels.outerAddSteps(g, whh, hidden, rows, s, so, sStride, store, rows, 2 * rows, steps);
  }

  /** {@code ax = b_ih + W_ih x} and {@code ah = b_hh + W_hh h}. */
  final void preactivations(double[] p, int off, double[] x, int xo, double[] s, int so) {
    int wih = off;
    int whh = wih + input * rows;
    int bih = whh + hidden * rows;
    int bhh = bih + rows;
    System.arraycopy(p, bih, ax, 0, rows);
    System.arraycopy(p, bhh, ah, 0, rows);
    Kernels.matVecAdd(p, wih, input, rows, x, xo, ax, 0);
    Kernels.matVecAdd(p, whh, hidden, rows, s, so, ah, 0);
  }

  /** Backward of {@link #preactivations} from {@code daX} and {@code daH}. */
  final void accumulate(
      double[] p,
      int off,
      double[] g,
      double[] x,
      int xo,
      double[] s,
      int so,
      double[] dx,
      int dxo,
      double[] ds,
      int dso) {
    int wih = off;
    int whh = wih + input * rows;
    int bih = whh + hidden * rows;
    int bhh = bih + rows;
    Kernels.outerAdd(g, wih, input, rows, x, xo, daX, 0);
    Kernels.outerAdd(g, whh, hidden, rows, s, so, daH, 0);
    Kernels.add(daX, 0, g, bih, rows);
    Kernels.add(daH, 0, g, bhh, rows);
    Kernels.matTVecAdd(p, wih, input, rows, daX, 0, dx, dxo);
    Kernels.matTVecAdd(p, whh, hidden, rows, daH, 0, ds, dso);
  }
}
