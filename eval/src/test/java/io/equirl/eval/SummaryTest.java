package io.equirl.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SummaryTest {
  @Test
  void populationStatistics() {
    Summary s = Summary.of(new double[] {1, 2, 3, 4});
    assertEquals(2.5, s.mean(), 1e-12);
    assertEquals(Math.sqrt(1.25), s.std(), 1e-12); // (2.25 + 0.25 + 0.25 + 2.25) / 4
    assertEquals(1, s.min());
    assertEquals(4, s.max());
    assertEquals("2.50 ± 1.12", s.meanPlusMinusStd(2));
  }

  @Test
  void emptySampleIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Summary.of(new double[0]));
  }
}
