package io.equirl.nlg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyGroupTest {
  static VocabularyGroup pairs() {
    return VocabularyGroup.of(20, List.of(new int[] {1, 2}, new int[] {3, 4}), new int[] {5, 6});
  }

  static VocabularyGroup triples() {
    return VocabularyGroup.of(20, List.of(new int[] {1, 2, 3}, new int[] {4, 5, 6}), new int[] {7});
  }

  @Test
  void theGeneratorCyclesEachEqualitySetAndFixesTheRest() {
    VocabularyGroup g = triples();
    assertEquals(2, g.act(1, 1));
    assertEquals(1, g.act(1, 3));
    assertEquals(3, g.act(2, 1));
    assertEquals(7, g.act(1, 7));
    assertEquals(12, g.act(2, 12));
    for (int e = 0; e < 3; e++) {
      for (int v = 0; v < 20; v++) {
        assertEquals(v, g.act(g.inverse(e), g.act(e, v)));
      }
    }
  }

  @Test
  void wordsAreClassifiedAsEqualityNeutralOrGeneral() {
    VocabularyGroup g = pairs();
    assertTrue(g.isEquality(3) && g.isNeutral(5) && g.isGeneral(9));
    assertEquals(1, g.orbitRepresentative(2));
  }

  @Test
  void actingOnLogitsMovesEachValueWithItsToken() {
    VocabularyGroup g = pairs();
    float[] logits = new float[20];
    logits[1] = 7;
    assertEquals(7, g.actOnLogits(1, logits)[2]);
  }

  @Test
  void inconsistentWordListsAreRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> VocabularyGroup.of(10, List.of(new int[] {1, 2}, new int[] {3, 4, 5}), new int[0]));
    assertThrows(
        IllegalArgumentException.class,
        () -> VocabularyGroup.of(10, List.of(new int[] {1, 2}), new int[] {2}));
    assertThrows(
        IllegalArgumentException.class,
        () -> VocabularyGroup.of(10, List.of(new int[] {1, 2}, new int[] {2, 3}), new int[0]));
  }
}
