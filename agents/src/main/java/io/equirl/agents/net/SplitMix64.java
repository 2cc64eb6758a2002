package io.equirl.agents.net;

/**
 * A small seeded random generator (Steele, Lea and Flood's SplitMix64) whose whole state is one
 * {@code long}, so checkpoints can save and restore it exactly.
 *
 * <p>Not thread-safe; give each thread its own.
 */
public final class SplitMix64 {
  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
  private long state;

  /** A generator whose stream is determined by {@code seed}. */
  public SplitMix64(long seed) {
    this.state = seed;
  }

  /** The current state; {@code new SplitMix64(s.state())} continues the same stream. */
  public long state() {
    return state;
  }

  /** Restores a state read by {@link #state()}. */
  public void setState(long state) {
    this.state = state;
  }

  /** The next 64 random bits. */
  public long nextLong() {
    long z = (state += GOLDEN_GAMMA);
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** A uniform double in {@code [0, 1)}. */
  public double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /** A uniform int in {@code [0, bound)}, without modulo bias (Lemire's method). */
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive, got " + bound);
    }
    long r = nextLong() >>> 32;
    long m = r * bound;
    long low = m & 0xffffffffL;
    if (low < bound) {
      long threshold = (0x100000000L - bound) % bound;
      while (low < threshold) {
        r = nextLong() >>> 32;
        m = r * bound;
        low = m & 0xffffffffL;
      }
    }
    return (int) (m >>> 32);
  }

  /** A uniform non-negative long, for seeding envs and other generators. */
  public long nextSeed() {
    return nextLong() >>> 1;
  }
}
