package io.equirl.benchmarks.report;

/**
 * How a measured interval stands against a target: met over its whole interval, missed over its
 * whole interval, or borderline when the target lies inside the interval.
 */
public enum Verdict {
  MET("met"),
  BORDERLINE("borderline (target inside the error bar)"),
  NOT_MET("not met");

  private final String text;

  Verdict(String text) {
    this.text = text;
  }

  /** The verdict for a target {@code m ≤ limit}. */
  public static Verdict atMost(Measure m, double limit) {
    if (m.high() <= limit) {
      return MET;
    }
    return m.low() > limit ? NOT_MET : BORDERLINE;
  }

  /** The verdict for a target {@code m ≥ limit}. */
  public static Verdict atLeast(Measure m, double limit) {
    if (m.low() >= limit) {
      return MET;
    }
    return m.high() < limit ? NOT_MET : BORDERLINE;
  }

  /**
   * The verdict for "the same within noise": met when the interval reaches 1 or the ratio is within
   * {@code tolerance} of 1, not met otherwise.
   */
  public static Verdict near1(Measure ratio, double tolerance) {
    boolean reaches = ratio.low() <= 1 && ratio.high() >= 1;
    return reaches || Math.abs(ratio.value() - 1) <= tolerance ? MET : NOT_MET;
  }

  @Override
  public String toString() {
    return text;
  }
}
