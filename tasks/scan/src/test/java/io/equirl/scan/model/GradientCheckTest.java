package io.equirl.scan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The hand-written backward pass against central finite differences, in double precision, for every
 * parameter of a small model of each cell type: bidirectional encoder, attention, ReLU, dropout
 * (the same mask on every evaluation) and log-softmax all on the path.
 */
class GradientCheckTest {
  private static final int[] SOURCE = {5, 2, 7, 3, 1};
  private static final int[] FED = {0, 3, 2, 7, 4, 4};

  @ParameterizedTest
  @EnumSource(CellType.class)
  void backwardMatchesFiniteDifferencesOnEveryParameter(CellType type) {
    Seq2Seq model = new Seq2Seq(type, 3, 15, 8, 0.3);
    model.initialise(new Rng(11));
    double[] coefficients = new double[FED.length * 8];
    Rng c = new Rng(5);
    for (int k = 0; k < coefficients.length; k++) {
      coefficients[k] = c.nextGaussian();
    }
    Tape tape = model.newTape();
    loss(model, tape, coefficients);
    double[] grad = new double[model.parameters().length];
    model.backward(tape, coefficients, grad);

    double[] theta = model.parameters();
    double eps = 1e-6;
    int nonZero = 0;
    for (int k = 0; k < theta.length; k++) {
      double saved = theta[k];
      theta[k] = saved + eps;
      double up = loss(model, tape, coefficients);
      theta[k] = saved - eps;
      double down = loss(model, tape, coefficients);
      theta[k] = saved;
      double numeric = (up - down) / (2 * eps);
      assertEquals(
          numeric,
          grad[k],
          1e-7 + 1e-5 * Math.abs(numeric),
          "parameter " + k + " of " + theta.length);
      if (Math.abs(grad[k]) > 1e-9) {
        nonZero++;
      }
    }
    // Rows of embeddings for tokens never seen are zero; nearly everything else must move.
    assertTrue(nonZero > theta.length * 0.7, nonZero + " of " + theta.length + " gradients");
  }

  /** Σ c[t][v] logp[t][v] of a teacher-forced decode, dropout drawn from a fixed seed. */
  private static double loss(Seq2Seq model, Tape tape, double[] coefficients) {
    model.encode(tape, SOURCE);
    Rng dropout = new Rng(99);
    for (int token : FED) {
      model.step(tape, token, dropout);
    }
    double sum = 0;
    for (int k = 0; k < coefficients.length; k++) {
      sum += coefficients[k] * tape.logp()[k];
    }
    return sum;
  }
}
