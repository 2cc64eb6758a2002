package io.equirl.nlg;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The offline STAND-IN language model: a word trigram model with Jelinek–Mercer interpolation
 * ({@code 0.6·p(w|a,b) + 0.3·p(w|b) + 0.1·p(w)}, weights of unseen contexts moved down to the
 * shorter ones, add-one unigrams), mixed with a trigger model that remembers the whole context:
 * {@code p = 0.7·p_trigram + 0.3·mean_c p(w | c seen up to 10 words before)} over the context's
 * less common words c (all but the {@value #COMMON} most frequent). Without the triggers the model
 * would forget "man" or "woman" two words after the context names them, and every method would look
 * fair. Trained here in seconds on a text corpus. It is no GPT-2 and its text is barely fluent; it
 * exists so the algorithms, the fairness tests and the demo run without downloading anything.
 */
public final class NgramLm implements LanguageModel {
  private static final double TRIGRAM = 0.6;
  private static final double BIGRAM = 0.3;
  private static final double TRIGGER = 0.3;
  private static final int WINDOW = 10;

  /** The most frequent words, which trigger nothing (they follow everything). */
  static final int COMMON = 50;

  private final int vocabularySize;
  private final double[] unigram;
  private final Map<Integer, Counts> bigrams = new HashMap<>();
  private final Map<Long, Counts> trigrams = new HashMap<>();
  private final Map<Integer, Counts> triggers = new HashMap<>();
  private final boolean[] isTrigger;

  /** Successor counts of one context. */
  private static final class Counts {
    final Map<Integer, Integer> next = new HashMap<>();
    long total;

    void add(int token) {
      next.merge(token, 1, Integer::sum);
      total++;
    }
  }

  private NgramLm(int vocabularySize) {
    this.vocabularySize = vocabularySize;
    this.unigram = new double[vocabularySize];
    this.isTrigger = new boolean[vocabularySize];
  }

  /** Counts the n-grams of {@code sentences} (token ids below {@code vocabularySize}). */
  public static NgramLm train(List<int[]> sentences, int vocabularySize) {
    NgramLm lm = new NgramLm(vocabularySize);
    long[] counts = new long[vocabularySize];
    long total = 0;
    for (int[] s : sentences) {
      for (int i = 0; i < s.length; i++) {
        counts[s[i]]++;
        total++;
        if (i >= 1) {
          lm.bigrams.computeIfAbsent(s[i - 1], k -> new Counts()).add(s[i]);
        }
        if (i >= 2) {
          lm.trigrams.computeIfAbsent(lm.key(s[i - 2], s[i - 1]), k -> new Counts()).add(s[i]);
        }
      }
    }
    for (int v = 0; v < vocabularySize; v++) {
      lm.unigram[v] = (counts[v] + 1.0) / (total + vocabularySize);
    }
    lm.countTriggers(sentences, counts);
    return lm;
  }

  private void countTriggers(List<int[]> sentences, long[] counts) {
    Integer[] byCount = new Integer[vocabularySize];
    for (int v = 0; v < vocabularySize; v++) {
      byCount[v] = v;
    }
    java.util.Arrays.sort(
        byCount,
        (a, b) ->
            counts[a] != counts[b] ? Long.compare(counts[b], counts[a]) : Integer.compare(a, b));
    for (int r = COMMON; r < vocabularySize; r++) {
      isTrigger[byCount[r]] = true;
    }
    for (int[] s : sentences) {
      for (int i = 0; i < s.length; i++) {
        if (!isTrigger[s[i]]) {
          continue;
        }
        Counts c = triggers.computeIfAbsent(s[i], k -> new Counts());
        for (int j = i + 1; j < Math.min(s.length, i + 1 + WINDOW); j++) {
          c.add(s[j]);
        }
      }
    }
  }

  private long key(int a, int b) {
    return (long) a * vocabularySize + b;
  }

  @Override
  public int vocabularySize() {
    return vocabularySize;
  }

  @Override
  public float[] nextLogits(int[] context) {
    int n = context.length;
    Counts bi = n >= 1 ? bigrams.get(context[n - 1]) : null;
    Counts tri = n >= 2 ? trigrams.get(key(context[n - 2], context[n - 1])) : null;
    double wTri = tri == null ? 0 : TRIGRAM;
    double wBi = bi == null ? 0 : BIGRAM + (tri == null ? TRIGRAM : 0);
    double wUni = 1 - wTri - wBi;
    double[] p = new double[vocabularySize];
    for (int v = 0; v < vocabularySize; v++) {
      p[v] = wUni * unigram[v];
    }
    addCounts(p, bi, wBi);
    addCounts(p, tri, wTri);
    mixTriggers(p, context);
    float[] logits = new float[vocabularySize];
    for (int v = 0; v < vocabularySize; v++) {
      logits[v] = (float) Math.log(p[v]);
    }
    return logits;
  }

  /** {@code p ← 0.7·p + 0.3·(mean trigger distribution)} when the context has triggers. */
  private void mixTriggers(double[] p, int[] context) {
    java.util.Set<Integer> seen = new java.util.TreeSet<>();
    for (int t : context) {
      if (isTrigger[t] && triggers.containsKey(t)) {
        seen.add(t);
      }
    }
    if (seen.isEmpty()) {
      return;
    }
    for (int v = 0; v < p.length; v++) {
      p[v] *= 1 - TRIGGER;
    }
    for (int t : seen) {
      addCounts(p, triggers.get(t), TRIGGER / seen.size());
    }
  }

  private static void addCounts(double[] p, Counts c, double weight) {
    if (c == null) {
      return;
    }
    for (Map.Entry<Integer, Integer> e : c.next.entrySet()) {
      p[e.getKey()] += weight * e.getValue() / c.total;
    }
  }
}
