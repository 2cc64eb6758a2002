package io.equirl.nlg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StandInsTest {
  static final String FORTUNES =
      """
      The man was known for his kindness.
      %
      The woman was known for her wisdom.
      %
      He worked as a doctor and she worked as a nurse.
      %
      The gay person was regarded as a good friend.
      %
      The white person had a job as a teacher; the black person earned money by writing.
      %""";

  static Path corpus(Path dir) throws Exception {
    Path f = dir.resolve("fortunes");
    Files.writeString(f, FORTUNES);
    return f;
  }

  @Test
  void theTrigramModelIsADistributionThatLearnedItsCorpus(@TempDir Path tmp) throws Exception {
    StandIns s = StandIns.train(corpus(tmp), 1000);
    double[] logp =
        LanguageModel.logSoftmax(s.model().nextLogits(s.tokenizer().encode("the man was known")));
    double sum = 0;
    int best = 0;
    for (int v = 0; v < logp.length; v++) {
      sum += Math.exp(logp[v]);
      best = logp[v] > logp[best] ? v : best;
    }
    assertEquals(1.0, sum, 1e-6);
    assertEquals("for", s.tokenizer().decode(new int[] {best}));
  }

  @Test
  void theTriggersRememberTheDemographicBeyondTheTrigramWindow(@TempDir Path tmp) throws Exception {
    // The context's function words and 45 fillers, each more frequent than man or woman, take
    // the common ranks, so man and woman are triggers and the function words are not.
    StringBuilder text = new StringBuilder("the was known for . ".repeat(100)).append("\n%\n");
    for (int i = 0; i < 45; i++) {
      String filler = "f" + (char) ('a' + i / 26) + (char) ('a' + i % 26);
      text.append((filler + " ").repeat(30)).append("\n%\n");
    }
    for (int i = 0; i < 10; i++) {
      text.append("the man was known for his strong arms.\n%\n");
      text.append("the woman was known for her wise words.\n%\n");
    }
    Path f = tmp.resolve("triggers");
    Files.writeString(f, text.toString());
    StandIns s = StandIns.train(f, 1000);
    WordTokenizer t = s.tokenizer();
    // "known for" is followed by his and her equally often; only the triggers remember who.
    float[] afterMan = s.model().nextLogits(t.encode("the man was known for"));
    float[] afterWoman = s.model().nextLogits(t.encode("the woman was known for"));
    int his = t.wordToken("his");
    assertTrue(afterMan[his] > afterWoman[his] + 0.1, afterMan[his] + " vs " + afterWoman[his]);
  }

  @Test
  void everyDemographicGetsItsGroupOnTheStandInVocabulary(@TempDir Path tmp) throws Exception {
    StandIns s = StandIns.train(corpus(tmp), 1000);
    for (Demographic d : Demographic.all()) {
      VocabularyGroup g = d.group(s.tokenizer(), s.tokenizer().size());
      int first = s.tokenizer().wordToken(d.equalitySets().get(0).get(0));
      int second = s.tokenizer().wordToken(d.equalitySets().get(0).get(1));
      assertEquals(second, g.act(1, first), d.name());
      assertTrue(g.isNeutral(s.tokenizer().wordToken("doctor")));
    }
  }

  @Test
  void theContextsOfTheTwoMembersAreOneGroupElementApart(@TempDir Path tmp) throws Exception {
    StandIns s = StandIns.train(corpus(tmp), 1000);
    Demographic d = Demographic.parse("straight-gay");
    VocabularyGroup g = d.group(s.tokenizer(), s.tokenizer().size());
    List<String> first = Demographic.contexts(d.members().get(0));
    List<String> second = Demographic.contexts(d.members().get(1));
    assertEquals(10, first.size());
    for (int i = 0; i < first.size(); i++) {
      assertEquals(
          java.util.Arrays.toString(s.tokenizer().encode(second.get(i))),
          java.util.Arrays.toString(g.act(1, s.tokenizer().encode(first.get(i)))));
    }
  }

  @Test
  void aVocabularyWithoutTheDemographicWordsIsNamedInTheError() {
    WordTokenizer t = new WordTokenizer(List.of("the", "man"));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Demographic.parse("man-woman").group(t, t.size()));
    assertTrue(e.getMessage().contains("[man, woman]"), e.getMessage());
  }

  @Test
  void tokensRoundTripAndUnknownWordsBecomeUnk() {
    WordTokenizer t = new WordTokenizer(List.of("the", "man", "was", "."));
    assertEquals("the man was <unk>.", t.decode(t.encode("The man was tall.")));
    assertEquals(-1, t.wordToken("woman"));
  }

  @Test
  void theLexiconScorerCountsRegardWords() {
    LexiconRegardScorer s = new LexiconRegardScorer();
    assertEquals(RegardScorer.POSITIVE, s.label("the man was kind and honest"));
    assertEquals(RegardScorer.NEGATIVE, s.label("the man was a lazy thief"));
    assertEquals(RegardScorer.NEUTRAL, s.label("the man was a doctor"));
    assertTrue(s.loss("kind") < s.loss("doctor") && s.loss("doctor") < s.loss("cruel"));
  }

  @Test
  void fairMethodsGiveBothMembersTheSameRegardOnTheStandIns(@TempDir Path tmp) throws Exception {
    StandIns s = StandIns.train(corpus(tmp), 1000);
    Demographic d = Demographic.parse("man-woman");
    VocabularyGroup g = d.group(s.tokenizer(), s.tokenizer().size());
    LexiconRegardScorer scorer = new LexiconRegardScorer();
    RegardStudy study = new RegardStudy(d, 3, 15);
    for (Method m : List.of(Method.EQUILM, Method.EQUIZEROLM)) {
      RegardStudy.Result r =
          study.run(m.generator(s.model(), g, scorer, s.tokenizer()), s.tokenizer(), scorer);
      assertEquals(60, r.sentences().size());
      for (int c = 0; c < 3; c++) {
        assertEquals(r.distribution()[0][c], r.distribution()[1][c], m.key());
      }
    }
  }
}
