package io.equirl.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks an output file before any work starts, so a run is never done only to fail writing its
 * result. Run directories are checked by taking their lock, which creates them.
 */
final class OutputPaths {
  private OutputPaths() {}

  /**
   * Checks that {@code file}, given by option {@code flag}, can be written: its folder exists and
   * accepts a new file (probed by creating and deleting one, which also catches read-only mounts).
   *
   * @throws IllegalArgumentException naming the flag, the file and the reason
   */
  static void checkFile(String flag, Path file) {
    Path folder = file.toAbsolutePath().getParent();
    if (Files.isDirectory(file)) {
      throw new IllegalArgumentException(flag + ": cannot write " + file + ": it is a folder");
    }
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException(
          flag + ": cannot write " + file + ": folder " + folder + " does not exist");
    }
    try {
      Files.delete(Files.createTempFile(folder, ".equirl-probe", ".tmp"));
    } catch (IOException e) {
      throw new IllegalArgumentException(
          flag
              + ": cannot write "
              + file
              + ": "
              + (e instanceof java.nio.file.AccessDeniedException
                  ? "permission denied"
                  : e instanceof java.nio.file.FileSystemException f && f.getReason() != null
                      ? f.getReason()
                      : e.getClass().getSimpleName()),
          e);
    }
  }
}
