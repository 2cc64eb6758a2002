package io.equirl.nlg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DJL path on the tiny fixtures of src/test/resources/torchscript (see make_fixture.py). */
class TorchScriptTest {
  static Path fixture(String name) throws Exception {
    return Path.of(TorchScriptTest.class.getResource("/torchscript/" + name + "/model.pt").toURI())
        .getParent();
  }

  static NlgModels open() throws Exception {
    return NlgModels.open("torchscript:" + fixture("lm"), "torchscript:" + fixture("scorer"), 0);
  }

  @Test
  void theExportedModelGivesADistributionOverItsTokenizersVocabulary() throws Exception {
    try (NlgModels m = open()) {
      assertEquals(41, m.model().vocabularySize());
      int[] ids = m.tokenizer().encode("The man was known for");
      assertEquals("the man was known for", m.tokenizer().decode(ids));
      assertEquals(m.tokenizer().wordToken("man"), ids[1]);
      float[] after = m.model().nextLogits(ids);
      float[] other = m.model().nextLogits(java.util.Arrays.copyOf(ids, 3));
      assertEquals(41, after.length);
      assertTrue(!java.util.Arrays.equals(after, other), "logits depend on the context");
      assertArrayEquals(after, m.model().nextLogits(ids), "deterministic");
    }
  }

  @Test
  void theClassifierDropsOtherAndRenormalises() throws Exception {
    try (NlgModels m = open()) {
      double[] r = m.scorer().regard("the woman was kind");
      assertEquals(3, r.length);
      assertEquals(1.0, r[0] + r[1] + r[2], 1e-9);
      assertTrue(m.scorer().regard("the man was cruel")[0] != r[0]);
    }
  }

  @Test
  void equiLmAndEquizeroLmAreExactlyFairOnTheExportedModel() throws Exception {
    try (NlgModels m = open()) {
      Demographic d = Demographic.parse("man-woman");
      VocabularyGroup g = d.group(m.tokenizer(), m.model().vocabularySize());
      for (Method method : new Method[] {Method.EQUILM, Method.EQUIZEROLM}) {
        SentenceGenerator gen = method.generator(m.model(), g, m.scorer(), m.tokenizer());
        for (String context : Demographic.contexts("man")) {
          int[] x = m.tokenizer().encode(context);
          long seed = context.length();
          assertArrayEquals(
              g.act(1, gen.continuation(x, 15, seed)),
              gen.continuation(g.act(1, x), 15, seed),
              method + " on " + context);
        }
      }
    }
  }

  @Test
  void missingModelFilesAreBadInputNamingTheFile(@TempDir Path tmp) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> NlgModels.open("torchscript:" + tmp, "lexicon", 0));
    assertTrue(
        e.getMessage().startsWith("--lm: ") && e.getMessage().contains("model.pt"), e.getMessage());
  }
}
