package io.equirl.vision.experiment;

import io.equirl.training.store.AtomicFiles;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * The finetuning figure in the manner of the paper's Fig. 5b: moved-test accuracy against
 * finetuning steps, one line per wrapper, mean across seeds with the std as error bars. Drawn
 * headless with XChart.
 */
public final class CurveFigure {
  private CurveFigure() {}

  /** Writes the PNG to {@code file} (temporary name, then rename). */
  public static void write(ExperimentReport report, Path file) throws IOException {
    System.setProperty("java.awt.headless", "true");
    XYChart chart =
        new XYChartBuilder()
            .width(640)
            .height(420)
            .title(
                report.arch()
                    + " on rot90 Fashion-MNIST ("
                    + report.config().seeds()
                    + " seeds, mean ± std)")
            .xAxisTitle("finetuning steps")
            .yAxisTitle("accuracy on the rot90 test set")
            .build();
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSE);
    for (Map.Entry<String, Map<Integer, ExperimentReport.Stat>> e :
        report.curveStats().entrySet()) {
      List<Integer> steps = List.copyOf(e.getValue().keySet());
      List<Double> means = steps.stream().map(s -> e.getValue().get(s).mean()).toList();
      List<Double> errors = steps.stream().map(s -> e.getValue().get(s).std()).toList();
      chart.addSeries(e.getKey(), steps, means, errors);
    }
    AtomicFiles.write(
        file, out -> BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG));
  }
}
