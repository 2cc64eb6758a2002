package io.equirl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A normal run prints no engine log lines; {@code --verbose} shows them; an error still reaches the
 * user. In a fresh JVM each, since logging is configured once per process.
 */
class QuietOutputTest {

  @Test
  void engineLogLinesOnlyWithVerbose(@TempDir Path tmp) throws Exception {
    String[] train = {
      "train", "--env", "cartpole", "--steps", "200", "--set", "learning_starts=100"
    };
    Result quiet = equirl(tmp, concat(train, "--out", tmp.resolve("quiet").toString()));
    assertEquals(0, quiet.code, quiet.err);
    assertFalse(quiet.err.contains("ai.djl"), "engine log lines on a normal run:\n" + quiet.err);
    assertTrue(Files.exists(tmp.resolve("quiet/model.params")), "the run itself happened");

    Result verbose =
        equirl(
            tmp,
            concat(
                new String[] {"--verbose"},
                concat(train, "--out", tmp.resolve("verbose").toString())));
    assertEquals(0, verbose.code, verbose.err);
    assertTrue(
        verbose.err.contains("ai.djl"), "--verbose shows the engine's lines:\n" + verbose.err);
  }

  @Test
  void errorsStillReachTheUser(@TempDir Path tmp) {
    CliRun failed =
        CliRun.of("eval", "--model", tmp.resolve("none").toString(), "--policy", "greedy");
    assertEquals(2, failed.code(), failed.err());
    assertTrue(failed.err().startsWith("equirl: "), "the error reaches the user:\n" + failed.err());
  }

  private record Result(int code, String err) {}

  private static Result equirl(Path tmp, String... args) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-cp",
                System.getProperty("java.class.path"),
                EquiRl.class.getName()));
    command.addAll(List.of(args));
    Path err = Files.createTempFile(tmp, "stderr", ".txt");
    Process p =
        new ProcessBuilder(command)
            .redirectError(err.toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("equirl did not finish in 5 minutes");
    }
    return new Result(p.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
  }

  private static String[] concat(String[] a, String... b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
