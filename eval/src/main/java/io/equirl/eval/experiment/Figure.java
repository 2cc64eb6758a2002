package io.equirl.eval.experiment;

import io.equirl.eval.Summary;
import io.equirl.training.store.AtomicFiles;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * The figure of an experiment in the manner of the paper's Fig. 2: one bar per policy, the mean
 * over seeds of each seed's mean return, with the std across seeds as the error bar. Drawn headless
 * with XChart.
 */
public final class Figure {
  private Figure() {}

  /** Writes the PNG to {@code file} (temporary name, then rename). */
  public static void write(ExperimentReport report, Path file) throws IOException {
    System.setProperty("java.awt.headless", "true");
    List<String> names = new ArrayList<>();
    List<Double> means = new ArrayList<>();
    List<Double> errors = new ArrayList<>();
    for (Map.Entry<String, Summary> e : report.acrossSeeds().entrySet()) {
      names.add(ExperimentReport.label(e.getKey()));
      means.add(e.getValue().mean());
      errors.add(e.getValue().std());
    }
    int seeds =
        report.acrossSeeds().isEmpty() ? 0 : report.rows().size() / report.acrossSeeds().size();
    CategoryChart chart =
        new CategoryChartBuilder()
            .width(640)
            .height(420)
            .title(report.env() + " (" + seeds + " seeds, mean ± std)")
            .xAxisTitle("policy")
            .yAxisTitle("mean evaluation return")
            .build();
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setPlotGridVerticalLinesVisible(false);
    chart.getStyler().setErrorBarsColor(Color.BLACK);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
    chart.addSeries("return", names, means, errors);
    AtomicFiles.write(
        file, out -> BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG));
  }
}
