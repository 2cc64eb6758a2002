package io.equirl.training;

import io.equirl.training.store.AtomicFiles;
import io.equirl.training.store.BadFileException;
import io.equirl.training.store.Checksums;
import io.equirl.training.store.FileReads;
import io.equirl.training.store.Manifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@link Checksums} of a run directory and of its checkpoints: recorded after every file a run
 * writes, checked before every file a command reads.
 *
 * <p>Directories written before checksums have none and still load. A reader tells them from a
 * directory whose {@value Checksums#FILE} was deleted by a format marker that current code writes
 * in a file every reader opens first anyway: {@code config.json}'s {@code format_version} for the
 * run (2 and up keep checksums), {@code state.json}'s for a checkpoint (likewise). A marker per
 * checkpoint rather than the run's alone, because resuming an old run keeps its old checkpoint,
 * without checksums, until the first new one replaces it.
 *
 * <p>The run's list is rewritten after each file it lists (so a kill between the two leaves that
 * one file ahead of its entry, which {@code train --resume} rewrites); a checkpoint's is written
 * last into its temporary directory, which is renamed into place whole.
 */
final class RunChecksums {
  private static final int FIRST_VERSION_WITH_CHECKSUMS = 2;

  private RunChecksums() {}

  /**
   * Checks the run's file {@code name} against its list before it is read.
   *
   * @throws BadFileException naming the file, or the list when it is damaged or missing
   */
  static void verify(RunDirectory run, String name) throws IOException {
    if (Checksums.isIn(run.path())) {
      Checksums.read(run.path()).verify(name);
      return;
    }
    Path config = run.file(RunDirectory.CONFIG);
    int version = Files.isRegularFile(config) ? formatVersion(config) : 0;
    if (version >= FIRST_VERSION_WITH_CHECKSUMS) {
      throw missing(run.path(), config, version);
    }
  }

  /** Records the entry of {@code name}, just written, in the run's list. */
  static void record(RunDirectory run, String name, Checksums.Entry entry) throws IOException {
    Checksums sums = Checksums.isIn(run.path()) ? Checksums.read(run.path()) : adopt(run);
    sums.with(name, entry).write();
  }

  /**
   * The first list of a directory that has none: a new run's, or an old run's that this build
   * writes into. An old run's files are taken as they are (there is nothing to check them against),
   * and its {@code config.json} is raised to the current version so that from now on a deleted list
   * is noticed.
   */
  private static Checksums adopt(RunDirectory run) throws IOException {
    Path config = run.file(RunDirectory.CONFIG);
    if (run.exists() && formatVersion(config) < Manifest.CURRENT_VERSION) {
      AtomicFiles.writeString(config, RunDirectory.json(run.manifest().asCurrentVersion()));
    }
    return Checksums.ofFiles(run.path(), List.of());
  }

  /** Lists every file of a checkpoint written into {@code dir}; the last thing written there. */
  static void seal(Path checkpoint) throws IOException {
    Checksums.ofFiles(checkpoint, List.of()).write();
  }

  /**
   * Checks every file of the checkpoint {@code dir} (all of them are read to resume) and that none
   * was added.
   */
  static void verifyCheckpoint(Path dir) throws IOException {
    if (Checksums.isIn(dir)) {
      Checksums.read(dir).verifyAll();
      return;
    }
    Path state = dir.resolve(Checkpoints.STATE);
    int version = formatVersion(state);
    if (version >= FIRST_VERSION_WITH_CHECKSUMS) {
      throw missing(dir, state, version);
    }
  }

  private static int formatVersion(Path file) throws IOException {
    return FileReads.read(
        file,
        f ->
            FileReads.required(ConfigOverrides.JSON.readTree(f.toFile()), "format_version")
                .asInt());
  }

  private static BadFileException missing(Path dir, Path marker, int version) {
    return new BadFileException(
        dir.resolve(Checksums.FILE),
        "missing, but "
            + marker
            + " has format version "
            + version
            + ", which keeps one (deleted?)");
  }
}
