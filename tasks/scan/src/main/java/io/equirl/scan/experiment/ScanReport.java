package io.equirl.scan.experiment;

import io.equirl.scan.model.CellType;
import io.equirl.scan.train.ObjectiveKind;
import io.equirl.scan.train.ScanResult;
import io.equirl.training.store.AtomicFiles;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

/**
 * The experiment's tables in the paper's format (exact-match accuracy in percent, mean (std) over
 * seeds, validation and test) and its Fig. 10: test accuracy against finetuning iterations.
 */
public final class ScanReport {
  private ScanReport() {}

  static void write(ScanExperiment.Options o, List<SeedRun.Result> results) throws IOException {
    String stem = "scan-" + o.split().id();
    AtomicFiles.writeString(o.out().resolve(stem + ".md"), markdown(o, results));
    figure(o, results, o.out().resolve(stem + "-finetuning.png"));
  }

  /** One table per cell: rows of {@link SeedRun#ROWS}, validation and test columns. */
  public static String markdown(ScanExperiment.Options o, List<SeedRun.Result> results) {
    StringBuilder md = new StringBuilder();
    for (CellType cell : o.cells()) {
      List<SeedRun.Result> rs = results.stream().filter(r -> r.cell() == cell).toList();
      md.append(
          String.format(
              Locale.ROOT,
              "%s, %s (%s; %d pretraining and %d finetuning"
                  + " iterations)%n%n| model | validation | test |%n|---|---|---|%n",
              o.split().id(),
              cell,
              rs.size() == 1 ? "1 seed: no spread to report" : rs.size() + " seeds, mean (std)",
              o.pretrainIterations(),
              o.finetuneIterations()));
      for (String row : SeedRun.ROWS) {
        md.append("| ")
            .append(row)
            .append(" | ")
            .append(meanStd(rs, row, 0))
            .append(" | ")
            .append(meanStd(rs, row, 1))
            .append(" |\n");
      }
      md.append('\n');
    }
    return md.toString();
  }

  static String meanStd(List<SeedRun.Result> rs, String row, int column) {
    double[] v = rs.stream().mapToDouble(r -> 100 * r.accuracies().get(row)[column]).toArray();
    if (v.length == 1) {
      return String.format(Locale.ROOT, "%.1f", v[0]); // a spread of 0.0 would read as a finding
    }
    double mean = 0;
    for (double x : v) {
      mean += x / v.length;
    }
    double var = 0;
    for (double x : v) {
      var += (x - mean) * (x - mean) / v.length;
    }
    return String.format(Locale.ROOT, "%.1f (%.1f)", mean, Math.sqrt(var));
  }

  static void figure(ScanExperiment.Options o, List<SeedRun.Result> results, Path file)
      throws IOException {
    System.setProperty("java.awt.headless", "true");
    XYChart chart =
        new XYChartBuilder()
            .width(640)
            .height(420)
            .title("SCAN " + o.split().id() + ": finetuning (mean over seeds)")
            .xAxisTitle("finetuning iterations")
            .yAxisTitle("test accuracy (%)")
            .build();
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    for (CellType cell : o.cells()) {
      for (ObjectiveKind kind : SeedRun.WRAPPERS) {
        List<ScanResult> curves = new ArrayList<>();
        for (SeedRun.Result r : results) {
          if (r.cell() == cell) {
            curves.add(r.finetuned().get(kind));
          }
        }
        int[] its = curves.get(0).curveIterations();
        double[] x = new double[its.length];
        double[] y = new double[its.length];
        for (int k = 0; k < its.length; k++) {
          x[k] = its[k];
          for (ScanResult c : curves) {
            y[k] += 100 * c.curveTest()[k] / curves.size();
          }
        }
        chart.addSeries(cell + " " + kind.id(), x, y);
      }
    }
    AtomicFiles.write(
        file, out -> BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG));
  }
}
