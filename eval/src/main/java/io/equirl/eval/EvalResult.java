package io.equirl.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The episodes of one evaluation: which policy, env and view, and every episode's seed, return and
 * length, with their summaries.
 *
 * @param env the env's id
 * @param policy the policy's command-line name
 * @param through the group element the world was seen through, or {@code null}
 * @param seeds the env seed of each episode
 * @param returns each episode's undiscounted return
 * @param lengths each episode's length in steps
 */
@JsonPropertyOrder({
  "env",
  "policy",
  "through",
  "episodes",
  "return",
  "length",
  "seeds",
  "returns",
  "lengths"
})
@SuppressWarnings("ArrayRecordComponent") // carries arrays by design; never compared by equals
public record EvalResult(
    @JsonProperty("env") String env,
    @JsonProperty("policy") String policy,
    @JsonProperty("through") String through,
    @JsonProperty("seeds") long[] seeds,
    @JsonProperty("returns") double[] returns,
    @JsonProperty("lengths") int[] lengths) {

  /** The number of episodes. */
  @JsonProperty("episodes")
  public int episodes() {
    return returns.length;
  }

  /** Mean, std, min and max of the returns. */
  @JsonProperty("return")
  public Summary returnSummary() {
    return Summary.of(returns);
  }

  /** Mean, std, min and max of the lengths. */
  @JsonProperty("length")
  public Summary lengthSummary() {
    double[] l = new double[lengths.length];
    for (int i = 0; i < l.length; i++) {
      l[i] = lengths[i];
    }
    return Summary.of(l);
  }
}
