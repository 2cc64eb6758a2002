package io.equirl.training;

import ai.djl.engine.Engine;
import com.fasterxml.jackson.databind.JsonNode;
import io.equirl.agents.net.QNetworkSpec;
import io.equirl.training.store.AtomicFiles;
import io.equirl.training.store.BadFileException;
import io.equirl.training.store.Checksums;
import io.equirl.training.store.FileReads;
import io.equirl.training.store.Manifest;
import io.equirl.training.store.RunLock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A run directory and every file in it, the one place that knows their names and formats; {@code
 * train}, {@code finetune}, {@code lambda-train}, {@code eval} and {@code experiment} read and
 * write runs only through it.
 *
 * <ul>
 *   <li>{@code config.json}: the {@link Manifest} (format version, env, seed, device, resolved
 *       config, network, versions); its presence marks the directory as a run;
 *   <li>{@code progress.csv}: {@link ProgressRow}s;
 *   <li>{@code model.params}: the Q-network (DJL's format); {@code best.params}: the best periodic
 *       evaluation's, with {@code evaluations.csv} (step, mean greedy return);
 *   <li>{@code lambda.params}, {@code lambda.json}: a trained λ ({@code lambda.LambdaFiles});
 *   <li>{@code finetune.json}: where a finetuned model came from;
 *   <li>{@code checkpoints/step-N/}: the latest checkpoint;
 *   <li>{@code checksums.json}: the size and SHA-256 of each file above ({@link Checksums}; each
 *       checkpoint has its own), rewritten after every file written here and checked before every
 *       file read from here, so a damaged or edited file is refused, never trained on. Named so,
 *       not {@code manifest.json}, because the manifest of a run is {@code config.json}. Runs of
 *       format version 1 have none and load unchecked ({@code RunChecksums} says how they are told
 *       apart from a run whose list was deleted).
 * </ul>
 *
 * Every file is written under a temporary name and renamed. Holds only the path; stateless. Checks
 * that span a whole run (a lock for one writer, checksums, the run's kind) belong here too, since
 * every reader and writer passes through it.
 */
public final class RunDirectory {
  /** The manifest; written first by a training run, last by a finetune (it marks a model). */
  public static final String CONFIG = "config.json";

  /** The Q-network. */
  public static final String MODEL = "model.params";

  /** The progress rows. */
  public static final String PROGRESS = "progress.csv";

  /** The folder of the latest checkpoint. */
  public static final String CHECKPOINTS = "checkpoints";

  /** The Q-network of the best periodic evaluation. */
  public static final String BEST = "best.params";

  /** The periodic evaluations. */
  public static final String EVALUATIONS = "evaluations.csv";

  /** A trained λ-network. */
  public static final String LAMBDA_PARAMS = "lambda.params";

  /** How λ was trained. */
  public static final String LAMBDA_INFO = "lambda.json";

  /** Where a finetuned model came from. */
  public static final String FINETUNE_INFO = "finetune.json";

  /** The size and SHA-256 of every other file. */
  public static final String CHECKSUMS = Checksums.FILE;

  /** The start of a checkpoint folder's name. */
  static final String CHECKPOINT_PREFIX = "step-";

  /** Every file a run may hold, for starting over in place. */
  private static final List<String> ALL =
      List.of(
          CONFIG,
          MODEL,
          PROGRESS,
          CHECKPOINTS,
          BEST,
          EVALUATIONS,
          LAMBDA_PARAMS,
          LAMBDA_INFO,
          FINETUNE_INFO,
          CHECKSUMS);

  private final Path dir;

  private RunDirectory(Path dir) {
    this.dir = dir;
  }

  /** The run directory at {@code dir} (nothing is read or created yet). */
  public static RunDirectory of(Path dir) {
    return new RunDirectory(dir);
  }

  /** The directory. */
  public Path path() {
    return dir;
  }

  /** The path of one of the run's files, by its name above. */
  public Path file(String name) {
    return dir.resolve(name);
  }

  /** Whether the directory holds a run (a {@code config.json}). */
  public boolean exists() {
    return Files.isRegularFile(file(CONFIG));
  }

  /** Whether it holds {@code name}. */
  public boolean has(String name) {
    return Files.exists(file(name));
  }

  /**
   * Checks the run's file {@code name} against {@code checksums.json} before it is read.
   *
   * @throws BadFileException naming the file (or the checksum file) when it is damaged or edited
   */
  public void verify(String name) throws IOException {
    RunChecksums.verify(this, name);
  }

  // An experiment's folder is the likeliest wrong --model or --resume: name what it is and where
  // its runs are, rather than only what it lacks.
  private String notARun() {
    if (Files.isRegularFile(dir.resolve("results.json"))) {
      return dir
          + " is an experiment's output, not a training run; its runs are the seed-N folders in it";
    }
    return dir + " is not a training run: it has no " + CONFIG;
  }

  /** Reads {@code config.json}, refusing versions this build does not know. */
  public Manifest manifest() throws IOException {
    Path file = file(CONFIG);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(notARun());
    }
    verify(CONFIG);
    return FileReads.read(
        file,
        f -> {
          JsonNode node = ConfigOverrides.JSON.readTree(f.toFile());
          int version = node.path("format_version").asInt(-1);
          return switch (version) {
            case 1, 2 -> ConfigOverrides.JSON.treeToValue(node, Manifest.class);
            default ->
                throw new BadFileException(
                    f,
                    "format version "
                        + version
                        + "; this build reads version "
                        + Manifest.CURRENT_VERSION);
          };
        });
  }

  /** The run's resolved hyperparameters. */
  public DqnConfig config() throws IOException {
    Manifest manifest = manifest();
    return FileReads.read(file(CONFIG), f -> ConfigOverrides.fromJson(manifest.config()));
  }

  /** Writes {@code config.json} in this build's format version. */
  public void writeManifest(Manifest manifest) throws IOException {
    String json = json(manifest.asCurrentVersion());
    write(CONFIG, out -> out.write(json.getBytes(StandardCharsets.UTF_8)));
  }

  /** {@code manifest} as {@code config.json} holds it. */
  static String json(Manifest manifest) throws IOException {
    return ConfigOverrides.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(manifest)
        + "\n";
  }

  /** The manifest of a new run: the arguments plus this build's versions. */
  public static Manifest newManifest(
      String env,
      String envId,
      String preset,
      List<String> overrides,
      long seed,
      String device,
      DqnConfig config,
      QNetworkSpec spec) {
    Map<String, String> versions = new LinkedHashMap<>();
    String own = RunDirectory.class.getPackage().getImplementationVersion();
    versions.put("equirl", own == null ? "development" : own);
    versions.put("djl", Engine.getDjlVersion());
    Engine engine = Engine.getInstance();
    versions.put("engine", engine.getEngineName() + " " + engine.getVersion());
    versions.put("java", System.getProperty("java.version"));
    Manifest.Network network =
        new Manifest.Network(
            spec.architecture().configName(),
            spec.observationShape(),
            spec.numActions(),
            spec.netArch());
    JsonNode configNode = ConfigOverrides.JSON.valueToTree(config);
    return new Manifest(
        Manifest.CURRENT_VERSION,
        env,
        envId,
        preset,
        List.copyOf(overrides),
        seed,
        device,
        configNode,
        network,
        versions);
  }

  /** The rows of {@code progress.csv}; empty when there is none yet. */
  public List<ProgressRow> progress() throws IOException {
    Path file = file(PROGRESS);
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    verify(PROGRESS);
    return ProgressRow.readCsv(file);
  }

  /** Writes {@code progress.csv}. */
  public void writeProgress(List<ProgressRow> rows) throws IOException {
    String csv = ProgressRow.csv(rows);
    write(PROGRESS, out -> out.write(csv.getBytes(StandardCharsets.UTF_8)));
  }

  /** Whether the run has trained for its whole budget (its last row at or past it). */
  public boolean isComplete() throws IOException {
    if (!exists() || !Files.isRegularFile(file(MODEL))) {
      return false;
    }
    List<ProgressRow> rows = progress();
    return !rows.isEmpty() && rows.get(rows.size() - 1).step() >= config().totalTimesteps();
  }

  /** Writes {@code evaluations.csv}: one (step, mean return) pair per evaluation. */
  public void writeEvaluations(List<double[]> evaluations) throws IOException {
    StringBuilder sb = new StringBuilder("step,mean_return\n");
    for (double[] e : evaluations) {
      sb.append((long) e[0]).append(',').append(e[1]).append('\n');
    }
    write(EVALUATIONS, out -> out.write(sb.toString().getBytes(StandardCharsets.UTF_8)));
  }

  /** Writes one of the run's files atomically, then records it in {@code checksums.json}. */
  public void write(String name, AtomicFiles.Writer writer) throws IOException {
    Checksums.Sink written = new Checksums.Sink();
    AtomicFiles.write(file(name), Checksums.digesting(writer, written));
    RunChecksums.record(this, name, written.entry());
  }

  /** Copies one of {@code source}'s files here, atomically, if it has it, once it checks out. */
  public void copyFrom(RunDirectory source, String name) throws IOException {
    if (Files.isRegularFile(source.file(name))) {
      source.verify(name);
      write(name, out -> Files.copy(source.file(name), out));
    }
  }

  /** Whether the directory exists and holds anything (its lock file aside). */
  public boolean holdsFiles() throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.anyMatch(p -> !p.getFileName().toString().equals(RunLock.FILE));
    }
  }

  /**
   * Takes this directory for one writer (creating it if missing) until the lock is closed, and
   * deletes the temporary files of earlier writers that were killed before they could.
   *
   * @throws IllegalStateException naming the holder's pid when another process writes it
   */
  public RunLock lock() throws IOException {
    RunLock lock = RunLock.acquire(dir);
    try {
      deleteStaleTemporaries();
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
    return lock;
  }

  /**
   * With the lock held no other process writes here, so every temporary name is a leftover: {@code
   * .NAME.PID.N.tmp} files of {@link AtomicFiles#write} whose process is gone, and half-written
   * checkpoint directories.
   */
  private void deleteStaleTemporaries() throws IOException {
    for (Path folder : List.of(dir, file(CHECKPOINTS))) {
      if (!Files.isDirectory(folder)) {
        continue;
      }
      List<Path> stale = new ArrayList<>();
      try (Stream<Path> s = Files.list(folder)) {
        s.filter(
                p ->
                    AtomicFiles.isLeftover(p)
                        || p.getFileName().toString().startsWith(".tmp-" + CHECKPOINT_PREFIX))
            .forEach(stale::add);
      }
      for (Path p : stale) {
        AtomicFiles.deleteTree(p);
      }
    }
  }

  /**
   * Makes the directory ready for a new run: creates it, or, with {@code startOver}, deletes the
   * files of an earlier run in it. Call {@link #checkNew} before taking the lock, this after.
   *
   * @throws IllegalArgumentException as {@link #checkNew}
   */
  public void prepareNew(boolean startOver) throws IOException {
    checkNew(startOver);
    if (holdsFiles()) {
      for (String name : ALL) {
        AtomicFiles.deleteTree(file(name));
      }
    }
    Files.createDirectories(dir);
  }

  /**
   * Checks, without changing anything, that a new run may start here.
   *
   * @throws IllegalArgumentException if it is a file, or holds files and {@code startOver} is
   *     false, or holds files but no run
   */
  public void checkNew(boolean startOver) throws IOException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new IllegalArgumentException("run directory " + dir + " exists and is not a directory");
    }
    if (holdsFiles()) {
      if (!startOver) {
        throw new IllegalArgumentException(
            "run directory "
                + dir
                + " already holds files;"
                + " resume the run in it, or start over");
      }
      if (!exists()) {
        throw new IllegalArgumentException(
            "run directory "
                + dir
                + " holds files but no run"
                + " (no "
                + CONFIG
                + "); refusing to delete them");
      }
    }
  }

  /** The newest complete checkpoint, if any. */
  public Optional<Path> latestCheckpoint() throws IOException {
    Path root = file(CHECKPOINTS);
    if (!Files.isDirectory(root)) {
      return Optional.empty();
    }
    try (Stream<Path> s = Files.list(root)) {
      return s.filter(p -> p.getFileName().toString().startsWith(CHECKPOINT_PREFIX))
          .filter(p -> Files.isRegularFile(p.resolve(Checkpoints.STATE)))
          .max(Comparator.comparing(p -> p.getFileName().toString()));
    }
  }

  @Override
  public String toString() {
    return dir.toString();
  }
}
