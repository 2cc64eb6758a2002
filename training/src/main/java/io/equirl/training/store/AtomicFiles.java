package io.equirl.training.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Writes a file under a temporary name in the same directory and renames it into place, so a killed
 * process leaves either the old file or the new one, never a half-written one.
 */
public final class AtomicFiles {
  private static final AtomicLong COUNTER = new AtomicLong();

  private AtomicFiles() {}

  /** What writes the content. */
  @FunctionalInterface
  public interface Writer {
    void write(OutputStream out) throws IOException;
  }

  /** Writes {@code file} atomically with {@code writer}. */
  public static void write(Path file, Writer writer) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    // Not Files.createTempFile: it makes the file owner-only (0600); results are meant to be
    // shared, so the temp file takes the user's umask like any other file.
    Path tmp =
        dir.resolve(
            "."
                + file.getFileName()
                + "."
                + ProcessHandle.current().pid()
                + "."
                + COUNTER.incrementAndGet()
                + ".tmp");
    try {
      try (OutputStream out =
          Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        writer.write(out);
      }
      move(tmp, file);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Whether {@code p} is a temporary file of {@link #write} whose process has died. */
  public static boolean isLeftover(Path p) {
    String[] parts = p.getFileName().toString().split("\\.", -1);
    // ".NAME.PID.N.tmp" splits into "", NAME's parts..., PID, N, "tmp"
    if (parts.length < 5 || !parts[0].isEmpty() || !parts[parts.length - 1].equals("tmp")) {
      return false;
    }
    try {
      long pid = Long.parseLong(parts[parts.length - 3]);
      return ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** Writes a UTF-8 string atomically. */
  public static void writeString(Path file, String content) throws IOException {
    write(file, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
  }

  /** Renames {@code from} to {@code to} atomically where the file system allows it. */
  public static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** A buffered data stream writing {@code file} directly (callers write inside a temp dir). */
  public static DataOutputStream dataOut(Path file) throws IOException {
    return new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
  }

  /** A buffered data stream reading {@code file}. */
  public static DataInputStream dataIn(Path file) throws IOException {
    return new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
  }

  /** Deletes {@code p} and everything under it, if it exists. */
  public static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(q);
      }
    }
  }
}
