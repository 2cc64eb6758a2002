package io.equirl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The corruption matrix: one file of a finished run or of its checkpoint is damaged (truncated,
 * garbage bytes, a key removed, a number edited out of range), then a command that reads it runs.
 * Each time: exit code 2, one line that names the damaged file and says what is wrong, and nothing
 * on disk changed.
 */
class CorruptionMatrixTest {
  @TempDir static Path shared;
  private static Path trained;

  @BeforeAll
  static void trainOnce() {
    trained = shared.resolve("run");
    CliRun r =
        CliRun.of(
            "train",
            "--env",
            "cartpole",
            "--steps",
            "300",
            "--seed",
            "1",
            "--set",
            "learning_starts=100",
            "--set",
            "checkpoint_interval=200",
            "--set",
            "log_interval=100",
            "--quiet",
            "--out",
            trained.toString());
    assertEquals(0, r.code(), r.err());
  }

  @ParameterizedTest(name = "{1} {2} through {0}")
  @CsvSource({
    "resume, config.json,           truncate,    not valid JSON at line",
    "resume, config.json,           garbage,     not valid JSON at line",
    "resume, config.json,           drop:env,    missing key env",
    "resume, config.json,           seed:-3,     'seed: must be >= 0, got -3'",
    "eval,   config.json,           truncate,    not valid JSON at line",
    "eval,   config.json,           drop:network, missing key network",
    "eval,   config.json,           seed:-3,     'seed: must be >= 0, got -3'",
    "eval,   model.params,          truncate,    truncated",
    "resume, CHECKPOINT/state.json, truncate,    not valid JSON at line",
    "resume, CHECKPOINT/state.json, garbage,     not valid JSON at line",
    "resume, CHECKPOINT/state.json, drop:num_timesteps, missing key num_timesteps",
    "resume, CHECKPOINT/replay.bin, truncate,    truncated (expected",
    "resume, CHECKPOINT/replay.bin, header,      damaged header",
    "resume, CHECKPOINT/optimizer.bin, truncate, truncated (expected",
    "resume, CHECKPOINT/online.params, truncate, truncated",
    "resume, CHECKPOINT/target.params, truncate, truncated",
    "resume, CHECKPOINT/progress.csv, empty,     does not start with the header line",
    "resume, CHECKPOINT/progress.csv, garbage,   not UTF-8 text",
  })
  void aDamagedFileIsOneLineNamingItAndChangesNothing(
      String command, String file, String damage, String problem, @TempDir Path tmp)
      throws Exception {
    Path run = tmp.resolve("run");
    copyTree(trained, run);
    Path damaged = run.resolve(file.replace("CHECKPOINT", checkpointOf(run)));
    damage(damaged, damage);
    Map<String, String> before = hashes(run);

    CliRun r =
        command.equals("eval")
            ? CliRun.of("eval", "--model", run.toString(), "--episodes", "1")
            : CliRun.of("train", "--resume", run.toString(), "--quiet");

    assertEquals(2, r.code(), r.err());
    String[] lines = r.err().strip().split("\n", -1);
    assertEquals(1, lines.length, "one line: " + r.err());
    assertTrue(lines[0].startsWith("equirl: " + damaged + ": "), lines[0]);
    assertTrue(lines[0].contains(problem), lines[0]);
    assertEquals(before, hashes(run), "the run directory changed");
  }

  private static String checkpointOf(Path run) throws IOException {
    try (Stream<Path> s = Files.list(run.resolve("checkpoints"))) {
      return "checkpoints/" + s.findFirst().orElseThrow().getFileName();
    }
  }

  private static void damage(Path file, String how) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String text = new String(bytes, StandardCharsets.UTF_8);
    switch (how.split(":", -1)[0]) {
      case "truncate" -> {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
          f.setLength(bytes.length / 2);
        }
      }
      case "empty" -> Files.write(file, new byte[0]);
      case "garbage" -> {
        bytes[bytes.length / 3] = (byte) 0xff;
        bytes[bytes.length / 3 + 1] = (byte) 0xfe;
        Files.write(file, bytes);
      }
      case "drop" ->
          Files.writeString(file, text.replace("\"" + how.substring(5) + "\"", "\"renamed\""));
      case "seed" ->
          Files.writeString(
              file, text.replaceFirst("\"seed\" : \\d+", "\"seed\" : " + how.substring(5)));
      case "header" -> {
        bytes[0] = 0x7f; // the capacity becomes about two billion transitions
        Files.write(file, bytes);
      }
      default -> throw new IllegalArgumentException(how);
    }
  }

  /** SHA-256 of every file but the lock (which records the last writer's pid). */
  static Map<String, String> hashes(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
        if (!p.getFileName().toString().equals(".lock")) {
          out.put(dir.relativize(p).toString(), sha256(Files.readAllBytes(p)));
        }
      }
    }
    return out;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Files.copy(p, to.resolve(from.relativize(p).toString()));
      }
    }
  }
}
