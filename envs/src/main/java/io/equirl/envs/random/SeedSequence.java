package io.equirl.envs.random;

/**
 * NumPy's {@code SeedSequence} for a non-negative integer seed without spawn key, reduced to what
 * {@code PCG64} needs: four 64-bit words from {@code generate_state(4, uint64)}.
 *
 * <p>All arithmetic is on 32-bit words wrapping modulo 2^32, as in NumPy's {@code
 * bit_generator.pyx} (see {@code ../shared/golden/SEEDING.md} §2). Stateless and thread-safe.
 */
public final class SeedSequence {
  private static final int INIT_A = 0x43B0D7E5;
  private static final int MULT_A = 0x931E8875;
  private static final int INIT_B = 0x8B51F9DD;
  private static final int MULT_B = 0x58F38DED;
  private static final int MIX_MULT_L = 0xCA01F9DD;
  private static final int MIX_MULT_R = 0x4973F715;
  private static final int POOL_SIZE = 4;

  private SeedSequence() {}

  /**
   * The four 64-bit words NumPy's {@code SeedSequence(seed).generate_state(4, np.uint64)} returns.
   *
   * @throws IllegalArgumentException if {@code seed} is negative (NumPy and Gymnasium refuse it)
   */
  public static long[] generateState(long seed) {
    int[] pool = pool(seed);
    int g = INIT_B;
    int[] out = new int[2 * POOL_SIZE];
    for (int k = 0; k < out.length; k++) {
      int v = pool[k % POOL_SIZE] ^ g;
      g *= MULT_B;
      v *= g;
      out[k] = v ^ (v >>> 16);
    }
    long[] words = new long[POOL_SIZE];
    for (int j = 0; j < POOL_SIZE; j++) {
      words[j] = Integer.toUnsignedLong(out[2 * j]) | ((long) out[2 * j + 1] << 32);
    }
    return words;
  }

  /** The entropy pool after mixing in the seed's 32-bit words (SEEDING.md §2, steps 1–2). */
  static int[] pool(long seed) {
    if (seed < 0) {
      throw new IllegalArgumentException("seed must be >= 0, got " + seed);
    }
    // Least significant word first, without leading zero words; a long has at most two.
    int[] words =
        (seed >>> 32) == 0 ? new int[] {(int) seed} : new int[] {(int) seed, (int) (seed >>> 32)};
    int[] h = {INIT_A};
    int[] pool = new int[POOL_SIZE];
    for (int i = 0; i < POOL_SIZE; i++) {
      pool[i] = hashmix(i < words.length ? words[i] : 0, h);
    }
    for (int src = 0; src < POOL_SIZE; src++) {
      for (int dst = 0; dst < POOL_SIZE; dst++) {
        if (src != dst) {
          pool[dst] = mix(pool[dst], hashmix(pool[src], h));
        }
      }
    }
    return pool;
  }

  /** NumPy's {@code hashmix}; {@code h[0]} is the running multiplier shared across calls. */
  private static int hashmix(int value, int[] h) {
    int v = value ^ h[0];
    h[0] *= MULT_A;
    v *= h[0];
    return v ^ (v >>> 16);
  }

  private static int mix(int x, int y) {
    int r = MIX_MULT_L * x - MIX_MULT_R * y;
    return r ^ (r >>> 16);
  }
}
