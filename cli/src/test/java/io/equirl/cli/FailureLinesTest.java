package io.equirl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every failure is one line; usage follows only {@code --help}; {@code --verbose} adds a trace. */
class FailureLinesTest {

  @Test
  void aUsageErrorIsItsLinePlusWhereTheUsageIs() {
    CliRun r = CliRun.of("train", "--env", "cartpole", "--bogus");
    assertEquals(2, r.code());
    assertEquals("equirl: Unknown option: '--bogus'\nsee equirl train --help", r.err().strip());
  }

  @Test
  void helpStillPrintsTheUsage() {
    CliRun r = CliRun.of("train", "--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("--resume"), r.out());
  }

  @Test
  void anEmptyNetArchSaysItNeedsALayer(@TempDir Path tmp) {
    CliRun r =
        CliRun.of(
            "train",
            "--env",
            "cartpole",
            "--set",
            "net_arch=[]",
            "--out",
            tmp.resolve("a").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("equirl: net_arch: needs at least one layer"), r.err());
    assertEquals(1, r.err().strip().split("\n").length, r.err());
  }

  @Test
  void verboseAddsTheStackTrace(@TempDir Path tmp) {
    String model = tmp.resolve("missing").toString();
    CliRun quiet = CliRun.of("eval", "--model", model);
    CliRun verbose = CliRun.of("--verbose", "eval", "--model", model);
    assertEquals(2, quiet.code(), quiet.err());
    assertEquals(1, quiet.err().strip().split("\n").length, quiet.err());
    assertFalse(quiet.err().contains("\tat "), quiet.err());
    assertTrue(verbose.err().startsWith(quiet.err().strip()), verbose.err());
    assertTrue(verbose.err().contains("\tat io.equirl."), verbose.err());
  }

  @Test
  void aFileSystemErrorNamesThePathAndTheReason() {
    assertEquals(
        "cannot use /x: Read-only file system",
        FailureHandler.line(
            new java.nio.file.FileSystemException("/x", null, "Read-only file system")));
  }

  @Test
  void anOutputFileIsCheckedBeforeAnyWork(@TempDir Path tmp) {
    Path json = tmp.resolve("missing").resolve("r.json");
    CliRun r =
        CliRun.of("eval", "--model", tmp.resolve("no-model").toString(), "--json", json.toString());
    assertEquals(2, r.code(), r.err());
    assertEquals(
        "equirl: --json: cannot write " + json + ": folder " + json.getParent() + " does not exist",
        r.err().strip());
  }

  @Test
  void aFailedStartLeavesNoOutputFolder(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("new");
    // 500 million transitions of CartPole's 4 floats need about 20 GB: refused before allocating.
    CliRun r =
        CliRun.of(
            "train",
            "--env",
            "cartpole",
            "--steps",
            "500000000",
            "--set",
            "buffer_size=500000000",
            "--out",
            out.toString());
    assertEquals(2, r.code(), r.err());
    assertTrue(
        r.err().startsWith("equirl: buffer_size: 500000000 transitions of 4 floats need "),
        r.err());
    assertFalse(java.nio.file.Files.exists(out), "left behind: " + out);
  }
}
