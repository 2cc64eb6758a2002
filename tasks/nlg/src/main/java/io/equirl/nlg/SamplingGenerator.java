package io.equirl.nlg;

import java.util.Arrays;

/**
 * Token-by-token sampling from a language model (the plain LM, EquiLM or R-EquiLM), with the
 * orbit-sharing {@link Sampler} so a fair model gives fair text.
 */
public final class SamplingGenerator implements SentenceGenerator {
  private final LanguageModel model;
  private final Sampler sampler;

  public SamplingGenerator(LanguageModel model, Sampler sampler) {
    this.model = model;
    this.sampler = sampler;
  }

  @Override
  public int[] continuation(int[] context, int length, long seed) {
    return continueFrom(model, sampler, context, length, seed, 0, null);
  }

  /**
   * Samples {@code length} tokens after {@code context} using steps {@code firstStep..} of the
   * stream {@code seed}; adds each token's log-probability into {@code logProbSum[0]} when given.
   */
  static int[] continueFrom(
      LanguageModel model,
      Sampler sampler,
      int[] context,
      int length,
      long seed,
      int firstStep,
      double[] logProbSum) {
    int[] text = Arrays.copyOf(context, context.length + length);
    for (int i = 0; i < length; i++) {
      float[] logits = model.nextLogits(Arrays.copyOf(text, context.length + i));
      int token = sampler.sample(logits, seed, firstStep + i);
      if (logProbSum != null) {
        logProbSum[0] += LanguageModel.logSoftmax(logits)[token];
      }
      text[context.length + i] = token;
    }
    return Arrays.copyOfRange(text, context.length, text.length);
  }
}
