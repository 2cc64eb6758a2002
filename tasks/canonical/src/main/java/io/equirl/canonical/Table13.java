package io.equirl.canonical;

import java.util.List;
import java.util.Locale;

/**
 * The results of an {@link Experiment}: per variant, its parameter count and test MSE per seed,
 * with a Markdown rendering in the paper's format (mean (std) over seeds) beside the paper's
 * figures and a JSON rendering of every number.
 */
@SuppressWarnings("ArrayRecordComponent") // carries arrays by design; never compared by equals
public record Table13(List<Row> rows, long[] seeds, Experiment setup) {

  /** One variant's results; {@code mse[i]} is from {@code seeds[i]}. */
  @SuppressWarnings("ArrayRecordComponent") // carries arrays by design; never compared by equals
  public record Row(Variant variant, long parameters, double[] mse) {
    public double mean() {
      double s = 0;
      for (double m : mse) {
        s += m;
      }
      return s / mse.length;
    }

    /** Population standard deviation over seeds (numpy's default, as the paper's tables). */
    public double std() {
      double mean = mean();
      double s = 0;
      for (double m : mse) {
        s += (m - mean) * (m - mean);
      }
      return Math.sqrt(s / mse.length);
    }
  }

  /**
   * The paper's reported test MSE for a variant: single figures for the MLP and canonicalization
   * alone, the range it reports over its four Θ sets for canonical-λ.
   */
  static String paperFigure(Variant v) {
    return switch (v.kind()) {
      case MLP -> "0.91";
      case CANONICAL -> "0.41";
      default -> "0.11–0.37 (over the four Θ)";
    };
  }

  /** A Markdown table: model, parameters, our test MSE mean (std), the paper's. */
  public String markdown() {
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT,
            "| Model | Parameters | Test MSE, ours (%d seeds) "
                + "| Test MSE, paper |%n|---|---:|---:|---:|%n",
            seeds.length));
    for (Row r : rows) {
      s.append(
          String.format(
              Locale.ROOT,
              "| %s | %,d | %.3f (%.3f) | %s |%n",
              r.variant().name(),
              r.parameters(),
              r.mean(),
              r.std(),
              paperFigure(r.variant())));
    }
    return s.toString();
  }

  /** Every number, as JSON: setup, then per variant its parameters and per-seed MSE. */
  public String json() {
    StringBuilder s = new StringBuilder("{\n");
    s.append(
        String.format(
            Locale.ROOT,
            "  \"train\": %d, \"test\": %d, \"epochs\": %d, " + "\"batch\": %d, \"lr\": %s,%n",
            setup.trainSize(),
            setup.testSize(),
            setup.training().epochs(),
            setup.training().batchSize(),
            Double.toString(setup.training().learningRate())));
    s.append("  \"seeds\": ").append(java.util.Arrays.toString(seeds)).append(",\n");
    s.append("  \"rows\": [\n");
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      StringBuilder mse = new StringBuilder();
      for (int j = 0; j < r.mse().length; j++) {
        mse.append(j == 0 ? "" : ", ").append(Double.toString(r.mse()[j]));
      }
      s.append(
          String.format(
              Locale.ROOT,
              "    {\"variant\": \"%s\", \"name\": \"%s\", "
                  + "\"parameters\": %d, \"mean\": %s, \"std\": %s, \"mse\": [%s]}%s%n",
              r.variant().slug(),
              r.variant().name(),
              r.parameters(),
              Double.toString(r.mean()),
              Double.toString(r.std()),
              mse,
              i + 1 < rows.size() ? "," : ""));
    }
    return s.append("  ]\n}\n").toString();
  }
}
