package io.equirl.benchmarks.report;

import java.util.Locale;

/**
 * A value with an error bar (a confidence half-width), and the arithmetic the report needs.
 *
 * <p>Ratios propagate relative errors in quadrature (first order, independent measurements), which
 * is what the report's "±" on a ratio means. A NaN error means "unknown" and stays NaN.
 *
 * @param value the estimate
 * @param error the half-width of its interval, non-negative or NaN
 */
public record Measure(double value, double error) {

  /** {@code this / other} with the propagated error. */
  public Measure over(Measure other) {
    double r = value / other.value;
    double rel = Math.hypot(error / value, other.error / other.value);
    return new Measure(r, Math.abs(r) * rel);
  }

  /** {@code this × k} for an exact {@code k}. */
  public Measure times(double k) {
    return new Measure(value * k, error * Math.abs(k));
  }

  /** The interval's lower end (the value itself when the error is unknown). */
  public double low() {
    return Double.isNaN(error) ? value : value - error;
  }

  /** The interval's upper end (the value itself when the error is unknown). */
  public double high() {
    return Double.isNaN(error) ? value : value + error;
  }

  /** {@code value ± error} with {@code digits} decimals, e.g. {@code 1.23 ± 0.04}. */
  public String format(int digits) {
    String v = String.format(Locale.ROOT, "%." + digits + "f", value);
    if (Double.isNaN(error)) {
      return v + " ± ?";
    }
    return v + " ± " + String.format(Locale.ROOT, "%." + digits + "f", error);
  }
}
