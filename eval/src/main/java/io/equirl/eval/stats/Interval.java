package io.equirl.eval.stats;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/**
 * A point estimate with a confidence interval.
 *
 * @param estimate the statistic on the observed runs
 * @param low the lower end of the interval
 * @param high the upper end of the interval
 */
public record Interval(
    @JsonProperty("estimate") double estimate,
    @JsonProperty("low") double low,
    @JsonProperty("high") double high) {

  /** Whether {@code value} lies inside the closed interval. */
  public boolean contains(double value) {
    return low <= value && value <= high;
  }

  /** {@code estimate [low, high]} with {@code decimals} decimals. */
  public String format(int decimals) {
    String f = "%." + decimals + "f";
    return String.format(Locale.ROOT, f + " [" + f + ", " + f + "]", estimate, low, high);
  }
}
