package io.equirl.training.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive hold of one writer process on a directory: an operating-system lock on the file
 * {@code DIR/.lock}, which also holds the writer's pid so a second writer can say who holds it.
 * The lock dies with its process (kill -9 included); the file stays, empty of meaning once
 * unlocked. Close it to release.
 */
public final class RunLock implements AutoCloseable {
  /** The lock file's name; readers of a directory's contents skip it. */
  public static final String FILE = ".lock";

  private final FileChannel channel;
  private final FileLock lock;

  private RunLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock on {@code dir} (created if missing), or fails at once.
   *
   * @throws IllegalStateException naming the holder's pid when another writer holds it
   */
  public static RunLock acquire(Path dir) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve(FILE);
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
        StandardOpenOption.READ, StandardOpenOption.WRITE);
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
      throw new IllegalStateException(dir + " is being written by "
          + (holder.isEmpty() ? "another process" : "process " + holder)
          + "; wait for it to finish, or use another directory");
    }
    channel.truncate(0);
    channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n")
        .getBytes(StandardCharsets.UTF_8)), 0);
    channel.force(false);
    return new RunLock(channel, lock);
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
