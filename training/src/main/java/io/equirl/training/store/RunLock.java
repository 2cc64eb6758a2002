package io.equirl.training.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

/**
 * An exclusive hold of one writer process on a directory: an operating-system lock on the file
 * {@code DIR/.lock}, which also holds the writer's pid so a second writer can say who holds it. The
 * lock dies with its process (kill -9 included); the file stays, empty of meaning once unlocked.
 * Close it to release.
 */
public final class RunLock implements AutoCloseable {
  /** The lock file's name; readers of a directory's contents skip it. */
  public static final String FILE = ".lock";

  private final Path dir;
  private final FileChannel channel;
  private final FileLock lock;
  private final boolean created;

  private RunLock(Path dir, FileChannel channel, FileLock lock, boolean created) {
    this.dir = dir;
    this.channel = channel;
    this.lock = lock;
    this.created = created;
  }

  /**
   * Takes the lock on {@code dir} (created if missing), or fails at once. A directory it created is
   * removed again on {@link #close} if nothing but the lock was written into it, so a failed start
   * leaves nothing behind.
   *
   * @throws IllegalStateException naming the holder's pid when another writer holds it
   * @throws IllegalArgumentException when {@code dir} cannot be created or written
   */
  public static RunLock acquire(Path dir) throws IOException {
    boolean created = !Files.exists(dir);
    Path file = dir.resolve(FILE);
    FileChannel channel;
    try {
      Files.createDirectories(dir);
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    } catch (FileSystemException e) {
      String reason =
          e.getReason() != null
              ? e.getReason()
              : e instanceof AccessDeniedException
                  ? "permission denied"
                  : e instanceof NoSuchFileException
                      ? "cannot be created here"
                      : e.getClass().getSimpleName();
      throw new IllegalArgumentException("cannot write " + dir + ": " + reason, e);
    }
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null; // held by this very process
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    if (lock == null) {
      channel.close();
      String holder = Files.readString(file, StandardCharsets.UTF_8).trim();
      throw new IllegalStateException(
          dir
              + " is being written by "
              + (holder.isEmpty() ? "another process" : "process " + holder)
              + "; wait for it to finish, or use another directory");
    }
    channel.truncate(0);
    channel.write(
        ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)),
        0);
    channel.force(false);
    return new RunLock(dir, channel, lock, created);
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
    if (created) {
      try (Stream<Path> s = Files.list(dir)) {
        if (s.allMatch(p -> p.getFileName().toString().equals(FILE))) {
          Files.deleteIfExists(dir.resolve(FILE));
          Files.deleteIfExists(dir);
        }
      }
    }
  }
}
