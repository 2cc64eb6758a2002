package io.equirl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NlgCommandTest {
  private static Path corpus(Path dir) throws Exception {
    Path f = dir.resolve("corpus.txt");
    Files.writeString(
        f,
        "The man was known for his kindness.\n%\nThe woman was known for her "
            + "wisdom.\n%\nShe worked as a doctor and he worked as a nurse.\n");
    return f;
  }

  @Test
  void generateWritesSentencesRegardAndFigureNamingTheStandIns(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("nlg");
    CliRun r =
        CliRun.of(
            "nlg",
            "generate",
            "--lm",
            "ngram:" + corpus(tmp),
            "--scorer",
            "lexicon",
            "--method",
            "equizerolm",
            "--demographic",
            "man-woman",
            "--samples",
            "2",
            "--out",
            out.toString());
    assertEquals(0, r.code(), r.err());
    List<String> rows = Files.readAllLines(out.resolve("sentences.tsv"));
    assertEquals(1 + 2 * 10 * 2, rows.size());
    assertTrue(rows.get(1).startsWith("man\tThe man was known for\t0\t"), rows.get(1));
    String json = Files.readString(out.resolve("regard.json"));
    assertTrue(
        json.contains("stand-in word trigram LM (not GPT-2)")
            && json.contains("stand-in lexicon regard scorer"),
        json);
    assertTrue(Files.size(out.resolve("regard.png")) > 1000);
    assertTrue(r.out().contains("stand-in"), r.out());
  }

  @Test
  void unknownMethodAndMissingCorpusAreBadInput(@TempDir Path tmp) throws Exception {
    CliRun method =
        CliRun.of(
            "nlg",
            "generate",
            "--lm",
            "ngram:" + corpus(tmp),
            "--scorer",
            "lexicon",
            "--method",
            "beam",
            "--out",
            tmp.resolve("a").toString());
    assertEquals(2, method.code(), method.err());
    assertTrue(method.err().contains("unknown method beam"), method.err());
    CliRun missing =
        CliRun.of(
            "nlg",
            "generate",
            "--lm",
            "ngram:" + tmp.resolve("nope"),
            "--scorer",
            "lexicon",
            "--out",
            tmp.resolve("b").toString());
    assertEquals(2, missing.code(), missing.err());
    assertTrue(missing.err().contains("--corpus") || missing.err().contains("nope"), missing.err());
  }
}
