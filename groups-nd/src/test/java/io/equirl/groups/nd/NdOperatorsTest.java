package io.equirl.groups.nd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import io.equirl.groups.BatchModel;
import io.equirl.groups.Equitune;
import io.equirl.groups.Equizero;
import io.equirl.groups.GroupElement;
import io.equirl.groups.LambdaEquitune;
import io.equirl.groups.ProxyLoss;
import io.equirl.groups.TestFixtures;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The NDArray operators agree with the float path (which Theorem 2 tests cover), call the model
 * once, and the straight-through form has equizero's value and equitune's gradient.
 */
class NdOperatorsTest {
  private static final float TOL = 1e-5f;
  private static final int BATCH = 6;
  private static final int HIDDEN = 12;
  private static NDManager manager;

  @BeforeAll
  static void start() {
    manager = NDManager.newBaseManager("PyTorch");
  }

  @AfterAll
  static void stop() {
    manager.close();
  }

  static List<TestFixtures.Setting> settings() {
    return TestFixtures.settings();
  }

  @ParameterizedTest
  @MethodSource("settings")
  void ndActionMatchesTheArrayAction(TestFixtures.Setting s) {
    try (NDManager scope = manager.newSubManager()) {
      Random random = new Random(20);
      float[] x = gaussian(random, BATCH * s.in().size());
      NDArray nx = scope.create(x, shape(s, BATCH));
      NdAction nd = NdAction.of(s.in());
      NDArray all = nd.transformAll(nx);
      assertEquals((long) s.in().group().order() * BATCH, all.getShape().get(0));
      float[] stacked = all.toFloatArray();
      int n = s.in().size();
      for (GroupElement g : s.in().group().elements()) {
        float[] one = nd.apply(g, nx).toFloatArray();
        for (int b = 0; b < BATCH; b++) {
          float[] expected = s.in().apply(g, java.util.Arrays.copyOfRange(x, b * n, b * n + n));
          int row = g.index() * BATCH + b;
          assertArrayEquals(
              expected, java.util.Arrays.copyOfRange(stacked, row * n, row * n + n), TOL);
          assertArrayEquals(expected, java.util.Arrays.copyOfRange(one, b * n, b * n + n), TOL);
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("settings")
  void operatorsMatchTheFloatPathWithOneModelCall(TestFixtures.Setting s) {
    Random random = new Random(21);
    TestFixtures.Net net = TestFixtures.mlp(random, s.in().size(), HIDDEN, s.out().size());
    BatchModel lambdaModel = net.lambdaModel();
    float[] x = gaussian(random, BATCH * s.in().size());
    int m = s.out().size();
    try (NDManager scope = manager.newSubManager()) {
      NDArray nx = scope.create(x, shape(s, BATCH));
      NdTestModels.Mlp model = ndMlp(scope, net, s);
      NdAction in = NdAction.of(s.in());
      NdAction out = NdAction.of(s.out());

      float[] equitune = new float[BATCH * m];
      new Equitune(net.model(), s.in(), s.out()).apply(x, BATCH, equitune);
      assertArrayEquals(equitune, NdOperators.equitune(model, in, out, nx).toFloatArray(), TOL);
      assertEquals(1, model.calls);
      assertEquals((long) s.in().group().order() * BATCH, model.lastRows);

      Equizero ez = new Equizero(net.model(), s.in(), s.out(), ProxyLoss.negativeMax());
      float[] equizero = new float[BATCH * m];
      ez.apply(x, BATCH, equizero);
      NdOperators.EquizeroResult ndEz =
          NdOperators.equizero(model, NdOperators.negativeMax(), in, out, nx);
      assertEquals(2, model.calls);
      assertArrayEquals(equizero, ndEz.output().toFloatArray(), TOL);
      for (int b = 0; b < BATCH; b++) {
        assertEquals(ez.best(b).index(), ndEz.best()[b]);
      }

      float[] lambda = new float[BATCH * m];
      new LambdaEquitune(net.model(), lambdaModel, s.in(), s.out()).apply(x, BATCH, lambda);
      int[] lambdaCalls = {0};
      Function<NDArray, NDArray> ndLambda =
          rows -> {
            lambdaCalls[0]++;
            return ndPositiveLambda(rows, net);
          };
      assertArrayEquals(
          lambda, NdOperators.lambdaEquitune(model, ndLambda, in, out, nx).toFloatArray(), 1e-4f);
      assertEquals(3, model.calls);
      assertEquals(1, lambdaCalls[0]);
    }
  }

  @ParameterizedTest
  @MethodSource("settings")
  void straightThroughHasEquizeroValueAndEquituneGradient(TestFixtures.Setting s) {
    Random random = new Random(22);
    TestFixtures.Net net = TestFixtures.mlp(random, s.in().size(), HIDDEN, s.out().size());
    float[] x = gaussian(random, BATCH * s.in().size());
    float[] cotangent = gaussian(random, BATCH * s.out().size());
    NdAction in = NdAction.of(s.in());
    NdAction out = NdAction.of(s.out());
    try (NDManager scope = manager.newSubManager()) {
      NDArray nx = scope.create(x, shape(s, BATCH));
      NDArray weights = scope.create(cotangent, new Shape(BATCH, s.out().size()));

      NdTestModels.Mlp a = ndMlp(scope, net, s);
      a.attachGradients();
      float[] value;
      try (GradientCollector gc = Engine.getEngine("PyTorch").newGradientCollector()) {
        NDArray y = NdOperators.straightThrough(a, NdOperators.negativeMax(), in, out, nx);
        value = y.toFloatArray();
        gc.backward(y.mul(weights).sum());
      }
      assertEquals(1, a.calls);

      NdTestModels.Mlp b = ndMlp(scope, net, s);
      b.attachGradients();
      try (GradientCollector gc = Engine.getEngine("PyTorch").newGradientCollector()) {
        NDArray y = NdOperators.equitune(b, in, out, nx);
        gc.backward(y.mul(weights).sum());
      }
      NDArray equizero = NdOperators.equizero(b, NdOperators.negativeMax(), in, out, nx).output();
      assertArrayEquals(equizero.toFloatArray(), value, TOL);
      assertGradientsEqual(b.w1, a.w1);
      assertGradientsEqual(b.b1, a.b1);
      assertGradientsEqual(b.w2, a.w2);
      assertGradientsEqual(b.b2, a.b2);
      assertTrue(maxAbs(a.w1.getGradient().toFloatArray()) > 1e-3, "gradient must not vanish");
    }
  }

  @ParameterizedTest
  @MethodSource("settings")
  void negativeLambdaIsAnError(TestFixtures.Setting s) {
    Random random = new Random(23);
    TestFixtures.Net net = TestFixtures.mlp(random, s.in().size(), HIDDEN, s.out().size());
    try (NDManager scope = manager.newSubManager()) {
      NDArray nx = scope.create(gaussian(random, BATCH * s.in().size()), shape(s, BATCH));
      NdTestModels.Mlp model = ndMlp(scope, net, s);
      IllegalArgumentException ex =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  NdOperators.lambdaEquitune(
                      model,
                      rows -> rows.reshape(rows.getShape().get(0), -1).get(":, 0").neg().sub(100),
                      NdAction.of(s.in()),
                      NdAction.of(s.out()),
                      nx));
      assertTrue(ex.getMessage().contains("non-negative"), ex.getMessage());
      IllegalArgumentException zero =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  NdOperators.lambdaEquitune(
                      model,
                      rows -> rows.getManager().zeros(new Shape(rows.getShape().get(0))),
                      NdAction.of(s.in()),
                      NdAction.of(s.out()),
                      nx));
      assertTrue(zero.getMessage().contains("sums to zero"), zero.getMessage());
    }
  }

  private static void assertGradientsEqual(NDArray expected, NDArray actual) {
    assertArrayEquals(
        expected.getGradient().toFloatArray(), actual.getGradient().toFloatArray(), 1e-5f);
  }

  private static NdTestModels.Mlp ndMlp(
      NDManager scope, TestFixtures.Net net, TestFixtures.Setting s) {
    return new NdTestModels.Mlp(
        scope, net.w1(), net.b1(), net.w2(), net.b2(), s.in().size(), HIDDEN, s.out().size());
  }

  /** The same λ as {@link TestFixtures.Net#lambdaModel}: softplus of a small net + 0.05. */
  private static NDArray ndPositiveLambda(NDArray rows, TestFixtures.Net net) {
    TestFixtures.Net l = net.lambdaNet();
    NDManager m = rows.getManager();
    NDArray flat = rows.reshape(rows.getShape().get(0), -1);
    NDArray h =
        flat.matMul(m.create(l.w1(), new Shape(l.hidden(), l.in())).transpose())
            .add(m.create(l.b1()))
            .tanh();
    NDArray z =
        h.matMul(m.create(l.w2(), new Shape(1, l.hidden())).transpose()).add(m.create(l.b2()));
    return z.exp().add(1f).log().add(0.05f);
  }

  private static Shape shape(TestFixtures.Setting s, int batch) {
    long[] dims = s.sampleShape();
    long[] full = new long[dims.length + 1];
    full[0] = batch;
    System.arraycopy(dims, 0, full, 1, dims.length);
    return new Shape(full);
  }

  private static float[] gaussian(Random random, int n) {
    float[] a = new float[n];
    for (int i = 0; i < n; i++) {
      a[i] = (float) random.nextGaussian();
    }
    return a;
  }

  private static double maxAbs(float[] a) {
    double m = 0;
    for (float v : a) {
      m = Math.max(m, Math.abs(v));
    }
    return m;
  }
}
