package io.equirl.nlg;

/**
 * A regard classifier (Sheng et al. 2019): how a sentence regards the person it is about, as
 * probabilities of negative, neutral and positive regard. EquizeroLM minimises {@link #loss}, the
 * expected regard negated.
 */
public interface RegardScorer {
  /** Index of negative regard in {@link #regard}. */
  int NEGATIVE = 0;

  /** Index of neutral regard. */
  int NEUTRAL = 1;

  /** Index of positive regard. */
  int POSITIVE = 2;

  /** {@code [P(negative), P(neutral), P(positive)]} of {@code text}. */
  double[] regard(String text);

  /** What the scorer is, for the outputs: stand-ins say so. */
  String name();

  /** EquizeroLM's proxy loss: {@code P(negative) − P(positive)}, lower is better regard. */
  default double loss(String text) {
    double[] r = regard(text);
    return r[NEGATIVE] - r[POSITIVE];
  }

  /** The most probable class, the label Fig. 3 counts. */
  default int label(String text) {
    double[] r = regard(text);
    int best = 0;
    for (int i = 1; i < r.length; i++) {
      if (r[i] > r[best]) {
        best = i;
      }
    }
    return best;
  }
}
