package io.equirl.eval.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Mean, median and IQM on small cases worked by hand. */
class AggregatesTest {

  @Test
  void iqmIsTheMeanOfTheMiddleHalf() {
    // 8 scores: cut 2 at each end, mean of 3, 4, 5, 6.
    assertEquals(4.5, Aggregates.iqm(new double[][] {{8, 1, 7, 2}, {3, 6, 4, 5}}), 1e-12);
    // 5 scores: cut floor(5/4) = 1 at each end, mean of 2, 3, 100... sorted 1, 2, 3, 4, 100.
    assertEquals(3.0, Aggregates.iqm(new double[][] {{100, 1, 3, 2, 4}}), 1e-12);
    // Fewer than 4 scores: nothing to cut.
    assertEquals(2.0, Aggregates.iqm(new double[][] {{1, 2, 3}}), 1e-12);
  }

  @Test
  void iqmIgnoresOutliersThatMoveTheMean() {
    double[][] scores = {{0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, -100}};
    assertEquals(0.5, Aggregates.iqm(scores), 1e-12);
    assertEquals((3.5 - 100) / 8, Aggregates.mean(scores), 1e-12);
  }

  @Test
  void medianOfOddAndEvenCounts() {
    assertEquals(3.0, Aggregates.median(new double[][] {{5, 1}, {3}}), 1e-12);
    assertEquals(2.5, Aggregates.median(new double[][] {{4, 1}, {3, 2}}), 1e-12);
  }

  @Test
  void meanPoolsEveryRunOfEveryTask() {
    assertEquals(2.0, Aggregates.mean(new double[][] {{1, 3}, {2}}), 1e-12);
  }

  @Test
  void noScoresIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> Aggregates.mean(new double[][] {{}}));
  }
}
