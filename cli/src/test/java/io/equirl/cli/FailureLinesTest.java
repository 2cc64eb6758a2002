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
    assertEquals("equirl: Unknown option: '--bogus'\nsee equirl train --help",
        r.err().strip());
  }

  @Test
  void helpStillPrintsTheUsage() {
    CliRun r = CliRun.of("train", "--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("--resume"), r.out());
  }

  @Test
  void anEmptyNetArchSaysItNeedsALayer(@TempDir Path tmp) {
    CliRun r = CliRun.of("train", "--env", "cartpole", "--set", "net_arch=[]",
        "--out", tmp.resolve("a").toString());
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
    assertEquals("cannot use /x: Read-only file system", FailureHandler.line(
        new java.nio.file.FileSystemException("/x", null, "Read-only file system")));
  }
}
