package io.equirl.nlg;

/**
 * Samples a token by the Gumbel-max trick, {@code argmax_v (logit_v + G_v)}, with noise drawn from
 * (seed, step, orbit of v): tokens a group element swaps share their noise. Hence if the logits
 * after {@code g·X} are {@code g·}(the logits after X), the token sampled after {@code g·X} is
 * {@code g·}(the token after X): sampling is fair whenever the model is. The plain argmax of
 * Gumbel-perturbed logits samples exactly from {@code softmax(logits)}.
 */
public final class Sampler {
  private final VocabularyGroup group;

  /**
   * @param group whose orbits share noise (any group works for sampling itself)
   */
  public Sampler(VocabularyGroup group) {
    this.group = group;
  }

  /** The token drawn from {@code logits} at {@code step} of the stream {@code seed}. */
  public int sample(float[] logits, long seed, int step) {
    int best = -1;
    double bestValue = Double.NEGATIVE_INFINITY;
    for (int v = 0; v < logits.length; v++) {
      double value = logits[v] + gumbel(seed, step, group.orbitRepresentative(v));
      if (value > bestValue) {
        bestValue = value;
        best = v;
      }
    }
    return best;
  }

  /** A standard Gumbel variate, a pure function of its arguments. */
  static double gumbel(long seed, int step, int token) {
    long h = mix(seed ^ mix(0x9E3779B97F4A7C15L * (step + 1) ^ mix(token + 0x632BE59BD9B4E019L)));
    double u = ((h >>> 11) + 0.5) / (1L << 53); // in (0, 1)
    return -Math.log(-Math.log(u));
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
