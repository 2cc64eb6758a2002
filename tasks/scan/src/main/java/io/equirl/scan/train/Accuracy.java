package io.equirl.scan.train;

import io.equirl.scan.train.ScanData.Example;
import java.util.Arrays;
import java.util.List;

/** Exact-match accuracy, the reference's metric: the whole sequence, EOS included, must match. */
public final class Accuracy {
  private Accuracy() {}

  /** Fraction of {@code examples} that {@code predictor} gets exactly right; 0 when empty. */
  public static double of(Predictor predictor, List<Example> examples) {
    if (examples.isEmpty()) {
      return 0;
    }
    int correct = 0;
    for (Example e : examples) {
      if (Arrays.equals(predictor.predict(e.source()), e.target())) {
        correct++;
      }
    }
    return correct / (double) examples.size();
  }
}
