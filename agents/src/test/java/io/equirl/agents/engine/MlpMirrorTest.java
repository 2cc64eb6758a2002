package io.equirl.agents.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A batch goes through the mirror in one weight pass per group of rows; every row's result must be
 * bit for bit what the row-by-row path gives it, whatever batch it came in, and features kept from
 * a forward must be those of a pass of their own.
 */
class MlpMirrorTest {

  @ParameterizedTest(name = "{0} inputs, hidden {1}, {2} actions, input density {3}")
  @CsvSource({
    "4, 64, 2, 1.0",
    "6, 64, 3, 1.0",
    "4, 256, 2, 1.0",
    "441, 64, 4, 0.01",
    "441, 256, 4, 0.01",
    "8, 32, 2, 0.5"
  })
  void everyBatchSizeGivesEachRowItsRowByRowBits(int in, int hidden, int actions, double density) {
    Random random = new Random(in * 31L + hidden);
    MlpMirror mirror = mirror(in, List.of(hidden, hidden), actions, random);
    for (int batch = 1; batch <= 9; batch++) {
      float[] states = states(random, batch, in, density);
      float[] q = new float[batch * actions];
      mirror.forward(states, batch, q);
      for (int r = 0; r < batch; r++) {
        float[] one = new float[actions];
        float[] row = java.util.Arrays.copyOfRange(states, r * in, (r + 1) * in);
        mirror.forward(row, 1, one);
        for (int k = 0; k < actions; k++) {
          assertEquals(
              Float.floatToIntBits(one[k]),
              Float.floatToIntBits(q[r * actions + k]),
              "batch " + batch + ", row " + r + ", action " + k);
        }
      }
    }
  }

  @ParameterizedTest(name = "batch {0}")
  @CsvSource({"1", "2", "3", "4", "6"})
  void featuresKeptFromTheForwardAreThoseOfTheirOwnPass(int batch) {
    Random random = new Random(batch);
    int in = 5;
    int hidden = 48;
    MlpMirror mirror = mirror(in, List.of(hidden, hidden), 3, random);
    MlpMirror fresh = mirror(in, List.of(hidden, hidden), 3, new Random(batch));
    float[] states = states(random, batch, in, 1.0);
    mirror.forward(states, batch, new float[batch * 3]);
    float[] kept = new float[batch * hidden];
    mirror.features(states, batch, kept);
    float[] own = new float[batch * hidden];
    fresh.features(states, batch, own);
    assertBitsEqual(own, kept);
    // Other rows than the last forward's: computed, not served from the kept ones.
    states[0] += 1f;
    mirror.features(states, batch, kept);
    fresh.features(states, batch, own);
    assertBitsEqual(own, kept);
  }

  private static void assertBitsEqual(float[] expected, float[] actual) {
    for (int i = 0; i < expected.length; i++) {
      assertEquals(
          Float.floatToIntBits(expected[i]), Float.floatToIntBits(actual[i]), "feature " + i);
    }
  }

  /** A mirror with weights and biases drawn as PyTorch's default initialisation does. */
  private static MlpMirror mirror(int in, List<Integer> hidden, int actions, Random random) {
    MlpMirror m = new MlpMirror(in, hidden, actions);
    int width = in;
    for (int l = 0; l < m.layers(); l++) {
      int out = l < hidden.size() ? hidden.get(l) : actions;
      float bound = (float) (1 / Math.sqrt(width));
      float[] w = new float[out * width];
      float[] b = new float[out];
      for (int i = 0; i < w.length; i++) {
        w[i] = (2 * random.nextFloat() - 1) * bound;
      }
      for (int i = 0; i < b.length; i++) {
        b[i] = (2 * random.nextFloat() - 1) * bound;
      }
      m.load(l, w, b);
      width = out;
    }
    return m;
  }

  /** Rows whose entries are non-zero with probability {@code density} (sparse like a grid). */
  private static float[] states(Random random, int batch, int in, double density) {
    float[] s = new float[batch * in];
    for (int i = 0; i < s.length; i++) {
      s[i] = random.nextDouble() < density ? (float) random.nextGaussian() : 0f;
    }
    return s;
  }
}
