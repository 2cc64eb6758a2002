package io.equirl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

  private static Path train(Path out, String... extra) {
    String[] base = {
      "train",
      "--env",
      "cartpole",
      "--preset",
      "paper",
      "--steps",
      "400",
      "--seed",
      "1",
      "--set",
      "learning_starts=100",
      "--quiet",
      "--out",
      out.toString()
    };
    String[] args = java.util.Arrays.copyOf(base, base.length + extra.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    CliRun r = CliRun.of(args);
    assertEquals(0, r.code(), r.err());
    return out;
  }

  @Test
  void bestEvaluatesTheKeptModelAndNamesWhatIsMissing(@TempDir Path tmp) {
    Path kept = train(tmp.resolve("kept"), "--set", "eval_freq=200", "--set", "eval_episodes=2");
    assertTrue(Files.isRegularFile(kept.resolve("best.params")));
    CliRun best = CliRun.of("eval", "--model", kept.toString(), "--best", "--episodes", "3");
    assertEquals(0, best.code(), best.err());
    assertTrue(best.out().contains("greedy of best.params, 3 episodes"), best.out());

    CliRun lambda = CliRun.of("eval", "--model", kept.toString(), "--best", "--policy", "lambda");
    assertEquals(2, lambda.code(), lambda.err());
    assertTrue(lambda.err().contains("trained on its final model"), lambda.err());

    Path plain = train(tmp.resolve("plain"));
    CliRun none = CliRun.of("eval", "--model", plain.toString(), "--best");
    assertEquals(2, none.code(), none.err());
    assertTrue(none.err().contains("eval_freq"), none.err());
  }
}
