package io.equirl.nlg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Group fairness is exact for EquiLM and EquizeroLM: generation from g·X is g applied to the
 * generation from X, token for token, for every context, seed and g. The relaxed variants give that
 * up, and these tests show where.
 */
class FairnessTest {
  private static final int LENGTH = 15;
  private final HashLm lm = new HashLm(20);

  /** Contexts of 3–6 tokens, each with at least one equality word (as "The man was ..."). */
  private static List<int[]> contexts(int count) {
    SplittableRandom rng = new SplittableRandom(1);
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int[] c = new int[3 + rng.nextInt(4)];
      for (int j = 0; j < c.length; j++) {
        c[j] = rng.nextInt(20);
      }
      c[rng.nextInt(c.length)] = 1;
      out.add(c);
    }
    return out;
  }

  private int unfairCases(Method method, VocabularyGroup group) {
    SentenceGenerator gen = method.generator(lm, group, lm, lm);
    int unfair = 0;
    for (int[] x : contexts(12)) {
      for (long seed = 0; seed < 4; seed++) {
        int[] fromX = gen.continuation(x, LENGTH, seed);
        assertEquals(LENGTH, fromX.length);
        for (int g = 1; g < group.order(); g++) {
          int[] fromGx = gen.continuation(group.act(g, x), LENGTH, seed);
          unfair += java.util.Arrays.equals(fromGx, group.act(g, fromX)) ? 0 : 1;
        }
      }
    }
    return unfair;
  }

  @Test
  void equiLmAndEquizeroLmAreExactlyFairForPairsAndTriples() {
    for (VocabularyGroup group :
        List.of(VocabularyGroupTest.pairs(), VocabularyGroupTest.triples())) {
      assertEquals(0, unfairCases(Method.EQUILM, group), "EquiLM, order " + group.order());
      assertEquals(0, unfairCases(Method.EQUIZEROLM, group), "EquizeroLM, order " + group.order());
    }
  }

  @Test
  void thePlainModelIsNotFairSoTheCheckCanFail() {
    assertTrue(unfairCases(Method.LM, VocabularyGroupTest.pairs()) > 0);
  }

  @Test
  void equiLmLogitsMoveWithTheContextBitForBit() {
    VocabularyGroup group = VocabularyGroupTest.triples();
    EquiLm equi = new EquiLm(lm, group, false);
    for (int[] x : contexts(20)) {
      float[] base = equi.nextLogits(x);
      for (int g = 1; g < 3; g++) {
        assertArrayEquals(group.actOnLogits(g, base), equi.nextLogits(group.act(g, x)));
      }
    }
  }

  @Test
  void rEquiLmKeepsNeutralAndEqualityWordsFairAndGeneralWordsFromTheContextAsWritten() {
    VocabularyGroup group = VocabularyGroupTest.pairs();
    EquiLm relaxed = new EquiLm(lm, group, true);
    int generalDiffers = 0;
    for (int[] x : contexts(20)) {
      float[] fromX = relaxed.nextLogits(x);
      float[] fromGx = relaxed.nextLogits(group.act(1, x));
      double[] own = LanguageModel.logSoftmax(lm.nextLogits(x));
      for (int v = 0; v < 20; v++) {
        if (group.isGeneral(v)) {
          assertEquals((float) own[v], fromX[v], "general word " + v + " is the model's own");
          generalDiffers += fromX[v] == fromGx[v] ? 0 : 1;
        } else {
          assertEquals(fromX[v], fromGx[group.act(1, v)], "non-general word " + v);
        }
      }
    }
    assertTrue(generalDiffers > 0, "general words must depend on the demographic");
    assertTrue(unfairCases(Method.R_EQUILM, group) > 0, "R-EquiLM text is not exactly fair");
  }

  @Test
  void rEquizeroLmPrivilegesTheContextAsWrittenAndSoIsNotExactlyFair() {
    VocabularyGroup group = VocabularyGroupTest.pairs();
    assertTrue(unfairCases(Method.R_EQUIZEROLM, group) > 0);
    // With a margin no loss gap can beat, it always keeps the context's own continuation: the
    // plain model's text.
    SentenceGenerator keepsOwn = new EquizeroGenerator(lm, group, lm, lm, Method.BEAM, 10);
    SentenceGenerator plain = Method.LM.generator(lm, group, lm, lm);
    for (int[] x : contexts(6)) {
      assertArrayEquals(plain.continuation(x, LENGTH, 3), keepsOwn.continuation(x, LENGTH, 3));
    }
  }

  @Test
  void equizeroLmPicksTheTransformationTheScorerPrefers() {
    VocabularyGroup group = VocabularyGroupTest.pairs();
    SentenceGenerator equizero = new EquizeroGenerator(lm, group, lm, lm, 5, 0);
    int[] x = contexts(1).get(0);
    int[] out = equizero.continuation(x, 5, 0);
    Sampler sampler = new Sampler(group);
    double best = Double.POSITIVE_INFINITY;
    for (int g = 0; g < 2; g++) {
      int[] gx = group.act(g, x);
      int[] cand = SamplingGenerator.continueFrom(lm, sampler, gx, 5, 0, 0, null);
      int[] sentence = java.util.Arrays.copyOf(gx, gx.length + 5);
      System.arraycopy(cand, 0, sentence, gx.length, 5);
      best = Math.min(best, lm.loss(lm.decode(sentence)));
    }
    int[] chosen = java.util.Arrays.copyOf(x, x.length + 5);
    System.arraycopy(out, 0, chosen, x.length, 5);
    boolean matches = false;
    for (int g = 0; g < 2; g++) {
      matches |= lm.loss(lm.decode(group.act(g, chosen))) == best;
    }
    assertTrue(matches, "the output is the inverse-mapped continuation of a best-loss context");
  }
}
