package io.equirl.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Paper Theorem 2, numerically: for random models M and random positive λ, equitune, λ-equitune and
 * (where the argmin is unique) equizero satisfy {@code M_G(g·x) = g·M_G(x)} for every g.
 */
class TheoremTwoTest {
  private static final double TOL = 1e-5;
  private static final int SAMPLES = 40;

  static List<OperatorSettings> settings() {
    return OperatorSettings.all();
  }

  static List<TestModels.Mlp> models(OperatorSettings s, Random random) {
    return List.of(
        TestModels.mlp(random, s.in().size(), 16, s.out().size()),
        TestModels.linear(random, s.in().size(), s.out().size()));
  }

  @ParameterizedTest
  @MethodSource("settings")
  void rawModelsAreNotEquivariant(OperatorSettings s) {
    Random random = new Random(1);
    List<float[]> xs = TestModels.samples(random, SAMPLES, s.in().size());
    for (TestModels.Mlp m : models(s, random)) {
      assertTrue(
          ActionLaws.equivarianceError(m::apply, s.in(), s.out(), xs) > 1e-2,
          "the test would be vacuous");
    }
  }

  @ParameterizedTest
  @MethodSource("settings")
  void equituneIsEquivariant(OperatorSettings s) {
    Random random = new Random(2);
    List<float[]> xs = TestModels.samples(random, SAMPLES, s.in().size());
    for (TestModels.Mlp m : models(s, random)) {
      Equitune op = new Equitune(m, s.in(), s.out());
      assertEquals(List.of(), ActionLaws.checkEquivariance(op::apply, s.in(), s.out(), xs, TOL));
    }
  }

  @ParameterizedTest
  @MethodSource("settings")
  void lambdaEquituneIsEquivariant(OperatorSettings s) {
    Random random = new Random(3);
    List<float[]> xs = TestModels.samples(random, SAMPLES, s.in().size());
    for (TestModels.Mlp m : models(s, random)) {
      BatchModel lambda = TestModels.positiveLambda(random, s.in().size());
      LambdaEquitune op = new LambdaEquitune(m, lambda, s.in(), s.out());
      assertEquals(List.of(), ActionLaws.checkEquivariance(op::apply, s.in(), s.out(), xs, TOL));
    }
  }

  @ParameterizedTest
  @MethodSource("settings")
  void equizeroIsEquivariantWhereTheArgminIsUnique(OperatorSettings s) {
    Random random = new Random(4);
    ProxyLoss loss = ProxyLoss.negativeMax();
    for (TestModels.Mlp m : models(s, random)) {
      Equizero op = new Equizero(m, s.in(), s.out(), loss);
      List<float[]> unique = new ArrayList<>();
      for (float[] x : TestModels.samples(random, SAMPLES, s.in().size())) {
        if (argminGap(m, s, loss, x) > 1e-4) {
          unique.add(x);
        }
      }
      assertTrue(unique.size() >= SAMPLES / 2, "too few samples with a unique argmin");
      assertEquals(
          List.of(), ActionLaws.checkEquivariance(op::apply, s.in(), s.out(), unique, TOL));
    }
  }

  /** Gap between the two lowest proxy losses over the orbit of x. */
  static double argminGap(TestModels.Mlp m, OperatorSettings s, ProxyLoss loss, float[] x) {
    double best = Double.POSITIVE_INFINITY;
    double second = Double.POSITIVE_INFINITY;
    for (GroupElement g : s.in().group().elements()) {
      float[] y = m.apply(s.in().apply(g, x));
      double l = loss.loss(y, 0, y.length);
      if (l < best) {
        second = best;
        best = l;
      } else if (l < second) {
        second = l;
      }
    }
    return second - best;
  }
}
