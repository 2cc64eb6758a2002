package io.equirl.eval.experiment;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.equirl.eval.EvalResult;
import io.equirl.eval.Summary;
import io.equirl.eval.stats.RunStatistics;
import io.equirl.eval.stats.ScoreRange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The aggregate of an experiment, as written to {@code results.json}: per seed and policy the mean
 * return, its std and every episode's return; across seeds, the summary of the per-seed means.
 *
 * @param env the env's registry name
 * @param preset the pretraining preset
 * @param steps pretraining steps (null: the preset's)
 * @param lambdaSteps λ-training steps
 * @param episodes evaluation episodes per seed and policy
 * @param evalSeedBase the first evaluation env seed (see the package comment)
 * @param rows one row per seed and policy
 * @param acrossSeeds per policy, the summary over seeds of the per-seed mean return
 * @param statistics per policy, mean, median and IQM of the seeds' normalized mean returns with 95%
 *     stratified bootstrap intervals, and the probability of improving on the pretrained policy
 */
public record ExperimentReport(
    @JsonProperty("env") String env,
    @JsonProperty("preset") String preset,
    @JsonProperty("steps") Long steps,
    @JsonProperty("lambda_steps") long lambdaSteps,
    @JsonProperty("episodes") int episodes,
    @JsonProperty("eval_seed_base") long evalSeedBase,
    @JsonProperty("rows") List<Row> rows,
    @JsonProperty("across_seeds") Map<String, Summary> acrossSeeds,
    @JsonProperty("statistics") RunStatistics statistics) {

  /**
   * One seed and policy.
   *
   * @param seed the seed index
   * @param policy the policy's command-line name
   * @param meanReturn mean episode return
   * @param stdReturn std of the episode returns
   * @param meanLength mean episode length
   * @param episodes the number of episodes
   * @param returns every episode's return
   */
  @SuppressWarnings("ArrayRecordComponent") // carries arrays by design; never compared by equals
  public record Row(
      @JsonProperty("seed") int seed,
      @JsonProperty("policy") String policy,
      @JsonProperty("mean_return") double meanReturn,
      @JsonProperty("std_return") double stdReturn,
      @JsonProperty("mean_length") double meanLength,
      @JsonProperty("episodes") int episodes,
      @JsonProperty("returns") double[] returns) {}

  /** Builds the report from the seeds' results. */
  public static ExperimentReport of(ExperimentConfig config, List<SeedResult> seeds) {
    List<Row> rows = new ArrayList<>();
    Map<String, List<Double>> means = new LinkedHashMap<>();
    for (SeedResult s : seeds) {
      for (EvalResult r : s.results()) {
        Summary ret = r.returnSummary();
        rows.add(
            new Row(
                s.seed(),
                r.policy(),
                ret.mean(),
                ret.std(),
                r.lengthSummary().mean(),
                r.episodes(),
                r.returns()));
        means.computeIfAbsent(r.policy(), p -> new ArrayList<>()).add(ret.mean());
      }
    }
    Map<String, Summary> across = new LinkedHashMap<>();
    means.forEach((p, m) -> across.put(p, Summary.of(m.stream().mapToDouble(d -> d).toArray())));
    ScoreRange range = ScoreRange.of(config.env());
    Map<String, double[][]> scores = new LinkedHashMap<>();
    means.forEach(
        (p, m) ->
            scores.put(p, new double[][] {m.stream().mapToDouble(range::normalize).toArray()}));
    return new ExperimentReport(
        config.env(),
        config.preset(),
        config.steps(),
        config.lambdaSteps(),
        config.episodes(),
        ExperimentConfig.EVAL_SEED_BASE,
        rows,
        across,
        RunStatistics.of(scores, "greedy"));
  }

  /** {@code results.csv}: one line per seed and policy. */
  public String csv() {
    StringBuilder out =
        new StringBuilder("seed,policy,mean_return,std_return,mean_length,episodes\n");
    for (Row r : rows) {
      out.append(
          String.format(
              Locale.ROOT,
              "%d,%s,%.6f,%.6f,%.6f,%d%n",
              r.seed(),
              r.policy(),
              r.meanReturn(),
              r.stdReturn(),
              r.meanLength(),
              r.episodes()));
    }
    return out.toString();
  }

  /** {@code results.md}: mean ± std across seeds of the per-seed mean return, and each seed's. */
  public String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("# ")
        .append(env)
        .append(": mean evaluation return over ")
        .append(acrossSeeds.isEmpty() ? 0 : rows.size() / acrossSeeds.size())
        .append(" seeds\n\n");
    out.append(
        String.format(
            Locale.ROOT,
            "Preset `%s`, %s pretraining steps, %d λ-training steps,"
                + " %d evaluation episodes per seed and policy. Mean ± std across seeds of each seed's"
                + " mean return.%n%n",
            preset,
            steps == null ? "the preset's" : steps.toString(),
            lambdaSteps,
            episodes));
    // Small returns (Gridworld's are below 1) need more decimals to show any difference.
    boolean small = rows.stream().allMatch(r -> Math.abs(r.meanReturn()) < 10);
    int decimals = small ? 3 : 1;
    out.append("| policy | mean ± std across seeds | per-seed means |\n|---|---|---|\n");
    for (Map.Entry<String, Summary> e : acrossSeeds.entrySet()) {
      StringBuilder perSeed = new StringBuilder();
      for (Row r : rows) {
        if (r.policy().equals(e.getKey())) {
          perSeed
              .append(perSeed.length() == 0 ? "" : ", ")
              .append(String.format(Locale.ROOT, "%." + decimals + "f", r.meanReturn()));
        }
      }
      out.append("| ")
          .append(label(e.getKey()))
          .append(" | ")
          .append(e.getValue().meanPlusMinusStd(decimals))
          .append(" | ")
          .append(perSeed)
          .append(" |\n");
    }
    ScoreRange range = ScoreRange.of(env);
    out.append(
        String.format(
            Locale.ROOT,
            "%nNormalized scores (return − %s) / (%s − %s), one per"
                + " seed; estimates with 95%% stratified bootstrap intervals (%d resamples, Agarwal et"
                + " al. 2021):%n%n",
            fmt(range.min()),
            fmt(range.max()),
            fmt(range.min()),
            statistics.resamples()));
    out.append(statistics.markdown(ExperimentReport::label));
    return out.toString();
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  /** The paper's name for a policy. */
  public static String label(String policy) {
    return switch (policy) {
      case "greedy" -> "pretrained (greedy)";
      case "lambda" -> "λ-equitune";
      default -> policy;
    };
  }
}
