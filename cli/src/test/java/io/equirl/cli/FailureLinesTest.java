package io.equirl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
    CliRun r = hugeBufferTrain(out);
    assertEquals(2, r.code(), r.err());
    assertTrue(
        r.err().startsWith("equirl: buffer_size: 500000000 transitions of 4 floats need "),
        r.err());
    assertFalse(Files.exists(out), "left behind: " + out);
  }

  @Test
  void aFailedExperimentStartLeavesNoOutputFolder(@TempDir Path tmp) {
    Path out = tmp.resolve("exp");
    CliRun badSpec =
        CliRun.of("experiment", "--env", "cartpole", "--seeds", "0", "--out", "" + out);
    assertEquals(2, badSpec.code(), badSpec.err());
    assertEquals("equirl: --seeds: must be in 1..100, got 0", badSpec.err().strip());
    CliRun badJobs =
        CliRun.of("experiment", "--env", "cartpole", "--jobs", "0", "--out", out.toString());
    assertEquals(2, badJobs.code(), badJobs.err());
    assertFalse(Files.exists(out), "left behind: " + out);
    CliRun unwritable = CliRun.of("experiment", "--env", "cartpole", "--out", "/proc/equirl-x");
    assertEquals(2, unwritable.code(), unwritable.err());
    assertTrue(
        unwritable.err().startsWith("equirl: cannot write /proc/equirl-x: "), unwritable.err());
    assertEquals(1, unwritable.err().strip().split("\n").length, unwritable.err());
  }

  @Test
  void aRefusedStartLeavesTheRunsAndFoldersAsTheyWere(@TempDir Path tmp) throws Exception {
    Path run = tmp.resolve("run");
    CliRun trained =
        CliRun.of("train", "--env", "cartpole", "--steps", "200", "--quiet", "--out", "" + run);
    assertEquals(0, trained.code(), trained.err());
    Map<Path, String> before = digests(run);

    // --force over a run, with a buffer no heap holds: refused before the old run is deleted.
    CliRun huge = hugeBufferTrain(run, "--force");
    assertEquals(2, huge.code(), huge.err());
    assertTrue(huge.err().contains(" MiB this JVM may use; lower buffer_size"), huge.err());
    assertEquals(before, digests(run), "the earlier run changed");

    // finetune's output is checked before it trains, and a missing model makes no --out.
    CliRun proc =
        CliRun.of(
            "finetune",
            "--model",
            run.toString(),
            "--policy",
            "equitune",
            "--steps",
            "100000",
            "--out",
            "/proc/equirl-x");
    assertEquals(2, proc.code(), proc.err());
    assertTrue(proc.err().startsWith("equirl: cannot write /proc/equirl-x: "), proc.err());
    Path tuned = tmp.resolve("tuned");
    CliRun noModel =
        CliRun.of(
            "finetune",
            "--model",
            tmp.resolve("none").toString(),
            "--policy",
            "equitune",
            "--steps",
            "10",
            "--out",
            tuned.toString());
    assertEquals(2, noModel.code(), noModel.err());
    assertFalse(Files.exists(tuned), "left behind: " + tuned);
    CliRun noLambda =
        CliRun.of("lambda-train", "--model", tmp.resolve("none").toString(), "--steps", "10");
    assertEquals(2, noLambda.code(), noLambda.err());
    assertFalse(Files.exists(tmp.resolve("none")), "lambda-train made its --model");
    assertEquals(before, digests(run), "a refused command changed the run");
  }

  /** {@code train} into {@code out} with a replay buffer of 500 million transitions. */
  private static CliRun hugeBufferTrain(Path out, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "train",
                "--env",
                "cartpole",
                "--steps",
                "500000000",
                "--set",
                "buffer_size=500000000",
                "--out",
                out.toString()));
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  /** Every file under {@code dir} with the SHA-256 of its bytes. */
  private static Map<Path, String> digests(Path dir) throws Exception {
    Map<Path, String> all = new TreeMap<>();
    try (var files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        byte[] sha = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f));
        all.put(dir.relativize(f), HexFormat.of().formatHex(sha));
      }
    }
    return all;
  }
}
