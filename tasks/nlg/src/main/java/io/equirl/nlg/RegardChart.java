package io.equirl.nlg;

import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/** A figure in the manner of the paper's Fig. 3: regard label fractions, one bar per member. */
public final class RegardChart {
  private static final List<String> LABELS = List.of("negative", "neutral", "positive");

  private RegardChart() {}

  /** The chart of {@code result}; {@code title} names the method and the models. */
  public static CategoryChart of(RegardStudy.Result result, String title) {
    CategoryChart chart =
        new CategoryChartBuilder()
            .width(720)
            .height(420)
            .title(title)
            .xAxisTitle("regard")
            .yAxisTitle("fraction of sentences")
            .build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setYAxisMax(1.0);
    for (int k = 0; k < result.members().size(); k++) {
      double[] d = result.distribution()[k];
      chart.addSeries(result.members().get(k), LABELS, List.of(d[0], d[1], d[2]));
    }
    return chart;
  }

  /** The label names, in the scorer's order. */
  public static List<String> labels() {
    return LABELS;
  }
}
