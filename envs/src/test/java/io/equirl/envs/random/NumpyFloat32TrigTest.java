package io.equirl.envs.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** NumPy's float32 sin/cos kernel against SEEDING.md §7 and against double-precision sin/cos. */
class NumpyFloat32TrigTest {

  @Test
  void acrobotSeedZeroObservationMatchesNumpy() {
    // SEEDING.md §7: Acrobot seed 0, state (float32) and observation (NumPy float32 kernel).
    float theta1 = (float) 0.02739233709871769;
    float theta2 = (float) -0.046042658388614655;
    assertEquals(0.9996248483657837, NumpyFloat32Trig.cos(theta1), 0.0);
    assertEquals(0.027388911694288254, NumpyFloat32Trig.sin(theta1), 0.0);
    assertEquals(0.9989402294158936, NumpyFloat32Trig.cos(theta2), 0.0);
    assertEquals(-0.04602639377117157, NumpyFloat32Trig.sin(theta2), 0.0);
  }

  @Test
  void bitIdenticalToNumpyNearOctantBoundariesAndInTheResetRange() throws IOException {
    // numpy/float32_trig.txt is NumPy's own output, written by numpy/float32_trig.py beside it.
    int lines = 0;
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(getClass().getResourceAsStream("/numpy/float32_trig.txt")),
                StandardCharsets.US_ASCII))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.startsWith("#")) {
          continue;
        }
        String[] bits = line.split(" ", -1);
        float x = Float.intBitsToFloat(Integer.parseUnsignedInt(bits[0], 16));
        assertEquals(
            Integer.parseUnsignedInt(bits[1], 16),
            Float.floatToRawIntBits(NumpyFloat32Trig.sin(x)),
            "sin " + x);
        assertEquals(
            Integer.parseUnsignedInt(bits[2], 16),
            Float.floatToRawIntBits(NumpyFloat32Trig.cos(x)),
            "cos " + x);
        lines++;
      }
    }
    assertTrue(lines > 1000, "only " + lines + " reference lines");
  }

  @Test
  void withinOneUlpOfCorrectlyRoundedOverSeveralPeriods() {
    Pcg64 rng = Pcg64.seeded(7);
    for (int i = 0; i < 20_000; i++) {
      float x = (float) rng.uniform(-100.0, 100.0);
      float sin = NumpyFloat32Trig.sin(x);
      float cos = NumpyFloat32Trig.cos(x);
      float sinRef = (float) Math.sin(x);
      float cosRef = (float) Math.cos(x);
      assertTrue(Math.abs(sin - sinRef) <= Math.ulp(sinRef) + Float.MIN_NORMAL, "sin " + x);
      assertTrue(Math.abs(cos - cosRef) <= Math.ulp(cosRef) + Float.MIN_NORMAL, "cos " + x);
    }
  }

  @Test
  void largeArgumentsFallBackToTheLibrary() {
    assertEquals((float) Math.cos(1e6f), NumpyFloat32Trig.cos(1e6f), 0.0f);
    assertTrue(Float.isNaN(NumpyFloat32Trig.sin(Float.NaN)));
  }
}
