package io.equirl.scan.equi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.equirl.groups.GroupElement;
import io.equirl.scan.data.ScanSplit;
import io.equirl.scan.data.ScanSymmetry;
import io.equirl.scan.model.CellType;
import io.equirl.scan.model.Rng;
import io.equirl.scan.model.Seq2Seq;
import io.equirl.scan.train.Adam;
import io.equirl.scan.train.ObjectiveKind;
import io.equirl.scan.train.PlainObjective;
import io.equirl.scan.train.Predictor;
import io.equirl.scan.train.ScanData;
import io.equirl.scan.train.ScanData.Example;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code W(g·x) = g·W(x)} exactly, for every test command of each split, for equitune and both
 * equizero proxies, on an untrained model and on one trained for a while (small models, so the
 * whole test set is cheap; equivariance does not depend on size).
 */
class WrapperEquivarianceTest {

  static Stream<Arguments> cases() {
    return Stream.of(ScanSplit.values())
        .flatMap(split -> Stream.of(0, 1500).map(trained -> Arguments.of(split, trained)));
  }

  @ParameterizedTest(name = "{0}, {1} iterations")
  @MethodSource("cases")
  void wrappedPredictionsAreExactlyEquivariant(ScanSplit split, int iterations) {
    ScanData data = ScanData.of(split, 1, 0.2);
    Seq2Seq model = model(data, iterations);
    ScanSymmetry symmetry = ScanSymmetry.of(split);
    GroupElement g = symmetry.group().element(1);
    for (ObjectiveKind kind :
        List.of(ObjectiveKind.EQUITUNE, ObjectiveKind.EQUIZERO, ObjectiveKind.EQUIZERO_ENTROPY)) {
      Predictor wrapped = Objectives.predictor(model, kind, symmetry);
      for (Example e : data.test()) {
        int[] gx = symmetry.commands().apply(g, e.source());
        int[] expected = symmetry.actions().apply(g, wrapped.predict(e.source()));
        assertArrayEquals(
            expected, wrapped.predict(gx), () -> kind + " on " + Arrays.toString(e.source()));
      }
    }
    // The check has teeth: the model itself is not equivariant on some of these commands.
    Predictor plain = Objectives.predictor(model, ObjectiveKind.PLAIN, symmetry);
    assertTrue(
        data.test().stream()
            .anyMatch(
                e ->
                    !Arrays.equals(
                        symmetry.actions().apply(g, plain.predict(e.source())),
                        plain.predict(symmetry.commands().apply(g, e.source())))),
        "the plain model was already equivariant on every command");
  }

  static Seq2Seq model(ScanData data, int iterations) {
    Seq2Seq model = new Seq2Seq(CellType.LSTM, 8, 15, 8, 0.1);
    model.initialise(new Rng(7));
    PlainObjective objective = new PlainObjective(model);
    Adam adam = new Adam(model.parameters().length, 3e-3);
    Rng rng = new Rng(8);
    double[] grad = new double[model.parameters().length];
    for (int i = 0; i < iterations; i++) {
      Example e = data.train().get(rng.nextInt(data.train().size()));
      Arrays.fill(grad, 0);
      objective.lossAndGradient(e, rng.nextDouble() < 0.5, rng, grad);
      Adam.clip(grad, 0, model.encoderSize(), 5);
      Adam.clip(grad, model.encoderSize(), grad.length, 5);
      adam.update(model.parameters(), grad);
    }
    return model;
  }
}
