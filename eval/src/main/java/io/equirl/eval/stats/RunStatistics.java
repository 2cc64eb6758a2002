package io.equirl.eval.stats;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Per policy, the mean, median and IQM of normalized scores with stratified bootstrap confidence
 * intervals, and the probability of improvement over a reference policy (the pretrained one), with
 * its interval: what Agarwal et al. 2021 recommend reporting for few runs.
 *
 * @param reference the policy the others are compared with
 * @param confidence the intervals' confidence level
 * @param resamples bootstrap resamples per interval
 * @param policies per policy, in the order given
 */
public record RunStatistics(
    @JsonProperty("reference") String reference,
    @JsonProperty("confidence") double confidence,
    @JsonProperty("resamples") int resamples,
    @JsonProperty("policies") Map<String, PolicyStatistics> policies) {

  /** The seed of every resampling stream, so a report is the same on every run. */
  public static final long BOOTSTRAP_SEED = 2021;

  /**
   * One policy's aggregates.
   *
   * @param runs the number of runs (seeds) per task
   * @param mean the mean normalized score
   * @param median the median
   * @param iqm the interquartile mean
   * @param improvement {@code P(policy > reference)}; null for the reference itself
   */
  public record PolicyStatistics(
      @JsonProperty("runs") int runs,
      @JsonProperty("mean") Interval mean,
      @JsonProperty("median") Interval median,
      @JsonProperty("iqm") Interval iqm,
      @JsonProperty("probability_of_improvement") Interval improvement) {}

  /**
   * The statistics of normalized {@code scores.get(policy)[task][run]}, each policy compared with
   * {@code reference}, at 95% confidence with {@link StratifiedBootstrap#DEFAULT_RESAMPLES}.
   */
  public static RunStatistics of(Map<String, double[][]> scores, String reference) {
    double[][] ref = scores.get(reference);
    if (ref == null) {
      throw new IllegalArgumentException("no scores of the reference policy " + reference);
    }
    double confidence = 0.95;
    int resamples = StratifiedBootstrap.DEFAULT_RESAMPLES;
    StratifiedBootstrap bootstrap = new StratifiedBootstrap(resamples, BOOTSTRAP_SEED);
    Map<String, PolicyStatistics> out = new LinkedHashMap<>();
    scores.forEach(
        (policy, s) ->
            out.put(
                policy,
                new PolicyStatistics(
                    s[0].length,
                    bootstrap.interval(s, Aggregates::mean, confidence),
                    bootstrap.interval(s, Aggregates::median, confidence),
                    bootstrap.interval(s, Aggregates::iqm, confidence),
                    policy.equals(reference)
                        ? null
                        : bootstrap.interval(s, ref, ProbabilityOfImprovement::of, confidence))));
    return new RunStatistics(reference, confidence, resamples, out);
  }

  /** A Markdown table, one row per policy, with {@code label} naming policies. */
  public String markdown(java.util.function.UnaryOperator<String> label) {
    StringBuilder out =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "| policy | mean | median" + " | IQM | P(policy > %s) |%n|---|---|---|---|---|%n",
                label.apply(reference)));
    policies.forEach(
        (policy, s) ->
            out.append("| ")
                .append(label.apply(policy))
                .append(" | ")
                .append(s.mean().format(3))
                .append(" | ")
                .append(s.median().format(3))
                .append(" | ")
                .append(s.iqm().format(3))
                .append(" | ")
                .append(s.improvement() == null ? "—" : s.improvement().format(2))
                .append(" |\n"));
    return out.toString();
  }
}
