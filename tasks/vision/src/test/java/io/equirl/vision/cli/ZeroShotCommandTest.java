package io.equirl.vision.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.equirl.vision.data.IdxFixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code equirl vision zeroshot} end to end, as a user runs it: the committed TorchScript encoder,
 * its class embeddings and IDX files on disk, a table on stdout and a CSV file.
 */
class ZeroShotCommandTest {
  @TempDir Path dir;

  @Test
  void printsOneRowPerMethodAndWritesTheCsv() throws Exception {
    IdxFixtures.split(dir, "t10k", 24, 1);
    IdxFixtures.split(dir, "train", 24, 2);
    Path encoder = Path.of(getClass().getResource("/clip/tiny_image_encoder.pt").toURI());
    Path classes = Path.of(getClass().getResource("/clip/tiny_class_embeddings.csv").toURI());
    Path csv = dir.resolve("rows.csv");
    StringWriter out = new StringWriter();
    CommandLine cl = new CommandLine(new VisionCommand());
    cl.setOut(new PrintWriter(out));
    int code =
        cl.execute(
            "zeroshot",
            "--image-encoder",
            encoder.toString(),
            "--class-embeddings",
            classes.toString(),
            "--data",
            dir.toString(),
            "--group",
            "flip",
            "--size",
            "56",
            "--lambda-steps",
            "2",
            "--batch",
            "8",
            "--csv",
            csv.toString());
    assertEquals(0, code, out.toString());
    for (String method :
        new String[] {"encoder alone", "equitune", "equizero (max similarity)", "λ-equitune"}) {
      assertTrue(out.toString().contains("| flip | " + method + " |"), out.toString());
    }
    assertEquals(5, Files.readAllLines(csv).size());
  }
}
