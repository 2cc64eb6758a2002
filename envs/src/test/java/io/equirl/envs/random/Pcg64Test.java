package io.equirl.envs.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * NumPy's SeedSequence, PCG64 and uniform, against the test vectors of SEEDING.md §7 (NumPy's
 * values).
 */
class Pcg64Test {

  private static int[] words(String hex) {
    String[] parts = hex.trim().split("\\s+", -1);
    int[] out = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      out[i] = Integer.parseUnsignedInt(parts[i], 16);
    }
    return out;
  }

  private static long[] longs(String hex) {
    String[] parts = hex.trim().split("\\s+", -1);
    long[] out = new long[parts.length];
    for (int i = 0; i < parts.length; i++) {
      out[i] = Long.parseUnsignedLong(parts[i], 16);
    }
    return out;
  }

  @Test
  void seedZeroMatchesNumpy() {
    assertArrayEquals(words("FE40EB07 4F363A36 4EB2009D C89A7AA7"), SeedSequence.pool(0));
    assertArrayEquals(
        longs("DB2CD7E7B0F478BE ABF4641A2C71BA49 20C6ED6D9D7B8D41 2C4099DE223C39D4"),
        SeedSequence.generateState(0));
    Pcg64 rng = Pcg64.seeded(0);
    assertEquals("1AA1B5345996452D09585EB7A69561E3", rng.stateHex());
    assertEquals("418DDADB3AF71A82588133BC447873A9", rng.incHex());
    long[] draws = {rng.next64(), rng.next64(), rng.next64(), rng.next64()};
    assertArrayEquals(
        longs("A30FEBCFD9C2825F 4510BDF882D9D721 0A7D3DA94ECDE8B8 043B27B61342F01D"), draws);
  }

  @Test
  void seedZeroDoublesAndUniform() {
    Pcg64 rng = Pcg64.seeded(0);
    double[] expected = {
      0.6369616873214543, 0.2697867137638703, 0.04097352393619469, 0.016527635528529094
    };
    for (double e : expected) {
      assertEquals(e, rng.nextDouble(), 0.0);
    }
    double[] state = new double[4];
    Pcg64.seeded(0).uniform(-0.05, 0.05, state);
    assertArrayEquals(
        new double[] {
          0.013696168732145436, -0.02302132862361297, -0.045902647606380534, -0.04834723644714709
        },
        state,
        0.0);
  }

  @Test
  void twoWordSeedMatchesNumpy() {
    long seed = (1L << 32) + 7;
    assertArrayEquals(words("0435442A C639718B B39472D6 E0D90F98"), SeedSequence.pool(seed));
    assertArrayEquals(
        longs("5C15E68F16073898 473D7918D1803233 F3E9CAE3C4907C0F DD958930099C820F"),
        SeedSequence.generateState(seed));
    Pcg64 rng = Pcg64.seeded(seed);
    assertEquals("A7FBA21D06B674676F08C81BEAAF7439", rng.stateHex());
    assertEquals("E7D395C78920F81FBB2B12601339041F", rng.incHex());
    long[] draws = {rng.next64(), rng.next64(), rng.next64(), rng.next64()};
    assertArrayEquals(
        longs("C527F515DEC95CCD 1CA7438DE0381DEC 3068B5844246D312 28F2D3F9382089E3"), draws);
  }

  @Test
  void negativeSeedIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Pcg64.seeded(-1));
    assertTrue(e.getMessage().contains("-1"), e.getMessage());
  }

  @Test
  void nextIntIsInRangeAndRoughlyUniform() {
    Pcg64 rng = Pcg64.seeded(42);
    int[] counts = new int[5];
    int n = 50_000;
    for (int i = 0; i < n; i++) {
      counts[rng.nextInt(5)]++;
    }
    // Each count is Binomial(n, 1/5): sd ≈ 89, so 5 sd is a bound a fair generator never crosses
    // here.
    for (int c : counts) {
      assertEquals(n / 5.0, c, 450.0);
    }
    assertThrows(IllegalArgumentException.class, () -> rng.nextInt(0));
  }
}
