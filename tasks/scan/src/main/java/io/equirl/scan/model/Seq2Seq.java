package io.equirl.scan.model;

import java.util.Arrays;

/**
 * The reference's seq2seq (Gordon et al. 2020, run as the paper ran it): a bidirectional one-layer
 * encoder of {@code hidden} units over learned embeddings, and an attention decoder of {@code
 * 2·hidden} units started from the two final encoder states side by side. A decoder step: embed the
 * fed token (dropout), attend with dot products of the decoder's {@code h} against the encoder
 * outputs, combine {@code [embedding; context]} linearly with a ReLU, one cell step, then a linear
 * layer and log-softmax.
 *
 * <p>Parameters are one flat array, encoder first, then decoder, so the trainer can clip the two
 * gradient norms separately. Plain Java with a hand-written backward pass: at batch 1 and 64 units
 * this is faster than any tensor library's per-operation overhead allows. One instance serves one
 * thread (the cells hold scratch space); {@link #copy()} makes another with the same weights.
 */
public final class Seq2Seq {
  /** Longest decode, as the reference's MAX_LENGTH. */
  public static final int MAX_STEPS = 50;

  /** Longest command, EOS included. */
  public static final int MAX_INPUT = 32;

  final CellType type;
  final int hidden;
  final int decoderSize;
  final int inputVocabulary;
  final int outputVocabulary;
  final Cell encoderForward;
  final Cell encoderBackward;
  final Cell decoderCell;
  final int inputEmbedding;
  final int forwardCell;
  final int backwardCell;
  final int encoderEnd;
  final int outputEmbedding;
  final int combineWeight;
  final int combineBias;
  final int cellOffset;
  final int outWeight;
  final int outBias;
  final double[] theta;
  private final double dropout;
  private final double[] dLogits;
  private final double[] dCombined;
  private final double[] dPre;
  private final double[] dWeights;
  final double[] cellGradients;
  final double[] combineGradients;
  private double[] dStates = new double[0];
  private double[] dForward = new double[0];
  private double[] dBackward = new double[0];
  private double[] dEncoded = new double[0];
  private double[] dInput = new double[0];

  /** A model with zero weights; {@link #initialise(Rng)} draws them. */
  public Seq2Seq(
      CellType type, int hidden, int inputVocabulary, int outputVocabulary, double dropout) {
    if (hidden <= 0 || inputVocabulary < 3 || outputVocabulary < 3) {
      throw new IllegalArgumentException(
          "bad model shape: hidden "
              + hidden
              + ", vocabularies "
              + inputVocabulary
              + " and "
              + outputVocabulary);
    }
    if (dropout < 0 || dropout >= 1) {
      throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
    }
    this.type = type;
    this.hidden = hidden;
    this.decoderSize = 2 * hidden;
    this.inputVocabulary = inputVocabulary;
    this.outputVocabulary = outputVocabulary;
    this.dropout = dropout;
    this.encoderForward = type.create(hidden, hidden);
    this.encoderBackward = type.create(hidden, hidden);
    this.decoderCell = type.create(decoderSize, decoderSize);
    int d = decoderSize;
    inputEmbedding = 0;
    forwardCell = inputEmbedding + inputVocabulary * hidden;
    backwardCell = forwardCell + encoderForward.parameterCount();
    encoderEnd = backwardCell + encoderBackward.parameterCount();
    outputEmbedding = encoderEnd;
    combineWeight = outputEmbedding + outputVocabulary * d;
    combineBias = combineWeight + 2 * d * d;
    cellOffset = combineBias + d;
    outWeight = cellOffset + decoderCell.parameterCount();
    outBias = outWeight + d * outputVocabulary;
    theta = new double[outBias + outputVocabulary];
    dLogits = new double[outputVocabulary];
    dCombined = new double[2 * d];
    dPre = new double[d];
    dWeights = new double[MAX_INPUT];
    cellGradients = new double[MAX_STEPS * 2 * decoderCell.rows];
    combineGradients = new double[MAX_STEPS * d];
  }

  /** A model of the same shape and weights, with its own scratch space. */
  public Seq2Seq copy() {
    Seq2Seq m = new Seq2Seq(type, hidden, inputVocabulary, outputVocabulary, dropout);
    System.arraycopy(theta, 0, m.theta, 0, theta.length);
    return m;
  }

  /** PyTorch's initialisation: embeddings N(0, 1); linear layers and cells uniform ±1/√fan-in. */
  public void initialise(Rng rng) {
    for (int k = 0; k < inputVocabulary * hidden; k++) {
      theta[inputEmbedding + k] = rng.nextGaussian();
    }
    encoderForward.initialise(theta, forwardCell, rng);
    encoderBackward.initialise(theta, backwardCell, rng);
    for (int k = 0; k < outputVocabulary * decoderSize; k++) {
      theta[outputEmbedding + k] = rng.nextGaussian();
    }
    uniform(combineWeight, cellOffset, 1 / Math.sqrt(2.0 * decoderSize), rng);
    decoderCell.initialise(theta, cellOffset, rng);
    uniform(outWeight, theta.length, 1 / Math.sqrt(decoderSize), rng);
  }

  private void uniform(int from, int to, double bound, Rng rng) {
    for (int k = from; k < to; k++) {
      theta[k] = rng.uniform(bound);
    }
  }

  public CellType cellType() {
    return type;
  }

  public int hidden() {
    return hidden;
  }

  public int inputVocabulary() {
    return inputVocabulary;
  }

  public int outputVocabulary() {
    return outputVocabulary;
  }

  public double dropout() {
    return dropout;
  }

  /** The weights, encoder's in {@code [0, encoderSize())}, then the decoder's. */
  public double[] parameters() {
    return theta;
  }

  public int encoderSize() {
    return encoderEnd;
  }

  /** A tape for this model's decodes. */
  public Tape newTape() {
    return new Tape(this);
  }

  /** Runs the encoder over {@code source} (EOS included) and starts the decoder. */
  public void encode(Tape tape, int[] source) {
    int len = source.length;
    if (len == 0 || len > MAX_INPUT) {
      throw new IllegalArgumentException("command of " + len + " tokens; at most " + MAX_INPUT);
    }
    System.arraycopy(source, 0, tape.source, 0, len);
    tape.length = len;
    tape.steps = 0;
    int h = hidden;
    int se = encoderForward.stateSize();
    int ce = encoderForward.cacheSize();
    Arrays.fill(tape.forward, 0, se, 0);
    Arrays.fill(tape.backward, len * se, (len + 1) * se, 0);
    for (int t = 0; t < len; t++) {
      encoderForward.forward(
          theta,
          forwardCell,
          theta,
          inputEmbedding + source[t] * h,
          tape.forward,
          t * se,
          tape.forward,
          (t + 1) * se,
          tape.forwardCache,
          t * ce);
    }
    for (int t = len - 1; t >= 0; t--) {
      encoderBackward.forward(
          theta,
          backwardCell,
          theta,
          inputEmbedding + source[t] * h,
          tape.backward,
          (t + 1) * se,
          tape.backward,
          t * se,
          tape.backwardCache,
          t * ce);
    }
    int d = decoderSize;
    for (int t = 0; t < len; t++) {
      System.arraycopy(tape.forward, (t + 1) * se, tape.encoded, t * d, h);
      System.arraycopy(tape.backward, t * se, tape.encoded, t * d + h, h);
    }
    // The decoder starts from [h_fwd(last); h_bwd(first)] (and the same for c), as the reference's
    // view of the final hidden state (num_layers, num_directions, 1, hidden) does.
    for (int part = 0; part * h < se; part++) {
      System.arraycopy(tape.forward, len * se + part * h, tape.states, part * d, h);
      System.arraycopy(tape.backward, part * h, tape.states, part * d + h, h);
    }
  }

  /**
   * Decodes step {@code tape.steps()} with {@code token} fed in, writing its log-probabilities;
   * {@code dropoutRng} null means evaluation (no dropout). Returns the most probable token.
   */
  public int step(Tape tape, int token, Rng dropoutRng) {
    int t = tape.steps;
    if (t >= MAX_STEPS) {
      throw new IllegalStateException("decoded " + MAX_STEPS + " steps already");
    }
    int d = decoderSize;
    int sd = decoderCell.stateSize();
    tape.fed[t] = token;
    int comb = t * 2 * d;
    int emb = outputEmbedding + token * d;
    for (int k = 0; k < d; k++) {
      double m =
          dropoutRng == null || dropout == 0
              ? 1
              : dropoutRng.nextDouble() < dropout ? 0 : 1 / (1 - dropout);
      tape.mask[t * d + k] = m;
      tape.combined[comb + k] = theta[emb + k] * m;
    }
    attend(tape, t);
    int pre = t * d;
    System.arraycopy(theta, combineBias, tape.preactivation, pre, d);
    Kernels.matVecAdd(theta, combineWeight, 2 * d, d, tape.combined, comb, tape.preactivation, pre);
    for (int k = 0; k < d; k++) {
      tape.cellInput[pre + k] = Math.max(0, tape.preactivation[pre + k]);
    }
    decoderCell.forward(
        theta,
        cellOffset,
        tape.cellInput,
        pre,
        tape.states,
        t * sd,
        tape.states,
        (t + 1) * sd,
        tape.cache,
        t * decoderCell.cacheSize());
    int v = outputVocabulary;
    int out = t * v;
    System.arraycopy(theta, outBias, tape.logp, out, v);
    Kernels.matVecAdd(theta, outWeight, d, v, tape.states, (t + 1) * sd, tape.logp, out);
    logSoftmax(tape.logp, out, v);
    tape.steps = t + 1;
    return tape.argmax(t);
  }

  private void attend(Tape tape, int t) {
    int d = decoderSize;
    int len = tape.length;
    int att = t * MAX_INPUT;
    int h = t * decoderCell.stateSize();
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < len; i++) {
      double s = Kernels.dot(tape.states, h, tape.encoded, i * d, d);
      tape.attention[att + i] = s;
      max = Math.max(max, s);
    }
    double sum = 0;
    for (int i = 0; i < len; i++) {
      double e = Math.exp(tape.attention[att + i] - max);
      tape.attention[att + i] = e;
      sum += e;
    }
    int ctx = t * 2 * d + d;
    Arrays.fill(tape.combined, ctx, ctx + d, 0);
    for (int i = 0; i < len; i++) {
      double w = tape.attention[att + i] / sum;
      tape.attention[att + i] = w;
      for (int k = 0; k < d; k++) {
        tape.combined[ctx + k] += w * tape.encoded[i * d + k];
      }
    }
  }

  static void logSoftmax(double[] x, int off, int n) {
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      max = Math.max(max, x[off + i]);
    }
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += Math.exp(x[off + i] - max);
    }
    double log = max + Math.log(sum);
    for (int i = 0; i < n; i++) {
      x[off + i] -= log;
    }
  }

  /**
   * Adds to {@code grad} the gradient of {@code Σ_t Σ_v dLogp[t·V + v] · logp[t][v]} over the
   * tape's decoded steps: pass {@code -1} at each target token for the summed NLL.
   */
  public void backward(Tape tape, double[] dLogp, double[] grad) {
    new Backward(this, tape, grad).run(dLogp);
  }

  double[] dLogits() {
    return dLogits;
  }

  double[] dCombined() {
    return dCombined;
  }

  double[] dPre() {
    return dPre;
  }

  double[] dWeights() {
    return dWeights;
  }

  /** Zeroed gradient buffers of the sizes this tape needs, reused across calls. */
  double[] dStates(int n) {
    dStates = zeroed(dStates, n);
    return dStates;
  }

  double[] dForward(int n) {
    dForward = zeroed(dForward, n);
    return dForward;
  }

  double[] dBackward(int n) {
    dBackward = zeroed(dBackward, n);
    return dBackward;
  }

  double[] dEncoded(int n) {
    dEncoded = zeroed(dEncoded, n);
    return dEncoded;
  }

  double[] dInput(int n) {
    dInput = zeroed(dInput, n);
    return dInput;
  }

  private static double[] zeroed(double[] a, int n) {
    if (a.length < n) {
      return new double[n];
    }
    Arrays.fill(a, 0, n, 0);
    return a;
  }
}
