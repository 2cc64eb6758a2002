package io.equirl.training.buffer;

import io.equirl.agents.net.SplitMix64;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * A ring of preallocated primitive arrays holding the last {@code capacity} transitions, as SB3's
 * {@code ReplayBuffer} (one env, {@code handle_timeout_termination=True}).
 *
 * <p>Each transition stores the real next observation, also at the end of an episode (SB3's {@code
 * terminal_observation}), and keeps termination and truncation apart so the TD target bootstraps
 * through a truncation. Sampling draws {@code batch} indices uniformly, with replacement, from the
 * filled part, as SB3 does. Not thread-safe.
 */
public final class ReplayBuffer {
  private final int capacity;
  private final int observationSize;
  private final float[] observations;
  private final float[] nextObservations;
  private final int[] actions;
  private final float[] rewards;
  private final boolean[] terminated;
  private final boolean[] truncated;
  private int position;
  private boolean full;

  /** An empty buffer of {@code capacity} transitions of {@code observationSize} floats each. */
  public ReplayBuffer(int capacity, int observationSize) {
    if (capacity <= 0 || observationSize <= 0) {
      throw new IllegalArgumentException(
          "buffer_size and observation size must be positive, got "
              + capacity
              + " and "
              + observationSize);
    }
    this.capacity = capacity;
    this.observationSize = observationSize;
    long floats = (long) capacity * observationSize;
    if (floats > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "buffer_size: "
              + capacity
              + " transitions of "
              + observationSize
              + " floats do not fit one Java array; lower buffer_size");
    }
    checkMemory(capacity, observationSize);
    this.observations = new float[(int) floats];
    this.nextObservations = new float[(int) floats];
    this.actions = new int[capacity];
    this.rewards = new float[capacity];
    this.terminated = new boolean[capacity];
    this.truncated = new boolean[capacity];
  }

  /**
   * Refuses, before allocating, a buffer larger than this JVM may ever hold, so a huge {@code
   * buffer_size} is one line instead of an {@link OutOfMemoryError} mid-run.
   */
  public static void checkMemory(long capacity, int observationSize) {
    long bytes = capacity * (8L * observationSize + 9);
    long max = Runtime.getRuntime().maxMemory();
    if (bytes > max) {
      throw new IllegalArgumentException(
          "buffer_size: "
              + capacity
              + " transitions of "
              + observationSize
              + " floats need "
              + (bytes >> 20)
              + " MiB, more than the "
              + (max >> 20)
              + " MiB this JVM may use; lower buffer_size or raise -Xmx");
    }
  }

  /** The most transitions held. */
  public int capacity() {
    return capacity;
  }

  /** Floats per observation. */
  public int observationSize() {
    return observationSize;
  }

  /** The number of transitions held. */
  public int size() {
    return full ? capacity : position;
  }

  /** Appends a transition, overwriting the oldest once full. Arrays are copied. */
  public void add(
      float[] observation,
      int action,
      double reward,
      float[] nextObservation,
      boolean isTerminated,
      boolean isTruncated) {
    int at = position * observationSize;
    System.arraycopy(observation, 0, observations, at, observationSize);
    System.arraycopy(nextObservation, 0, nextObservations, at, observationSize);
    actions[position] = action;
    rewards[position] = (float) reward;
    terminated[position] = isTerminated;
    truncated[position] = isTruncated;
    position++;
    if (position == capacity) {
      full = true;
      position = 0;
    }
  }

  /** Fills {@code out} with {@code out.size} transitions drawn uniformly with replacement. */
  public void sample(SplitMix64 rng, Batch out) {
    int n = size();
    if (n == 0) {
      throw new IllegalStateException("cannot sample an empty replay buffer");
    }
    if (out.observationSize != observationSize) {
      throw new IllegalArgumentException(
          "batch observation size "
              + out.observationSize
              + " does not match the buffer's "
              + observationSize);
    }
    for (int i = 0; i < out.size; i++) {
      copy(rng.nextInt(n), i, out);
    }
  }

  /**
   * Copies stored transition {@code index} (0 = oldest slot of the array) into batch row {@code
   * row}.
   */
  void copy(int index, int row, Batch out) {
    System.arraycopy(
        observations,
        index * observationSize,
        out.observations,
        row * observationSize,
        observationSize);
    System.arraycopy(
        nextObservations,
        index * observationSize,
        out.nextObservations,
        row * observationSize,
        observationSize);
    out.actions[row] = actions[index];
    out.rewards[row] = rewards[index];
    out.terminated[row] = terminated[index];
    out.truncated[row] = truncated[index];
  }

  /** Writes the filled part and the ring position (for checkpoints). */
  public void write(DataOutputStream out) throws IOException {
    out.writeInt(capacity);
    out.writeInt(observationSize);
    out.writeInt(position);
    out.writeBoolean(full);
    int n = size();
    for (int i = 0; i < n * observationSize; i++) {
      out.writeFloat(observations[i]);
    }
    for (int i = 0; i < n * observationSize; i++) {
      out.writeFloat(nextObservations[i]);
    }
    for (int i = 0; i < n; i++) {
      out.writeInt(actions[i]);
      out.writeFloat(rewards[i]);
      out.writeByte((terminated[i] ? 1 : 0) | (truncated[i] ? 2 : 0));
    }
  }

  /**
   * Fills this empty buffer from a file of {@code fileBytes} bytes written by {@link #write},
   * checking its header against this buffer's shape and the file's length before reading on, so a
   * damaged header is reported instead of sizing an allocation.
   */
  public void readFrom(DataInputStream in, long fileBytes) throws IOException {
    int savedCapacity = in.readInt();
    int savedObservationSize = in.readInt();
    int savedPosition = in.readInt();
    boolean savedFull = in.readBoolean();
    if (savedCapacity != capacity
        || savedObservationSize != observationSize
        || savedPosition < 0
        || savedPosition >= capacity) {
      throw new IllegalArgumentException(
          "damaged header: it says "
              + savedCapacity
              + " transitions of "
              + savedObservationSize
              + " floats at position "
              + savedPosition
              + ", the run's config makes room for "
              + capacity
              + " of "
              + observationSize);
    }
    position = savedPosition;
    full = savedFull;
    long expected = 13 + (long) size() * (8L * observationSize + 9);
    if (fileBytes != expected) {
      throw new IllegalArgumentException(
          (fileBytes < expected ? "truncated" : "too long")
              + " (expected "
              + expected
              + " bytes, found "
              + fileBytes
              + ")");
    }
    readBody(in);
  }

  private void readBody(DataInputStream in) throws IOException {
    int n = size();
    for (int i = 0; i < n * observationSize; i++) {
      observations[i] = in.readFloat();
    }
    for (int i = 0; i < n * observationSize; i++) {
      nextObservations[i] = in.readFloat();
    }
    for (int i = 0; i < n; i++) {
      actions[i] = in.readInt();
      rewards[i] = in.readFloat();
      int flags = in.readByte();
      terminated[i] = (flags & 1) != 0;
      truncated[i] = (flags & 2) != 0;
    }
  }
}
