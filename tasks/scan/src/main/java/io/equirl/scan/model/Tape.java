package io.equirl.scan.model;

/**
 * Everything one decode of one command keeps for its backward pass: encoder states and caches, and
 * per decoder step the fed token, dropout mask, attention, combined input, cell cache and the
 * output log-probabilities. Sized once for {@link Seq2Seq#MAX_INPUT} words and {@link
 * Seq2Seq#MAX_STEPS} steps; reused across decodes.
 */
public final class Tape {
  final int[] source = new int[Seq2Seq.MAX_INPUT];
  int length;
  final double[] forward;
  final double[] backward;
  final double[] forwardCache;
  final double[] backwardCache;
  final double[] encoded;

  final int[] fed = new int[Seq2Seq.MAX_STEPS];
  int steps;
  final double[] states;
  final double[] mask;
  final double[] attention;
  final double[] combined;
  final double[] preactivation;
  final double[] cellInput;
  final double[] cache;
  final double[] logp;
  private final int vocab;

  Tape(Seq2Seq m) {
    int li = Seq2Seq.MAX_INPUT;
    int t = Seq2Seq.MAX_STEPS;
    int se = m.encoderForward.stateSize();
    forward = new double[(li + 1) * se];
    backward = new double[(li + 1) * se];
    forwardCache = new double[li * Math.max(1, m.encoderForward.cacheSize())];
    backwardCache = new double[li * Math.max(1, m.encoderBackward.cacheSize())];
    encoded = new double[li * m.decoderSize];
    states = new double[(t + 1) * m.decoderCell.stateSize()];
    mask = new double[t * m.decoderSize];
    attention = new double[t * li];
    combined = new double[t * 2 * m.decoderSize];
    preactivation = new double[t * m.decoderSize];
    cellInput = new double[t * m.decoderSize];
    cache = new double[t * Math.max(1, m.decoderCell.cacheSize())];
    logp = new double[t * m.outputVocabulary];
    vocab = m.outputVocabulary;
  }

  /** Steps decoded so far. */
  public int steps() {
    return steps;
  }

  /** Log-probability of token {@code v} at step {@code t}. */
  public double logp(int t, int v) {
    return logp[t * vocab + v];
  }

  /** The whole log-probability array, {@code [t * vocabulary + v]} for t below {@link #steps()}. */
  public double[] logp() {
    return logp;
  }

  /** The most probable token at step {@code t}; ties go to the lower index, as torch.topk. */
  public int argmax(int t) {
    int base = t * vocab;
    int best = 0;
    for (int v = 1; v < vocab; v++) {
      if (logp[base + v] > logp[base + best]) {
        best = v;
      }
    }
    return best;
  }
}
