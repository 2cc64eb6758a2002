package io.equirl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run directory is resumed or overwritten only as what it is. */
class RunKindTest {

  @Test
  void aFinetuneOutputDoesNotResumeAndForceClearsAnOldRunsCheckpoints(@TempDir Path tmp)
      throws Exception {
    Path run = tmp.resolve("run");
    assertEquals(0, trainSmall(run).code());
    Path over = tmp.resolve("over");
    assertEquals(0, trainSmall(over).code());
    assertTrue(java.nio.file.Files.isDirectory(over.resolve("checkpoints")));
    CliRun f =
        CliRun.of(
            "finetune",
            "--model",
            run.toString(),
            "--policy",
            "equitune",
            "--steps",
            "100",
            "--force",
            "--out",
            over.toString());
    assertEquals(0, f.code(), f.err());
    assertFalse(
        java.nio.file.Files.exists(over.resolve("checkpoints")),
        "a later --resume would restore the old run over the finetuned model");
    byte[] model = java.nio.file.Files.readAllBytes(over.resolve("model.params"));
    CliRun r = CliRun.of("train", "--resume", over.toString(), "--quiet");
    assertEquals(2, r.code(), r.err());
    assertEquals(
        "equirl: "
            + over
            + " is a finetune output, not a training run; only training"
            + " runs resume (finetune again, with --force, to redo it)",
        r.err().strip());
    assertTrue(
        java.util.Arrays.equals(
            model, java.nio.file.Files.readAllBytes(over.resolve("model.params"))));
  }

  @Test
  void anExperimentsFolderIsNamedAsOneByEveryCommandThatWantsARun(@TempDir Path tmp)
      throws Exception {
    Path exp = tmp.resolve("exp");
    java.nio.file.Files.createDirectories(exp.resolve("seed-0"));
    java.nio.file.Files.writeString(exp.resolve("results.json"), "{}");
    String expected =
        "equirl: "
            + exp
            + " is an experiment's output, not a training run; its runs are the seed-N folders in"
            + " it";
    for (CliRun r :
        java.util.List.of(
            CliRun.of("train", "--resume", exp.toString(), "--quiet"),
            CliRun.of("eval", "--model", exp.toString()),
            CliRun.of("lambda-train", "--model", exp.toString()))) {
      assertEquals(2, r.code(), r.err());
      assertEquals(expected, r.err().strip());
    }
  }

  /** A 200-step CartPole run with a checkpoint, into {@code out}. */
  private static CliRun trainSmall(Path out) {
    return CliRun.of(
        "train",
        "--env",
        "cartpole",
        "--steps",
        "200",
        "--quiet",
        "--set",
        "learning_starts=100",
        "--set",
        "checkpoint_interval=100",
        "--out",
        out.toString());
  }
}
