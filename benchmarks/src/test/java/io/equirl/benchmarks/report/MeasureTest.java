package io.equirl.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MeasureTest {

  @Test
  void ratioPropagatesRelativeErrorsInQuadrature() {
    Measure a = new Measure(300, 30); // 10 %
    Measure b = new Measure(200, 0);
    Measure r = a.over(b);
    assertEquals(1.5, r.value(), 1e-12);
    assertEquals(0.15, r.error(), 1e-12);

    Measure c = new Measure(100, 10).over(new Measure(100, 10)); // two 10 % errors
    assertEquals(Math.sqrt(2) * 0.1, c.error(), 1e-12);
  }

  @Test
  void unknownErrorStaysUnknownAndIntervalCollapses() {
    Measure m = new Measure(2, Double.NaN).over(new Measure(1, 0.1));
    assertTrue(Double.isNaN(m.error()));
    assertEquals(2, m.low());
    assertEquals(2, m.high());
    assertEquals("2.00 ± ?", m.format(2));
  }

  @Test
  void verdictsCompareTheWholeInterval() {
    assertEquals(Verdict.MET, Verdict.atMost(new Measure(1.2, 0.1), 1.5));
    assertEquals(Verdict.BORDERLINE, Verdict.atMost(new Measure(1.45, 0.1), 1.5));
    assertEquals(Verdict.NOT_MET, Verdict.atMost(new Measure(1.7, 0.1), 1.5));
    assertEquals(Verdict.MET, Verdict.atLeast(new Measure(150, 20), 100));
    assertEquals(Verdict.NOT_MET, Verdict.atLeast(new Measure(60, 20), 100));
    assertEquals(Verdict.MET, Verdict.near1(new Measure(1.05, 0.001), 0.10));
    assertEquals(Verdict.MET, Verdict.near1(new Measure(1.3, 0.4), 0.10));
    assertEquals(Verdict.NOT_MET, Verdict.near1(new Measure(1.3, 0.01), 0.10));
  }
}
