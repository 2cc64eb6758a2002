package io.equirl.nlg;

/**
 * A causal language model: next-token logits given a token context. Logits may be unnormalised (any
 * additive constant per call); they must be a deterministic function of the context, which is what
 * makes the group-averaged models exactly fair.
 */
public interface LanguageModel {

  /** Tokens the model can emit; ids run {@code 0..vocabularySize()-1}. */
  int vocabularySize();

  /** The next-token logits after {@code context} (at least one token), a new array. */
  float[] nextLogits(int[] context);

  /** Log-probabilities from logits, computed stably (max subtracted). */
  static double[] logSoftmax(float[] logits) {
    double max = Double.NEGATIVE_INFINITY;
    for (float l : logits) {
      max = Math.max(max, l);
    }
    double sum = 0;
    for (float l : logits) {
      sum += Math.exp(l - max);
    }
    double log = max + Math.log(sum);
    double[] out = new double[logits.length];
    for (int i = 0; i < logits.length; i++) {
      out[i] = logits[i] - log;
    }
    return out;
  }
}
