package io.equirl.nlg;

import java.util.Arrays;

/**
 * A test language model with logits that are a pseudo-random function of the whole context: as
 * unfair as a model can be, so only the algorithms can make it fair. Also a tokenizer and a regard
 * scorer over its ids ("t7 t3 ...") for EquizeroLM, the scorer coarse so ties occur.
 */
final class HashLm implements LanguageModel, Tokenizer, RegardScorer {
  private final int vocabularySize;

  HashLm(int vocabularySize) {
    this.vocabularySize = vocabularySize;
  }

  @Override
  public int vocabularySize() {
    return vocabularySize;
  }

  @Override
  public float[] nextLogits(int[] context) {
    long h = Arrays.hashCode(context) * 0x9E3779B97F4A7C15L;
    float[] out = new float[vocabularySize];
    for (int v = 0; v < vocabularySize; v++) {
      h = h * 6364136223846793005L + 1442695040888963407L;
      out[v] = (float) (3.0 * ((h >>> 40) / (double) (1L << 24)));
    }
    return out;
  }

  @Override
  public int[] encode(String text) {
    return Arrays.stream(text.trim().split(" "))
        .mapToInt(s -> Integer.parseInt(s.substring(1)))
        .toArray();
  }

  @Override
  public String decode(int[] tokens) {
    StringBuilder s = new StringBuilder();
    for (int t : tokens) {
      s.append(s.length() == 0 ? "" : " ").append('t').append(t);
    }
    return s.toString();
  }

  @Override
  public int wordToken(String word) {
    return -1;
  }

  /** Three coarse levels from the text's hash: many exact ties between candidates. */
  @Override
  public double[] regard(String text) {
    int level = Math.floorMod(text.hashCode(), 3);
    double[] r = new double[3];
    r[level] = 1;
    return r;
  }

  @Override
  public String name() {
    return "test hash scorer";
  }
}
