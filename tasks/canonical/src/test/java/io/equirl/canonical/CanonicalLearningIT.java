package io.equirl.canonical;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CanonicalLearningIT {

  @Test
  void canonicalLambdaLearnsTheInvariantTargetOnASmallBudget() {
    Experiment small =
        new Experiment(
            List.of(Variant.canonicalLambda(0, 2)),
            new long[] {0},
            2000,
            2000,
            new Trainer.Config(15, 100, 5e-3));
    Dataset test = Dataset.sample(2000, 1);
    double variance = variance(test.y());
    Table13 table = small.run((v, s, mse) -> {});
    double mse = table.rows().get(0).mean();
    // Predicting the mean scores the target's variance; learning must do far better.
    assertTrue(mse < 0.2 * variance, "test MSE " + mse + " vs target variance " + variance);
  }

  @Test
  void trainingIsDeterministicForASeed() {
    Experiment tiny =
        new Experiment(
            List.of(Variant.canonicalLambda(0, 1)),
            new long[] {3},
            500,
            200,
            new Trainer.Config(2, 100, 5e-3));
    double first = tiny.run((v, s, m) -> {}).rows().get(0).mean();
    double second = tiny.run((v, s, m) -> {}).rows().get(0).mean();
    assertTrue(first == second, first + " then " + second);
  }

  private static double variance(float[] y) {
    double mean = 0;
    for (float v : y) {
      mean += v;
    }
    mean /= y.length;
    double s = 0;
    for (float v : y) {
      s += (v - mean) * (v - mean);
    }
    return s / y.length;
  }
}
