package io.equirl.scan.model;

/**
 * SplitMix64: a seeded generator whose whole state is one {@code long}, so a checkpoint can store
 * it and a resumed run draws exactly the numbers the uninterrupted one would have.
 */
public final class Rng {
  private long state;

  public Rng(long seed) {
    this.state = seed;
  }

  /** The state to store; {@code new Rng(0).restore(s)} continues the stream. */
  public long state() {
    return state;
  }

  public void restore(long state) {
    this.state = state;
  }

  public long nextLong() {
    long z = (state += 0x9E3779B97F4A7C15L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Uniform in [0, 1). */
  public double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /** Uniform in [0, n). */
  public int nextInt(int n) {
    return (int) Math.floorMod(nextLong(), (long) n);
  }

  /** Standard normal, by Box–Muller (two uniforms a draw; no cached second value to store). */
  public double nextGaussian() {
    double u = 1 - nextDouble();
    double v = nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Uniform in [-bound, bound). */
  public double uniform(double bound) {
    return (2 * nextDouble() - 1) * bound;
  }
}
