package io.equirl.eval;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Mean, standard deviation (population, as NumPy's {@code std}), minimum and maximum of a sample.
 */
public record Summary(
    @JsonProperty("mean") double mean,
    @JsonProperty("std") double std,
    @JsonProperty("min") double min,
    @JsonProperty("max") double max) {

  /**
   * The summary of {@code values}.
   *
   * @throws IllegalArgumentException for an empty sample
   */
  public static Summary of(double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("cannot summarise an empty sample");
    }
    double sum = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      sum += v;
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    double mean = sum / values.length;
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    return new Summary(mean, Math.sqrt(squares / values.length), min, max);
  }

  /** {@code mean ± std} with {@code decimals} decimals. */
  public String meanPlusMinusStd(int decimals) {
    String f = "%." + decimals + "f";
    return String.format(java.util.Locale.ROOT, f + " ± " + f, mean, std);
  }
}
