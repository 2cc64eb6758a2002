package io.equirl.envs.random;

/**
 * NumPy's {@code PCG64} bit generator (PCG XSL-RR 128/64) with the {@code Generator} methods the
 * environments use, bit-exact with NumPy 1.24 and 2.x for the same seed.
 *
 * <p>The 128-bit state and increment are kept as pairs of longs (high, low) and all arithmetic
 * wraps modulo 2^128, so no draw allocates. Not thread-safe: one generator per env.
 *
 * <pre>{@code
 * Pcg64 rng = Pcg64.seeded(0);           // numpy.random.default_rng(0)
 * double u = rng.uniform(-0.05, 0.05);  // rng.uniform(-0.05, 0.05)
 * }</pre>
 */
public final class Pcg64 {
  private static final long MULT_HI = 0x2360ED051FC65DA4L;
  private static final long MULT_LO = 0x4385DF649FCCF645L;
  private static final double DOUBLE_UNIT = 0x1.0p-53;

  private long stateHi;
  private long stateLo;
  private final long incHi;
  private final long incLo;

  private Pcg64(long stateHi, long stateLo, long incHi, long incLo) {
    this.stateHi = stateHi;
    this.stateLo = stateLo;
    this.incHi = incHi;
    this.incLo = incLo;
  }

  /**
   * The generator {@code numpy.random.Generator(PCG64(SeedSequence(seed)))}, which is what
   * Gymnasium's {@code reset(seed=seed)} builds.
   *
   * @throws IllegalArgumentException if {@code seed} is negative
   */
  public static Pcg64 seeded(long seed) {
    long[] w = SeedSequence.generateState(seed);
    return fromSeedWords(w[0], w[1], w[2], w[3]);
  }

  /** Seeds from four words: initstate = (w0, w1), initseq = (w2, w3), as NumPy's pcg64_set_seed. */
  static Pcg64 fromSeedWords(long w0, long w1, long w2, long w3) {
    // inc = (initseq << 1) | 1
    long incHi = (w2 << 1) | (w3 >>> 63);
    long incLo = (w3 << 1) | 1L;
    Pcg64 rng = new Pcg64(0L, 0L, incHi, incLo);
    rng.step();
    long lo = rng.stateLo + w1;
    long carry = Long.compareUnsigned(lo, w1) < 0 ? 1L : 0L;
    rng.stateHi = rng.stateHi + w0 + carry;
    rng.stateLo = lo;
    rng.step();
    return rng;
  }

  /** state ← state·M + inc (mod 2^128). */
  private void step() {
    long lo = stateLo * MULT_LO;
    long hi = unsignedMultiplyHigh(stateLo, MULT_LO) + stateLo * MULT_HI + stateHi * MULT_LO;
    long newLo = lo + incLo;
    long carry = Long.compareUnsigned(newLo, lo) < 0 ? 1L : 0L;
    stateHi = hi + incHi + carry;
    stateLo = newLo;
  }

  /** The high 64 bits of the unsigned 128-bit product (Java 17 has only the signed variant). */
  private static long unsignedMultiplyHigh(long a, long b) {
    return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
  }

  /** The next raw 64-bit output ({@code next_uint64}): step, then XSL-RR of the new state. */
  public long next64() {
    step();
    long x = stateHi ^ stateLo;
    int rot = (int) (stateHi >>> 58);
    return Long.rotateRight(x, rot);
  }

  /** A double in [0, 1) from the top 53 bits of one draw ({@code next_double}). */
  public double nextDouble() {
    return (next64() >>> 11) * DOUBLE_UNIT;
  }

  /**
   * One draw of {@code Generator.uniform(low, high)}: {@code low + (high - low)·nextDouble()}, each
   * operation rounded separately as NumPy does.
   */
  public double uniform(double low, double high) {
    double range = high - low;
    return low + range * nextDouble();
  }

  /**
   * Fills {@code out} as {@code Generator.uniform(low, high, size=out.length)} does: the range is
   * computed once, then one draw per element in index order.
   */
  public void uniform(double low, double high, double[] out) {
    double range = high - low;
    for (int i = 0; i < out.length; i++) {
      out[i] = low + range * nextDouble();
    }
  }

  /**
   * A uniform integer in [0, n) for this project's own envs (not NumPy's {@code integers}, which
   * uses a masked rejection scheme): Lemire's multiply-and-reject on one 64-bit draw, unbiased.
   */
  public int nextInt(int n) {
    if (n <= 0) {
      throw new IllegalArgumentException("bound must be positive, got " + n);
    }
    long bound = n;
    while (true) {
      long x = next64();
      long high = unsignedMultiplyHigh(x, bound);
      long low = x * bound;
      // Reject the few low products that would bias the result towards small values.
      if (Long.compareUnsigned(low, bound) >= 0
          || Long.compareUnsigned(low, Long.remainderUnsigned(-bound, bound)) >= 0) {
        return (int) high;
      }
    }
  }

  /** The state as NumPy's {@code PCG64.state["state"]["state"]} prints it, in hex (for tests). */
  String stateHex() {
    return String.format("%016X%016X", stateHi, stateLo);
  }

  /** The increment as NumPy's {@code PCG64.state["state"]["inc"]}, in hex (for tests). */
  String incHex() {
    return String.format("%016X%016X", incHi, incLo);
  }
}
