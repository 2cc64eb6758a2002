package io.equirl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {

  private static void usageError(CliRun r, String... fragments) {
    assertEquals(2, r.code(), r.err());
    for (String f : fragments) {
      assertTrue(r.err().contains(f), "expected '" + f + "' in: " + r.err());
    }
  }

  @Test
  void unknownEnvAndPresetListTheValidOnes(@TempDir Path tmp) {
    usageError(
        CliRun.of("train", "--env", "pong", "--out", tmp.resolve("a").toString()),
        "cartpole, acrobot, gridworld");
    usageError(
        CliRun.of(
            "train", "--env", "cartpole", "--preset", "best", "--out", tmp.resolve("b").toString()),
        "zoo, paper");
    usageError(
        CliRun.of(
            "train", "--env", "cartpole", "--device", "tpu", "--out", tmp.resolve("c").toString()),
        "cpu, gpu");
  }

  @Test
  void invalidValuesNameTheFieldAndRule(@TempDir Path tmp) {
    String out = tmp.resolve("a").toString();
    usageError(
        CliRun.of("train", "--env", "cartpole", "--set", "learning_rate=-1", "--out", out),
        "learning_rate: must be a finite number > 0");
    usageError(
        CliRun.of("train", "--env", "cartpole", "--set", "buffer_size=10", "--out", out),
        "batch_size: must not exceed buffer_size (10)");
    usageError(
        CliRun.of("train", "--env", "cartpole", "--set", "lr=1", "--out", out),
        "unknown key 'lr'",
        "learning_rate",
        "target_update_interval");
    usageError(
        CliRun.of("train", "--env", "cartpole", "--steps", "-5", "--out", out),
        "total_timesteps: must be > 0");
    assertTrue(Files.notExists(tmp.resolve("a")), "nothing written for invalid input");
  }

  @Test
  void optionCombinationsAreChecked(@TempDir Path tmp) {
    usageError(CliRun.of("train", "--env", "cartpole"), "--out DIR");
    usageError(CliRun.of("train", "--out", tmp.resolve("x").toString()), "--env is required");
    usageError(
        CliRun.of("train", "--resume", tmp.toString(), "--env", "cartpole"),
        "--resume continues a run");
    usageError(
        CliRun.of("train", "--resume", tmp.resolve("none").toString()), "not a training run");
  }

  @Test
  void trainsWritesTheRunAndRefusesToOverwriteIt(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("run");
    String[] args = {
      "train",
      "--env",
      "cartpole",
      "--preset",
      "paper",
      "--steps",
      "400",
      "--seed",
      "3",
      "--set",
      "learning_starts=100",
      "--set",
      "checkpoint_interval=200",
      "--set",
      "log_interval=100",
      "--out",
      out.toString()
    };
    CliRun r = CliRun.of(args);
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("trained CartPole-v1 for 400 steps"), r.out());
    assertTrue(r.err().contains("CartPole-v1"), "progress bar on stderr: " + r.err());
    for (String f : new String[] {"config.json", "progress.csv", "model.params"}) {
      assertTrue(Files.isRegularFile(out.resolve(f)), f);
    }
    assertEquals(5, Files.readAllLines(out.resolve("progress.csv")).size());
    usageError(CliRun.of(args), "already exists", "--resume", "--force");
    String[] forced = java.util.Arrays.copyOf(args, args.length + 1);
    forced[args.length] = "--force";
    assertEquals(0, CliRun.of(forced).code());
    // Resuming a finished run has nothing left to do and succeeds.
    CliRun resumed = CliRun.of("train", "--resume", out.toString(), "--quiet");
    assertEquals(0, resumed.code(), resumed.err());
    assertTrue(resumed.out().contains("for 400 steps"), resumed.out());
  }
}
