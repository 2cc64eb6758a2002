package io.equirl.canonical;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.equirl.groups.continuous.SO2;
import org.junit.jupiter.api.Test;

class DatasetTest {

  @Test
  void theTargetIsInvariantUnderRotatingBothPoints() {
    Dataset d = Dataset.sample(100, 1);
    float[] rotated = SO2.rotate(2.3, d.x());
    for (int i = 0; i < d.size(); i++) {
      assertEquals(d.y()[i], Dataset.target(rotated, 4 * i), 1e-4 * (1 + Math.abs(d.y()[i])));
    }
  }

  @Test
  void theTargetMatchesTheFormulaAtAHandPickedPoint() {
    // x1 = (3, 4): ‖x1‖ = 5; x2 = (0, 2): ‖x2‖ = 2; cosine of the angle = 8 / 10.
    float[] x = {3, 4, 0, 2};
    assertEquals(Math.sin(5) - 4 + 0.8, Dataset.target(x, 0), 1e-12);
  }

  @Test
  void theSameSeedGivesTheSameSamplesAndAnotherSeedOthers() {
    assertArrayEquals(Dataset.sample(10, 7).x(), Dataset.sample(10, 7).x());
    assertEquals(
        false, java.util.Arrays.equals(Dataset.sample(10, 7).x(), Dataset.sample(10, 8).x()));
  }

  @Test
  void mismatchedSizesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new Dataset(new float[5], new float[1]));
  }
}
