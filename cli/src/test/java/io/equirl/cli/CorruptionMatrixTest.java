package io.equirl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
 * The corruption matrix: one file of a finished run, of its checkpoint, of a λ run ({@code
 * lambda-train} on it) or of a finetune output is damaged (truncated, garbage bytes, bytes flipped
 * in the middle, a key removed, a number edited), then a command that reads it runs. Each time:
 * exit code 2, one line that names the damaged file and says what is wrong, and nothing on disk
 * changed.
 *
 * <p>A file is named {@code [TREE/]PATH}: the training run by default; {@code LAMBDA/} the λ run,
 * {@code FINETUNE/} the finetune output, {@code V1/} the training run turned into format version 1
 * (no checksums, as the first release wrote it), where a damaged file is caught by its parser
 * instead of its checksum. {@code CHECKPOINT} stands for the checkpoint folder.
 */
class CorruptionMatrixTest {
  @TempDir static Path shared;
  private static Path trained;
  private static Path lambda;
  private static Path finetuned;

  @BeforeAll
  static void trainOnce() throws IOException {
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
    lambda = shared.resolve("lambda");
    copyTree(trained, lambda);
    CliRun l = CliRun.of("lambda-train", "--model", lambda.toString(), "--steps", "100");
    assertEquals(0, l.code(), l.err());
    finetuned = shared.resolve("finetune");
    CliRun f =
        CliRun.of(
            "finetune",
            "--model",
            trained.toString(),
            "--policy",
            "equitune",
            "--steps",
            "100",
            "--out",
            finetuned.toString());
    assertEquals(0, f.code(), f.err());
  }

  @ParameterizedTest(name = "{1} {2} through {0}")
  @CsvSource({
    // A run written by this build: every file is checked against its checksum before it is read.
    "eval,   model.params,              flip,       contents do not match its SHA-256 in",
    "eval,   model.params,              truncate,   checksums.json records",
    "eval,   config.json,               set:seed=5, contents do not match its SHA-256 in",
    "resume, config.json,               drop:env,   too long (",
    "finetune, model.params,            flip,       contents do not match its SHA-256 in",
    "lambda-train, config.json,         set:seed=5, contents do not match its SHA-256 in",
    "resume, CHECKPOINT/online.params,  flip,       contents do not match its SHA-256 in",
    "resume, CHECKPOINT/target.params,  flip,       contents do not match its SHA-256 in",
    "resume, CHECKPOINT/replay.bin,     flip,       contents do not match its SHA-256 in",
    "resume, CHECKPOINT/replay.bin,     truncate,   checksums.json records",
    "resume, CHECKPOINT/optimizer.bin,  flip,       contents do not match its SHA-256 in",
    "resume, CHECKPOINT/state.json,     set:num_timesteps=150, contents do not match its SHA-256",
    "resume, CHECKPOINT/progress.csv,   empty,      'truncated (0 bytes;'",
    // The checksum files themselves.
    "eval,   checksums.json,            truncate,   not valid JSON at line",
    "eval,   checksums.json,            garbage,    not valid JSON at line",
    "eval,   checksums.json,            drop:model.params, has no entry for model.params",
    "eval,   checksums.json,            badhash,    sha256: not 64 hex digits",
    "eval,   checksums.json,            delete,     'missing, but'",
    "resume, checksums.json,            truncate,   not valid JSON at line",
    "resume, CHECKPOINT/checksums.json, garbage,    not valid JSON at line",
    "resume, CHECKPOINT/checksums.json, drop:replay.bin, has no entry for replay.bin",
    "resume, CHECKPOINT/checksums.json, delete,     'missing, but'",
    // A λ run and a finetune output, through the commands that read them.
    "eval,   LAMBDA/lambda.params,      flip,       contents do not match its SHA-256 in",
    "eval,   LAMBDA/lambda.params,      truncate,   checksums.json records",
    "eval,   LAMBDA/checksums.json,     drop:lambda.params, has no entry for lambda.params",
    "finetune, LAMBDA/lambda.params,    flip,       contents do not match its SHA-256 in",
    "finetune-lambda, LAMBDA/lambda.json, flip,     contents do not match its SHA-256 in",
    "eval,   FINETUNE/model.params,     flip,       contents do not match its SHA-256 in",
    "eval,   FINETUNE/checksums.json,   delete,     'missing, but'",
    "finetune, FINETUNE/config.json,    set:seed=5, contents do not match its SHA-256 in",
    "lambda-train, FINETUNE/model.params, flip,     contents do not match its SHA-256 in",
    // Format version 1, no checksums: the parsers name the file and the problem.
    "resume, V1/config.json,           truncate,    not valid JSON at line",
    "resume, V1/config.json,           garbage,     not valid JSON at line",
    "resume, V1/config.json,           drop:env,    missing key env",
    "resume, V1/config.json,           set:seed=-3, 'seed: must be >= 0, got -3'",
    "eval,   V1/config.json,           truncate,    not valid JSON at line",
    "eval,   V1/config.json,           drop:network, missing key network",
    "eval,   V1/config.json,           set:seed=-3, 'seed: must be >= 0, got -3'",
    "eval,   V1/model.params,          truncate,    truncated",
    "resume, V1/CHECKPOINT/state.json, truncate,    not valid JSON at line",
    "resume, V1/CHECKPOINT/state.json, garbage,     not valid JSON at line",
    "resume, V1/CHECKPOINT/state.json, drop:num_timesteps, missing key num_timesteps",
    "resume, V1/CHECKPOINT/replay.bin, truncate,    truncated (expected",
    "resume, V1/CHECKPOINT/replay.bin, header,      damaged header",
    "resume, V1/CHECKPOINT/optimizer.bin, truncate, truncated (expected",
    "resume, V1/CHECKPOINT/online.params, truncate, truncated",
    "resume, V1/CHECKPOINT/target.params, truncate, truncated",
    "resume, V1/CHECKPOINT/progress.csv, empty,     does not start with the header line",
    "resume, V1/CHECKPOINT/progress.csv, garbage,   not UTF-8 text",
  })
  void aDamagedFileIsOneLineNamingItAndChangesNothing(
      String command, String file, String damage, String problem, @TempDir Path tmp)
      throws Exception {
    String tree = file.matches("(LAMBDA|FINETUNE|V1)/.*") ? file.split("/", 2)[0] : "";
    Path run = tmp.resolve("run");
    copyTree(tree.equals("LAMBDA") ? lambda : tree.equals("FINETUNE") ? finetuned : trained, run);
    if (tree.equals("V1")) {
      asFormatVersion1(run);
    }
    String inRun = tree.isEmpty() ? file : file.substring(tree.length() + 1);
    Path damaged =
        run.resolve(
            inRun.startsWith("CHECKPOINT")
                ? inRun.replace("CHECKPOINT", checkpointOf(run))
                : inRun);
    damage(damaged, damage);
    Map<String, String> before = hashes(run);
    Path out = tmp.resolve("out");

    CliRun r =
        switch (command) {
          case "eval" -> CliRun.of("eval", "--model", run.toString(), "--episodes", "1");
          case "resume" -> CliRun.of("train", "--resume", run.toString(), "--quiet");
          case "lambda-train" ->
              CliRun.of("lambda-train", "--model", run.toString(), "--steps", "100");
          default ->
              CliRun.of(
                  "finetune",
                  "--model",
                  run.toString(),
                  "--policy",
                  command.equals("finetune-lambda") ? "lambda" : "equitune",
                  "--steps",
                  "100",
                  "--out",
                  out.toString());
        };

    assertEquals(2, r.code(), r.err());
    String[] lines = r.err().strip().split("\n", -1);
    assertEquals(1, lines.length, "one line: " + r.err());
    assertTrue(lines[0].startsWith("equirl: " + damaged + ": "), lines[0]);
    assertTrue(lines[0].contains(problem), lines[0]);
    assertEquals(before, hashes(run), "the run directory changed");
    assertFalse(Files.exists(out), "a finetune output was started");
  }

  /** What the first release wrote: no checksum files, format version 1 in config and state. */
  private static void asFormatVersion1(Path run) throws IOException {
    Path checkpoint = run.resolve(checkpointOf(run));
    Files.delete(run.resolve("checksums.json"));
    Files.delete(checkpoint.resolve("checksums.json"));
    for (Path json : new Path[] {run.resolve("config.json"), checkpoint.resolve("state.json")}) {
      String text = Files.readString(json);
      assertTrue(text.contains("\"format_version\" : 2"), json.toString());
      Files.writeString(json, text.replace("\"format_version\" : 2", "\"format_version\" : 1"));
    }
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
      case "flip" -> {
        for (int i = bytes.length / 2; i < Math.min(bytes.length, bytes.length / 2 + 8); i++) {
          bytes[i] ^= (byte) 0xff; // same length, every byte changed
        }
        Files.write(file, bytes);
      }
      case "delete" -> Files.delete(file);
      case "drop" ->
          Files.writeString(file, text.replace("\"" + how.substring(5) + "\"", "\"renamed\""));
      case "set" -> {
        String[] kv = how.substring(4).split("=", 2);
        String edited =
            text.replaceFirst("\"" + kv[0] + "\" : -?\\d+", "\"" + kv[0] + "\" : " + kv[1]);
        assertNotEquals(text, edited, how);
        Files.writeString(file, edited);
      }
      case "badhash" -> Files.writeString(file, text.replaceFirst("[0-9a-f]{64}", "not-a-hash"));
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
