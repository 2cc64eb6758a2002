package io.equirl.nlg;

import java.util.Arrays;

/**
 * EquiLM and R-EquiLM: a language model made fair by group averaging its next-token logits.
 *
 * <p>EquiLM: {@code logits(X) = (1/d) Σ_g g⁻¹·M(g·X)}, so {@code logits(h·X) = h·logits(X)}
 * exactly: the model treats every demographic the same way, token for token.
 *
 * <p>R-EquiLM (relaxed) averages only equality and neutral words and takes general words' logits
 * from {@code M(X)} alone. What it gives up: the general words after "The man" and after "The
 * woman" may differ, so generation is no longer exactly equivariant; what it keeps: the neutral
 * words (occupations, attributes) still get the same logits whatever the demographic, and the rest
 * of the text stays the original model's.
 *
 * <p>The d terms are summed in sorted order, so the sum is the same floats whatever order the orbit
 * is visited in: that is what makes equivariance exact in floating point, not approximate.
 */
public final class EquiLm implements LanguageModel {
  private final LanguageModel model;
  private final VocabularyGroup group;
  private final boolean relaxed;

  public EquiLm(LanguageModel model, VocabularyGroup group, boolean relaxed) {
    if (model.vocabularySize() != group.vocabularySize()) {
      throw new IllegalArgumentException(
          "the group acts on "
              + group.vocabularySize()
              + " tokens but the model has "
              + model.vocabularySize());
    }
    this.model = model;
    this.group = group;
    this.relaxed = relaxed;
  }

  @Override
  public int vocabularySize() {
    return model.vocabularySize();
  }

  @Override
  public float[] nextLogits(int[] context) {
    int d = group.order();
    float[][] back = new float[d][];
    float[] own = null;
    for (int g = 0; g < d; g++) {
      float[] logits = normalised(model.nextLogits(group.act(g, context)));
      if (g == 0) {
        own = logits;
      }
      back[g] = group.actOnLogits(group.inverse(g), logits);
    }
    int n = vocabularySize();
    float[] out = new float[n];
    float[] terms = new float[d];
    for (int v = 0; v < n; v++) {
      if (relaxed && group.isGeneral(v)) {
        out[v] = own[v];
        continue;
      }
      for (int g = 0; g < d; g++) {
        terms[g] = back[g][v];
      }
      Arrays.sort(terms);
      double sum = 0;
      for (float t : terms) {
        sum += t;
      }
      out[v] = (float) (sum / d);
    }
    return out;
  }

  /**
   * Log-probabilities: logits are defined up to a constant per context. For the full average that
   * constant only shifts every token alike, but R-EquiLM puts averaged values beside the context's
   * own, and those must be on one scale whatever constant the model adds.
   */
  private static float[] normalised(float[] logits) {
    double[] logp = LanguageModel.logSoftmax(logits);
    float[] out = new float[logp.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = (float) logp[i];
    }
    return out;
  }
}
