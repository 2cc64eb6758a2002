package io.equirl.training.store;

import java.nio.file.Path;

/**
 * A file of a run that cannot be read as what it should be: truncated, not text, not JSON, a key
 * missing, a number out of range. Its message is one line, {@code FILE: problem}. It is bad input
 * (an {@link IllegalArgumentException}), so the CLI exits with 2 and never trains on it.
 */
public final class BadFileException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;

  /** {@code file} is damaged in the way {@code problem} says. */
  public BadFileException(Path file, String problem, Throwable cause) {
    super(file + ": " + problem, cause);
    this.file = file;
  }

  /** {@code file} is damaged in the way {@code problem} says. */
  public BadFileException(Path file, String problem) {
    this(file, problem, null);
  }

  /** The damaged file. */
  public Path file() {
    return file;
  }
}
