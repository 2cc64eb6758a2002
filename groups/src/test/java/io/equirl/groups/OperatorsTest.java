package io.equirl.groups;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The operators' special cases, batching and error handling (plain float path). */
class OperatorsTest {
  private static final float TOL = 1e-5f;
  private final OperatorSettings d4 = OperatorSettings.all().get(3);
  private final OperatorSettings cartPole = OperatorSettings.all().get(0);

  @Test
  void lambdaIdenticallyOneIsEquitune() {
    Random random = new Random(5);
    TestModels.Mlp m = TestModels.mlp(random, d4.in().size(), 16, d4.out().size());
    BatchModel one = BatchModel.perRow(d4.in().size(), 1, (x, xo, y, yo) -> y[yo] = 1f);
    Equitune equitune = new Equitune(m, d4.in(), d4.out());
    LambdaEquitune lambda = new LambdaEquitune(m, one, d4.in(), d4.out());
    for (float[] x : TestModels.samples(random, 20, d4.in().size())) {
      assertArrayEquals(equitune.apply(x), lambda.apply(x), TOL);
    }
  }

  @Test
  void operatorsLeaveAnEquivariantModelUnchanged() {
    Random random = new Random(9);
    TestModels.Mlp m = TestModels.mlp(random, d4.in().size(), 16, d4.out().size());
    Equitune inner = new Equitune(m, d4.in(), d4.out());
    // M' = equitune(M) is equivariant, so averaging it again must give M' back (eqs. 1 and 4)
    BatchModel equivariant =
        BatchModel.perRow(
            d4.in().size(),
            d4.out().size(),
            (x, xo, y, yo) ->
                System.arraycopy(
                    inner.apply(java.util.Arrays.copyOfRange(x, xo, xo + d4.in().size())),
                    0,
                    y,
                    yo,
                    d4.out().size()));
    Equitune outer = new Equitune(equivariant, d4.in(), d4.out());
    LambdaEquitune lambda =
        new LambdaEquitune(
            equivariant, TestModels.positiveLambda(random, d4.in().size()), d4.in(), d4.out());
    for (float[] x : TestModels.samples(random, 10, d4.in().size())) {
      float[] expected = inner.apply(x);
      assertArrayEquals(expected, outer.apply(x), TOL);
      assertArrayEquals(expected, lambda.apply(x), TOL);
    }
  }

  @Test
  void lambdaIndicatorOfTheArgminIsEquizero() {
    Random random = new Random(6);
    ProxyLoss loss = ProxyLoss.negativeMax();
    TestModels.Mlp m = TestModels.mlp(random, d4.in().size(), 16, d4.out().size());
    // λ(y) = 1 exactly when y = g*·x, i.e. when y has the lowest proxy loss of its own orbit
    BatchModel indicator =
        BatchModel.perRow(
            d4.in().size(),
            1,
            (x, xo, y, yo) -> {
              float[] row = java.util.Arrays.copyOfRange(x, xo, xo + d4.in().size());
              double own = loss.loss(m.apply(row), 0, d4.out().size());
              double min = Double.POSITIVE_INFINITY;
              for (GroupElement g : d4.in().group().elements()) {
                float[] out = m.apply(d4.in().apply(g, row));
                min = Math.min(min, loss.loss(out, 0, out.length));
              }
              y[yo] = own == min ? 1f : 0f;
            });
    Equizero equizero = new Equizero(m, d4.in(), d4.out(), loss);
    LambdaEquitune lambda = new LambdaEquitune(m, indicator, d4.in(), d4.out());
    int checked = 0;
    for (float[] x : TestModels.samples(random, 30, d4.in().size())) {
      if (TheoremTwoTest.argminGap(m, d4, loss, x) > 1e-4) {
        assertArrayEquals(equizero.apply(x), lambda.apply(x), TOL);
        checked++;
      }
    }
    assertTrue(checked >= 15);
  }

  @Test
  void modelAndLambdaAreCalledOncePerOperatorCall() {
    Random random = new Random(7);
    TestModels.Mlp m = TestModels.mlp(random, d4.in().size(), 8, d4.out().size());
    TestModels.Mlp lambdaNet = TestModels.mlp(random, d4.in().size(), 4, 1);
    BatchModel lambda =
        new BatchModel() {
          @Override
          public int inputSize() {
            return lambdaNet.inputSize();
          }

          @Override
          public int outputSize() {
            return 1;
          }

          @Override
          public void forward(float[] in, int n, float[] out) {
            lambdaNet.forward(in, n, out);
            for (int i = 0; i < n; i++) {
              out[i] = (float) Math.exp(out[i]);
            }
          }
        };
    int batch = 5;
    float[] x = TestModels.gaussian(random, batch * d4.in().size(), 1);
    float[] out = new float[batch * d4.out().size()];
    new Equitune(m, d4.in(), d4.out()).apply(x, batch, out);
    assertEquals(1, m.calls);
    assertEquals(8 * batch, m.lastBatch);
    new Equizero(m, d4.in(), d4.out(), ProxyLoss.negativeMax()).apply(x, batch, out);
    assertEquals(2, m.calls);
    new LambdaEquitune(m, lambda, d4.in(), d4.out()).apply(x, batch, out);
    assertEquals(3, m.calls);
    assertEquals(1, lambdaNet.calls);
    assertEquals(8 * batch, lambdaNet.lastBatch);
  }

  @Test
  void batchedCallsMatchSingleCallsAndReuseTheWorkspace() {
    Random random = new Random(8);
    TestModels.Mlp m = TestModels.mlp(random, d4.in().size(), 8, d4.out().size());
    Equitune equitune = new Equitune(m, d4.in(), d4.out());
    Equizero equizero = new Equizero(m, d4.in(), d4.out(), ProxyLoss.negativeMax());
    int n = d4.in().size();
    int k = d4.out().size();
    int batch = 4;
    float[] x = TestModels.gaussian(random, batch * n, 1);
    float[] outEt = new float[batch * k];
    float[] outEz = new float[batch * k];
    for (int repeat = 0; repeat < 2; repeat++) {
      equitune.apply(x, batch, outEt);
      equizero.apply(x, batch, outEz);
      for (int b = 0; b < batch; b++) {
        float[] xb = java.util.Arrays.copyOfRange(x, b * n, (b + 1) * n);
        GroupElement best = equizero.best(b);
        float[] raw = new float[k];
        equizero.modelOutputAtBest(b, raw, 0);
        assertArrayEquals(
            java.util.Arrays.copyOfRange(outEt, b * k, (b + 1) * k),
            new Equitune(m, d4.in(), d4.out()).apply(xb),
            TOL);
        Equizero single = new Equizero(m, d4.in(), d4.out(), ProxyLoss.negativeMax());
        assertArrayEquals(
            java.util.Arrays.copyOfRange(outEz, b * k, (b + 1) * k), single.apply(xb), TOL);
        assertEquals(single.best(0), best);
        assertArrayEquals(m.apply(d4.in().apply(best, xb)), raw, TOL);
        assertArrayEquals(
            d4.out().apply(best.inverse(), raw),
            java.util.Arrays.copyOfRange(outEz, b * k, (b + 1) * k),
            TOL);
      }
    }
  }

  @Test
  void equizeroBreaksTiesByElementOrder() {
    ArrayAction in = cartPole.in();
    BatchModel constant =
        BatchModel.perRow(
            4,
            2,
            (x, xo, y, yo) -> {
              y[yo] = 1;
              y[yo + 1] = 0;
            });
    Equizero op = new Equizero(constant, in, cartPole.out(), ProxyLoss.negativeMax());
    op.apply(new float[] {1, 2, 3, 4});
    assertEquals(in.group().identity(), op.best(0));
  }

  @Test
  void badLambdaIsAnErrorNotNaN() {
    BatchModel m =
        BatchModel.perRow(
            4,
            2,
            (x, xo, y, yo) -> {
              y[yo] = x[xo];
              y[yo + 1] = x[xo + 1];
            });
    BatchModel zero = BatchModel.perRow(4, 1, (x, xo, y, yo) -> y[yo] = 0f);
    BatchModel negative = BatchModel.perRow(4, 1, (x, xo, y, yo) -> y[yo] = x[xo]);
    float[] x = {1, 2, 3, 4};
    IllegalArgumentException sumZero =
        assertThrows(
            IllegalArgumentException.class,
            () -> new LambdaEquitune(m, zero, cartPole.in(), cartPole.out()).apply(x));
    assertTrue(sumZero.getMessage().contains("sums to zero"), sumZero.getMessage());
    IllegalArgumentException neg =
        assertThrows(
            IllegalArgumentException.class,
            () -> new LambdaEquitune(m, negative, cartPole.in(), cartPole.out()).apply(x));
    assertTrue(neg.getMessage().contains("non-negative"), neg.getMessage());
  }

  @Test
  void mismatchedShapesAndGroupsAreRefused() {
    BatchModel m = BatchModel.perRow(4, 2, (x, xo, y, yo) -> {});
    FiniteGroup anotherC2 =
        FiniteGroup.fromTable("C2", java.util.List.of("e", "flip"), new int[][] {{0, 1}, {1, 0}});
    ArrayAction otherGroupOut = PermutationAction.swap(anotherC2, 2, 0, 1);
    assertThrows(
        IllegalArgumentException.class, () -> new Equitune(m, cartPole.in(), otherGroupOut));
    assertThrows(IllegalArgumentException.class, () -> new Equitune(m, d4.in(), d4.out()));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Equitune(m, cartPole.in(), cartPole.out()).apply(new float[3], 1, new float[2]));
  }
}
