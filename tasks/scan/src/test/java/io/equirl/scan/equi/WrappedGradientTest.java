package io.equirl.scan.equi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.equirl.scan.data.ScanSplit;
import io.equirl.scan.data.ScanSymmetry;
import io.equirl.scan.data.Vocabulary;
import io.equirl.scan.model.CellType;
import io.equirl.scan.model.Rng;
import io.equirl.scan.model.Seq2Seq;
import io.equirl.scan.train.ObjectiveKind;
import io.equirl.scan.train.ScanData.Example;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The equitune training loss's gradient against finite differences, every parameter. */
class WrappedGradientTest {

  @Test
  void equituneLossGradientMatchesFiniteDifferences() {
    Seq2Seq model = new Seq2Seq(CellType.GRU, 3, 15, 8, 0.2);
    model.initialise(new Rng(21));
    ScanSymmetry symmetry = ScanSymmetry.of(ScanSplit.ADD_JUMP);
    WrappedObjective objective = new WrappedObjective(model, symmetry, ObjectiveKind.EQUITUNE);
    Example e =
        new Example(
            Vocabulary.COMMAND.encode(List.of("jump", "twice", "and", "walk")),
            Vocabulary.ACTION.encode(List.of("I_JUMP", "I_JUMP", "I_WALK")));
    double[] theta = model.parameters();
    double[] grad = new double[theta.length];
    objective.lossAndGradient(e, true, new Rng(4), grad);
    double eps = 1e-6;
    for (int k = 0; k < theta.length; k++) {
      double saved = theta[k];
      theta[k] = saved + eps;
      double up = objective.lossAndGradient(e, true, new Rng(4), new double[theta.length]);
      theta[k] = saved - eps;
      double down = objective.lossAndGradient(e, true, new Rng(4), new double[theta.length]);
      theta[k] = saved;
      double numeric = (up - down) / (2 * eps);
      assertEquals(numeric, grad[k], 1e-7 + 1e-5 * Math.abs(numeric), "parameter " + k);
    }
  }
}
