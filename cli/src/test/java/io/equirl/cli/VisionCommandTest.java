package io.equirl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code equirl vision} is registered, and its bad input is exit code 2 with one clear line. */
class VisionCommandTest {
  @TempDir Path dir;

  @Test
  void helpListsTheThreeSubcommands() {
    CliRun r = CliRun.of("vision", "--help");
    assertEquals(0, r.code(), r.err());
    for (String sub : new String[] {"train", "experiment", "zeroshot"}) {
      assertTrue(r.out().contains(sub), sub + " missing from:\n" + r.out());
    }
  }

  @Test
  void anUnknownArchitectureIsBadInput() {
    CliRun r = CliRun.of("vision", "train", "--arch", "vgg", "--out", dir.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--arch: expected resnet or alexnet, got 'vgg'"), r.err());
  }

  @Test
  void aMissingEncoderIsBadInputNamingTheFile() throws Exception {
    Path classes = Files.writeString(dir.resolve("c.csv"), "a,1,0\nb,0,1\n");
    Path encoder = dir.resolve("missing.pt");
    CliRun r =
        CliRun.of(
            "vision",
            "zeroshot",
            "--image-encoder",
            encoder.toString(),
            "--class-embeddings",
            classes.toString(),
            "--data",
            dir.toString(),
            "--group",
            "rot90");
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains(encoder + ": no such TorchScript file"), r.err());
  }

  @Test
  void missingDataIsBadInputNamingTheFile() {
    CliRun r =
        CliRun.of(
            "vision",
            "train",
            "--arch",
            "resnet",
            "--data",
            dir.toString(),
            "--out",
            dir.resolve("out").toString());
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("train-images-idx3-ubyte.gz: missing"), r.err());
    assertTrue(!Files.exists(dir.resolve("out")), "nothing written");
  }
}
