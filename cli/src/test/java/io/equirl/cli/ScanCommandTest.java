package io.equirl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanCommandTest {
  @TempDir Path dir;

  @Test
  void unknownSplitIsBadInputAndWritesNothing() {
    Path out = dir.resolve("run");
    CliRun r =
        CliRun.of("scan", "train", "--split", "length", "--cell", "lstm", "--out", out.toString());
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("unknown SCAN split 'length'"), r.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void unknownCellIsBadInputAndWritesNothing() {
    Path out = dir.resolve("run");
    CliRun r =
        CliRun.of(
            "scan",
            "train",
            "--split",
            "add_jump",
            "--cell",
            "transformer",
            "--out",
            out.toString());
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("unknown cell 'transformer'"), r.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void malformedFileIsBadInputNamingFileAndLine() throws Exception {
    Path train = dir.resolve("train.txt");
    Files.writeString(train, "IN: walk OUT: I_WALK\nIN: run twice\n");
    Path test = dir.resolve("test.txt");
    Files.writeString(test, "IN: run OUT: I_RUN\n");
    Path out = dir.resolve("run");
    CliRun r =
        CliRun.of(
            "scan",
            "train",
            "--split",
            "add_jump",
            "--cell",
            "gru",
            "--train-file",
            train.toString(),
            "--test-file",
            test.toString(),
            "--out",
            out.toString());
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains(train + ":2: malformed SCAN line"), r.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void shortTrainingRunWritesModelAndSummary() throws Exception {
    Path train = dir.resolve("train.txt");
    Files.writeString(
        train,
        "IN: walk OUT: I_WALK\nIN: run twice OUT: I_RUN I_RUN\n"
            + "IN: look left OUT: I_TURN_LEFT I_LOOK\nIN: jump OUT: I_JUMP\nIN: walk right OUT:"
            + " I_TURN_RIGHT I_WALK\n");
    Path test = dir.resolve("test.txt");
    Files.writeString(test, "IN: jump twice OUT: I_JUMP I_JUMP\n");
    Path out = dir.resolve("run");
    CliRun r =
        CliRun.of(
            "scan",
            "train",
            "--split",
            "add_jump",
            "--cell",
            "rnn",
            "--train-file",
            train.toString(),
            "--test-file",
            test.toString(),
            "--iterations",
            "30",
            "--out",
            out.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("best validation"), r.out());
    assertTrue(Files.isRegularFile(out.resolve("model.bin")));
    assertEquals(
        30,
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(out.resolve("summary.json").toFile())
            .path("iterations")
            .asInt());
    CliRun eval =
        CliRun.of(
            "scan",
            "eval",
            "--split",
            "add_jump",
            "--train-file",
            train.toString(),
            "--test-file",
            test.toString(),
            "--model",
            out.resolve("model.bin").toString());
    assertEquals(0, eval.code(), eval.err());
    assertTrue(eval.out().contains("equizero-entropy"), eval.out());
  }
}
