package io.equirl.nlg;

import java.util.Arrays;

/**
 * EquizeroLM and R-EquizeroLM. Every {@code beam} tokens: continue each of the d transformed
 * contexts {@code g·X} by {@code beam} tokens of the base model (one random stream shared by all
 * g), score each sentence {@code g·X + continuation} with the regard scorer's proxy loss, keep the
 * best {@code g*}, and append {@code g*⁻¹·continuation} to X. Ties go to the continuation with the
 * higher sum of token log-probabilities, then to the lexicographically smaller sentence.
 *
 * <p>EquizeroLM is exactly fair: the candidates for {@code h·X} are those for X (the orbit is the
 * same set of contexts, each continued by the same stream), so {@code g*} moves with h and the
 * output for {@code h·X} is {@code h·}(the output for X).
 *
 * <p>R-EquizeroLM (relaxed, our reading; see docs/nlg.md) keeps the continuation of the context as
 * written unless another transformation beats it by more than {@code margin} in loss. What it gives
 * up: the identity is privileged, so fairness is no longer exact; what it keeps: text that stays
 * with the original context's continuation unless the scorer finds a clearly better one.
 */
public final class EquizeroGenerator implements SentenceGenerator {
  private final LanguageModel model;
  private final VocabularyGroup group;
  private final Sampler sampler;
  private final RegardScorer scorer;
  private final Tokenizer tokenizer;
  private final int beam;
  private final double margin;

  /**
   * @param beam tokens per decision (the paper's m = 5)
   * @param margin 0 for EquizeroLM; above 0, R-EquizeroLM's advantage of the identity
   */
  public EquizeroGenerator(
      LanguageModel model,
      VocabularyGroup group,
      RegardScorer scorer,
      Tokenizer tokenizer,
      int beam,
      double margin) {
    if (beam < 1 || !(margin >= 0)) {
      throw new IllegalArgumentException(
          "beam length must be >= 1 and margin >= 0, got " + beam + " and " + margin);
    }
    this.model = model;
    this.group = group;
    this.sampler = new Sampler(group);
    this.scorer = scorer;
    this.tokenizer = tokenizer;
    this.beam = beam;
    this.margin = margin;
  }

  @Override
  public int[] continuation(int[] context, int length, long seed) {
    int[] text = context.clone();
    int done = 0;
    while (done < length) {
      int m = Math.min(beam, length - done);
      Candidate best = null;
      Candidate identity = null;
      for (int g = 0; g < group.order(); g++) {
        Candidate c = candidate(g, group.act(g, text), m, seed, done);
        if (g == 0) {
          identity = c;
        }
        if (best == null || c.betterThan(best)) {
          best = c;
        }
      }
      if (margin > 0 && best.loss > identity.loss - margin) {
        best = identity;
      }
      int[] next = group.act(group.inverse(best.element), best.tokens);
      text = Arrays.copyOf(text, text.length + m);
      System.arraycopy(next, 0, text, text.length - m, m);
      done += m;
    }
    return Arrays.copyOfRange(text, context.length, text.length);
  }

  private Candidate candidate(int g, int[] transformed, int m, long seed, int step) {
    double[] logProb = new double[1];
    int[] tokens =
        SamplingGenerator.continueFrom(model, sampler, transformed, m, seed, step, logProb);
    int[] sentence = Arrays.copyOf(transformed, transformed.length + m);
    System.arraycopy(tokens, 0, sentence, transformed.length, m);
    return new Candidate(g, tokens, sentence, scorer.loss(tokenizer.decode(sentence)), logProb[0]);
  }

  @SuppressWarnings("ArrayRecordComponent") // carries arrays by design; never compared by equals
  private record Candidate(int element, int[] tokens, int[] sentence, double loss, double logProb) {
    boolean betterThan(Candidate o) {
      if (loss != o.loss) {
        return loss < o.loss;
      }
      if (logProb != o.logProb) {
        return logProb > o.logProb;
      }
      return Arrays.compare(sentence, o.sentence) < 0;
    }
  }
}
