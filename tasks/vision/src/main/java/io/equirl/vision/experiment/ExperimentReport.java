package io.equirl.vision.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The tables of one vision experiment in Markdown: zero-shot accuracy per group and method, and
 * finetuning accuracy per method over steps, as mean ± std across seeds.
 */
public record ExperimentReport(
    String arch,
    ExperimentConfig config,
    List<ZeroShotRow> zeroShot,
    List<CurveRow> curves,
    String command) {

  /** Mean and sample standard deviation (0 for one value). */
  public record Stat(double mean, double std, int n) {
    static Stat of(List<Double> values) {
      double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
      double ss = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
      return new Stat(
          mean, values.size() > 1 ? Math.sqrt(ss / (values.size() - 1)) : 0, values.size());
    }

    String percent() {
      return n > 1
          ? String.format(Locale.ROOT, "%.1f ± %.1f", 100 * mean, 100 * std)
          : String.format(Locale.ROOT, "%.1f", 100 * mean);
    }
  }

  /** Accuracy on the moved set per finetuning step, per method, across seeds. */
  public Map<String, Map<Integer, Stat>> curveStats() {
    Map<String, Map<Integer, List<Double>>> values = new LinkedHashMap<>();
    for (CurveRow r : curves) {
      values
          .computeIfAbsent(r.method(), k -> new LinkedHashMap<>())
          .computeIfAbsent(r.step(), k -> new ArrayList<>())
          .add(r.accuracy());
    }
    Map<String, Map<Integer, Stat>> stats = new LinkedHashMap<>();
    values.forEach(
        (method, bySteps) -> {
          Map<Integer, Stat> s = new LinkedHashMap<>();
          bySteps.forEach((step, v) -> s.put(step, Stat.of(v)));
          stats.put(method, s);
        });
    return stats;
  }

  /** The report. */
  public String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Vision experiment: ").append(arch).append("\n\n");
    md.append("Command: `").append(command).append("`  \n");
    md.append(
        String.format(
            Locale.ROOT,
            "Budget: %d seeds, %d test images, λ training %d steps"
                + " of %d, finetuning %d steps of %d at lr %.0e (head only), evaluated every %d.%n%n",
            config.seeds(),
            config.testImages(),
            config.lambda().steps(),
            config.lambda().batchSize(),
            config.finetune().steps(),
            config.finetune().batchSize(),
            config.finetune().learningRate(),
            config.finetune().evalEvery()));
    md.append("## Zero-shot accuracy (%)\n\n");
    md.append("| group | method | upright test | moved test |\n|---|---|---|---|\n");
    Map<String, List<ZeroShotRow>> byKey = new LinkedHashMap<>();
    for (ZeroShotRow r : zeroShot) {
      byKey.computeIfAbsent(r.group() + "\u0000" + r.method(), k -> new ArrayList<>()).add(r);
    }
    byKey.forEach(
        (key, rows) ->
            md.append("| ")
                .append(rows.get(0).group())
                .append(" | ")
                .append(rows.get(0).method())
                .append(" | ")
                .append(Stat.of(rows.stream().map(ZeroShotRow::upright).toList()).percent())
                .append(" | ")
                .append(Stat.of(rows.stream().map(ZeroShotRow::moved).toList()).percent())
                .append(" |\n"));
    Map<String, Map<Integer, Stat>> stats = curveStats();
    if (!stats.isEmpty()) {
      TreeSet<Integer> steps = new TreeSet<>();
      stats.values().forEach(s -> steps.addAll(s.keySet()));
      md.append("\n## Finetuning on rot90: moved-test accuracy (%) after N steps\n\n| method |");
      steps.forEach(s -> md.append(' ').append(s).append(" |"));
      md.append("\n|---|").append("---|".repeat(steps.size())).append('\n');
      stats.forEach(
          (method, byStep) -> {
            md.append("| ").append(method).append(" |");
            steps.forEach(
                s ->
                    md.append(' ')
                        .append(byStep.containsKey(s) ? byStep.get(s).percent() : "")
                        .append(" |"));
            md.append('\n');
          });
    }
    return md.toString();
  }
}
