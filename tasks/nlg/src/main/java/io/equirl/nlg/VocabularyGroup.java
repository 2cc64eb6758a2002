package io.equirl.nlg;

import java.util.Arrays;
import java.util.List;

/**
 * The cyclic group of order d acting on a vocabulary as EquiLM defines it (Basu et al. 2023):
 * equality words come in sets of d (e.g. [man, woman], [he, she]) and the generator moves each to
 * the next of its set; neutral words (e.g. occupations) and general words (all others) are fixed.
 * Neutral and general words differ only in what the relaxed R-EquiLM does with them.
 *
 * <p>Element {@code k} is the generator applied k times; its inverse is {@code d − k}.
 */
public final class VocabularyGroup {
  private final int order;
  private final int[][] permutations;
  private final boolean[] equality;
  private final boolean[] neutral;

  private VocabularyGroup(int order, int[][] permutations, boolean[] equality, boolean[] neutral) {
    this.order = order;
    this.permutations = permutations;
    this.equality = equality;
    this.neutral = neutral;
  }

  /**
   * The group acting on a vocabulary through its equality sets.
   *
   * @param vocabularySize tokens in the vocabulary
   * @param equalitySets sets of d distinct token ids each, in the group's order
   * @param neutralTokens tokens fixed by the group that R-EquiLM still averages
   */
  public static VocabularyGroup of(
      int vocabularySize, List<int[]> equalitySets, int[] neutralTokens) {
    if (equalitySets.isEmpty()) {
      throw new IllegalArgumentException("a demographic group needs at least one equality set");
    }
    int d = equalitySets.get(0).length;
    if (d < 2) {
      throw new IllegalArgumentException("equality sets need at least 2 words, got " + d);
    }
    boolean[] equality = new boolean[vocabularySize];
    int[] generator = new int[vocabularySize];
    for (int v = 0; v < vocabularySize; v++) {
      generator[v] = v;
    }
    for (int[] set : equalitySets) {
      if (set.length != d) {
        throw new IllegalArgumentException(
            "all equality sets need " + d + " words, got " + Arrays.toString(set));
      }
      for (int i = 0; i < d; i++) {
        int t = set[i];
        if (t < 0 || t >= vocabularySize || equality[t]) {
          throw new IllegalArgumentException(
              "equality token " + t + " is outside the vocabulary " + "or in two sets");
        }
        equality[t] = true;
        generator[t] = set[(i + 1) % d];
      }
    }
    boolean[] neutral = new boolean[vocabularySize];
    for (int t : neutralTokens) {
      if (t < 0 || t >= vocabularySize || equality[t]) {
        throw new IllegalArgumentException(
            "neutral token " + t + " is outside the vocabulary or " + "an equality word");
      }
      neutral[t] = true;
    }
    int[][] permutations = new int[d][vocabularySize];
    for (int v = 0; v < vocabularySize; v++) {
      permutations[0][v] = v;
    }
    for (int k = 1; k < d; k++) {
      for (int v = 0; v < vocabularySize; v++) {
        permutations[k][v] = generator[permutations[k - 1][v]];
      }
    }
    return new VocabularyGroup(d, permutations, equality, neutral);
  }

  /** The group's order d. */
  public int order() {
    return order;
  }

  public int vocabularySize() {
    return equality.length;
  }

  public int inverse(int g) {
    return (order - g) % order;
  }

  /** {@code g·token}. */
  public int act(int g, int token) {
    return permutations[g][token];
  }

  /** {@code g} applied to every token, in a new array. */
  public int[] act(int g, int[] tokens) {
    int[] out = new int[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      out[i] = permutations[g][tokens[i]];
    }
    return out;
  }

  /** The logits of {@code g·Y} when {@code logits} are those of Y: {@code out[g·v] = logits[v]}. */
  public float[] actOnLogits(int g, float[] logits) {
    float[] out = new float[logits.length];
    for (int v = 0; v < logits.length; v++) {
      out[permutations[g][v]] = logits[v];
    }
    return out;
  }

  public boolean isEquality(int token) {
    return equality[token];
  }

  public boolean isNeutral(int token) {
    return neutral[token];
  }

  /** Neither an equality nor a neutral word: what R-EquiLM leaves to the original context. */
  public boolean isGeneral(int token) {
    return !equality[token] && !neutral[token];
  }

  /** The smallest token of {@code token}'s orbit: the same for every {@code g·token}. */
  public int orbitRepresentative(int token) {
    int min = token;
    for (int k = 1; k < order; k++) {
      min = Math.min(min, permutations[k][token]);
    }
    return min;
  }
}
