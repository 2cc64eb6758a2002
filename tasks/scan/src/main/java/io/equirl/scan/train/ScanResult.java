package io.equirl.scan.train;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A finished run: the best validation accuracy and where it was reached, the test accuracy of that
 * best model, the training time (validation checks excluded) and the curve.
 */
public record ScanResult(
    TrainConfig config,
    double validation,
    int bestIteration,
    double test,
    int iterations,
    double seconds,
    List<CurvePoint> curve) {
  private static final ObjectMapper JSON = new ObjectMapper();

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
    ObjectNode json = JSON.createObjectNode();
    json.put("run", config.fingerprint());
    putAccuracy(json, "validation_accuracy", validation);
    json.put("best_iteration", bestIteration);
    putAccuracy(json, "test_accuracy", test);
    json.put("iterations", iterations);
    json.put("train_seconds", seconds);
    json.put("iterations_per_second", itersPerSecond());
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** JSON has no NaN: an accuracy not measured is null. */
  private static void putAccuracy(ObjectNode json, String key, double v) {
    if (Double.isNaN(v)) {
      json.putNull(key);
    } else {
      json.put(key, v);
    }
  }
}
