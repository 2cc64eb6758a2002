package io.equirl.scan.model;

import java.util.Arrays;

/** The backward pass of one decode on a {@link Tape}: decoder steps in reverse, then encoder. */
final class Backward {
  private final Seq2Seq m;
  private final Tape tape;
  private final double[] g;
  private final double[] theta;

  Backward(Seq2Seq m, Tape tape, double[] grad) {
    if (grad.length != m.theta.length) {
      throw new IllegalArgumentException(
          "gradient of " + grad.length + " entries for a model of " + m.theta.length);
    }
    this.m = m;
    this.tape = tape;
    this.g = grad;
    this.theta = m.theta;
  }

  void run(double[] dLogp) {
    int d = m.decoderSize;
    int sd = m.decoderCell.stateSize();
    int steps = tape.steps;
    double[] ds = m.dStates((steps + 1) * sd);
    double[] dEncoded = m.dEncoded(tape.length * d);
    for (int t = steps - 1; t >= 0; t--) {
      output(t, dLogp, ds);
      double[] dx = m.dInput(d);
      m.decoderCell.backwardDeferred(
          theta,
          m.cellOffset,
          g,
          tape.states,
          t * sd,
          tape.cache,
          t * m.decoderCell.cacheSize(),
          ds,
          (t + 1) * sd,
          dx,
          0,
          ds,
          t * sd,
          m.cellGradients,
          t * 2 * m.decoderCell.rows);
      double[] dCombined = combine(t, dx);
      int emb = m.outputEmbedding + tape.fed[t] * d;
      for (int k = 0; k < d; k++) {
        g[emb + k] += dCombined[k] * tape.mask[t * d + k];
      }
      attention(t, dCombined, ds, dEncoded);
    }
    m.decoderCell.weightGradients(
        m.cellOffset, g, tape.cellInput, 0, d, tape.states, 0, sd, m.cellGradients, steps);
    Kernels.outerAddSteps(
        g, m.combineWeight, 2 * d, d, tape.combined, 0, 2 * d, m.combineGradients, 0, d, steps);
    encoder(ds, dEncoded);
  }

  /** Log-softmax and output layer of step t; adds the state gradient to {@code ds[t+1]}. */
  private void output(int t, double[] dLogp, double[] ds) {
    int v = m.outputVocabulary;
    int d = m.decoderSize;
    int sd = m.decoderCell.stateSize();
    double[] dl = m.dLogits();
    double sum = 0;
    for (int k = 0; k < v; k++) {
      sum += dLogp[t * v + k];
    }
    for (int k = 0; k < v; k++) {
      dl[k] = dLogp[t * v + k] - Math.exp(tape.logp[t * v + k]) * sum;
    }
    Kernels.outerAdd(g, m.outWeight, d, v, tape.states, (t + 1) * sd, dl, 0);
    Kernels.add(dl, 0, g, m.outBias, v);
    Kernels.matTVecAdd(theta, m.outWeight, d, v, dl, 0, ds, (t + 1) * sd);
  }

  /** ReLU and the linear combination of [embedding; context]; returns d[embedding; context]. */
  private double[] combine(int t, double[] dx) {
    int d = m.decoderSize;
    double[] dPre = m.dPre();
    for (int k = 0; k < d; k++) {
      dPre[k] = tape.preactivation[t * d + k] > 0 ? dx[k] : 0;
    }
    System.arraycopy(
        dPre, 0, m.combineGradients, t * d, d); // weight gradient added after all steps
    Kernels.add(dPre, 0, g, m.combineBias, d);
    double[] dCombined = m.dCombined();
    Arrays.fill(dCombined, 0);
    Kernels.matTVecAdd(theta, m.combineWeight, 2 * d, d, dPre, 0, dCombined, 0);
    return dCombined;
  }

  /** Dot-product attention of step t: to the decoder's h at t and to the encoder outputs. */
  private void attention(int t, double[] dCombined, double[] ds, double[] dEncoded) {
    int d = m.decoderSize;
    int len = tape.length;
    int att = t * Seq2Seq.MAX_INPUT;
    int h = t * m.decoderCell.stateSize();
    double[] dw = m.dWeights();
    double weighted = 0;
    for (int i = 0; i < len; i++) {
      dw[i] = Kernels.dot(dCombined, d, tape.encoded, i * d, d);
      weighted += tape.attention[att + i] * dw[i];
    }
    for (int i = 0; i < len; i++) {
      double w = tape.attention[att + i];
      double dScore = w * (dw[i] - weighted);
      for (int k = 0; k < d; k++) {
        dEncoded[i * d + k] += w * dCombined[d + k] + dScore * tape.states[h + k];
        ds[h + k] += dScore * tape.encoded[i * d + k];
      }
    }
  }

  private void encoder(double[] ds, double[] dEncoded) {
    int len = tape.length;
    int h = m.hidden;
    int d = m.decoderSize;
    int se = m.encoderForward.stateSize();
    int ce = m.encoderForward.cacheSize();
    double[] dF = m.dForward((len + 1) * se);
    double[] dB = m.dBackward((len + 1) * se);
    for (int part = 0; part * h < se; part++) {
      Kernels.add(ds, part * d, dF, len * se + part * h, h);
      Kernels.add(ds, part * d + h, dB, part * h, h);
    }
    for (int t = 0; t < len; t++) {
      Kernels.add(dEncoded, t * d, dF, (t + 1) * se, h);
      Kernels.add(dEncoded, t * d + h, dB, t * se, h);
    }
    for (int t = len - 1; t >= 0; t--) {
      int emb = m.inputEmbedding + tape.source[t] * h;
      double[] dx = m.dInput(h);
      m.encoderForward.backward(
          theta,
          m.forwardCell,
          g,
          theta,
          emb,
          tape.forward,
          t * se,
          tape.forwardCache,
          t * ce,
          dF,
          (t + 1) * se,
          dx,
          0,
          dF,
          t * se);
      Kernels.add(dx, 0, g, emb, h);
    }
    for (int t = 0; t < len; t++) {
      int emb = m.inputEmbedding + tape.source[t] * h;
      double[] dx = m.dInput(h);
      m.encoderBackward.backward(
          theta,
          m.backwardCell,
          g,
          theta,
          emb,
          tape.backward,
          (t + 1) * se,
          tape.backwardCache,
          t * ce,
          dB,
          t * se,
          dx,
          0,
          dB,
          (t + 1) * se);
      Kernels.add(dx, 0, g, emb, h);
    }
  }
}
