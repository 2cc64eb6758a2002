package io.equirl.scan.train;

import java.util.List;
import java.util.Locale;

/**
 * A finished run: the best validation accuracy and where it was reached, the test accuracy of
 * that best model, the training time (validation checks excluded) and the curve.
 */
public record ScanResult(TrainConfig config, double validation, int bestIteration, double test,
    int iterations, double seconds, List<CurvePoint> curve) {

  /** Training iterations per second. */
  public double itersPerSecond() {
    return seconds > 0 ? iterations / seconds : 0;
  }

  /** The iterations at which the curve was checked. */
  public int[] curveIterations() {
    return curve.stream().mapToInt(CurvePoint::iteration).toArray();
  }

  /** Test accuracy at each check (NaN where not recorded). */
  public double[] curveTest() {
    return curve.stream().mapToDouble(CurvePoint::test).toArray();
  }

  String toJson() {
    return String.format(Locale.ROOT, "{\n  \"run\": \"%s\",\n  \"validation_accuracy\": %s,\n"
        + "  \"best_iteration\": %d,\n  \"test_accuracy\": %s,\n  \"iterations\": %d,\n"
        + "  \"train_seconds\": %.3f,\n  \"iterations_per_second\": %.2f\n}\n",
        config.fingerprint(), number(validation), bestIteration, number(test), iterations,
        seconds, itersPerSecond());
  }

  /** JSON has no NaN: an accuracy not measured is null. */
  private static String number(double v) {
    return Double.isNaN(v) ? "null" : String.format(Locale.ROOT, "%.6f", v);
  }
}
