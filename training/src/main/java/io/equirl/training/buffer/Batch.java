package io.equirl.training.buffer;

/**
 * A sampled minibatch in flat primitive arrays, reused from one gradient step to the next.
 *
 * <p>{@code observations} and {@code nextObservations} are {@code [size][observationSize]} flat.
 * {@code terminated[i]} is true only for a real terminal state: the TD target does not bootstrap
 * there, and does bootstrap through a truncation.
 */
public final class Batch {
  public final int size;
  public final int observationSize;
  public final float[] observations;
  public final float[] nextObservations;
  public final int[] actions;
  public final float[] rewards;
  public final boolean[] terminated;
  public final boolean[] truncated;

  /** An empty batch of {@code size} transitions. */
  public Batch(int size, int observationSize) {
    this.size = size;
    this.observationSize = observationSize;
    this.observations = new float[size * observationSize];
    this.nextObservations = new float[size * observationSize];
    this.actions = new int[size];
    this.rewards = new float[size];
    this.terminated = new boolean[size];
    this.truncated = new boolean[size];
  }
}
