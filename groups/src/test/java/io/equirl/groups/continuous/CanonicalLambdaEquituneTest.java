package io.equirl.groups.continuous;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.equirl.groups.BatchModel;
import io.equirl.groups.TestFixtures;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Paper Theorem 1: canonical-λ-equitune is invariant (eq. 6) or equivariant (eq. 5) under SO(2).
 */
class CanonicalLambdaEquituneTest {
  private static final int POINTS = 3;
  private static final double[] THETAS = {0, 2 * Math.PI / 3, 4 * Math.PI / 3, 0.3};
  private static final float TOL = 1e-4f; // rotations by arbitrary angles round in float

  @Test
  void invariantFormIsInvariantUnderRandomRotations() {
    Random random = new Random(30);
    TestFixtures.Net net = TestFixtures.mlp(random, 2 * POINTS, 16, 3);
    CanonicalLambdaEquitune op =
        new CanonicalLambdaEquitune(
            net.model(),
            net.lambdaModel(),
            Canonicalizer.meanDirection(),
            THETAS,
            CanonicalLambdaEquitune.Output.INVARIANT);
    double rawError = 0;
    for (int trial = 0; trial < 50; trial++) {
      float[] x = gaussian(random, 2 * POINTS);
      double phi = random.nextDouble() * 2 * Math.PI;
      float[] rx = SO2.rotate(phi, x);
      assertArrayEquals(op.apply(x), op.apply(rx), TOL);
      rawError = Math.max(rawError, maxDiff(forward(net.model(), x), forward(net.model(), rx)));
    }
    assertTrue(rawError > 1e-2, "the model alone must not be invariant");
  }

  @Test
  void equivariantFormRotatesWithTheInput() {
    Random random = new Random(31);
    TestFixtures.Net net = TestFixtures.mlp(random, 2 * POINTS, 16, 4); // two output points
    CanonicalLambdaEquitune op =
        new CanonicalLambdaEquitune(
            net.model(),
            net.lambdaModel(),
            Canonicalizer.meanDirection(),
            THETAS,
            CanonicalLambdaEquitune.Output.EQUIVARIANT);
    for (int trial = 0; trial < 50; trial++) {
      float[] x = gaussian(random, 2 * POINTS);
      double phi = random.nextDouble() * 2 * Math.PI;
      assertArrayEquals(SO2.rotate(phi, op.apply(x)), op.apply(SO2.rotate(phi, x)), TOL);
    }
  }

  @Test
  void batchedCallMatchesSingleCalls() {
    Random random = new Random(32);
    TestFixtures.Net net = TestFixtures.mlp(random, 2 * POINTS, 8, 2);
    CanonicalLambdaEquitune op =
        new CanonicalLambdaEquitune(
            net.model(),
            net.lambdaModel(),
            Canonicalizer.meanDirection(),
            THETAS,
            CanonicalLambdaEquitune.Output.EQUIVARIANT);
    float[] xs = gaussian(random, 3 * 2 * POINTS);
    float[] out = new float[3 * 2];
    op.apply(xs, 3, out);
    for (int b = 0; b < 3; b++) {
      float[] single =
          op.apply(java.util.Arrays.copyOfRange(xs, b * 2 * POINTS, (b + 1) * 2 * POINTS));
      assertArrayEquals(single, java.util.Arrays.copyOfRange(out, 2 * b, 2 * b + 2), 1e-6f);
    }
  }

  @Test
  void weightsAreNormalisedSoAConstantModelStaysConstant() {
    Random random = new Random(35);
    TestFixtures.Net net = TestFixtures.mlp(random, 2 * POINTS, 8, 2);
    BatchModel constant =
        BatchModel.perRow(
            2 * POINTS,
            2,
            (x, xo, y, yo) -> {
              y[yo] = 0.5f;
              y[yo + 1] = -2f;
            });
    CanonicalLambdaEquitune op =
        new CanonicalLambdaEquitune(
            constant,
            net.lambdaModel(),
            Canonicalizer.meanDirection(),
            THETAS,
            CanonicalLambdaEquitune.Output.INVARIANT);
    for (int trial = 0; trial < 10; trial++) {
      assertArrayEquals(new float[] {0.5f, -2f}, op.apply(gaussian(random, 2 * POINTS)), 1e-6f);
    }
  }

  @Test
  void zeroLambdaIsAnError() {
    Random random = new Random(33);
    TestFixtures.Net net = TestFixtures.mlp(random, 2 * POINTS, 8, 2);
    BatchModel zero = BatchModel.perRow(2 * POINTS, 1, (x, xo, y, yo) -> y[yo] = 0f);
    CanonicalLambdaEquitune op =
        new CanonicalLambdaEquitune(
            net.model(),
            zero,
            Canonicalizer.meanDirection(),
            THETAS,
            CanonicalLambdaEquitune.Output.INVARIANT);
    IllegalArgumentException ex =
        assertThrows(IllegalArgumentException.class, () -> op.apply(gaussian(random, 2 * POINTS)));
    assertTrue(ex.getMessage().contains("sums to zero"));
  }

  @Test
  void canonicalizerIsEquivariant() {
    Random random = new Random(34);
    Canonicalizer h = Canonicalizer.meanDirection();
    for (int trial = 0; trial < 20; trial++) {
      float[] x = gaussian(random, 2 * POINTS);
      double phi = random.nextDouble() * 2 * Math.PI;
      double diff = h.angle(SO2.rotate(phi, x), 0, POINTS) - h.angle(x, 0, POINTS) - phi;
      assertEquals(0, Math.sin(diff), 1e-5);
      assertEquals(1, Math.cos(diff), 1e-5);
    }
  }

  private static float[] forward(BatchModel m, float[] x) {
    float[] y = new float[m.outputSize()];
    m.forward(x, 1, y);
    return y;
  }

  private static double maxDiff(float[] a, float[] b) {
    double d = 0;
    for (int i = 0; i < a.length; i++) {
      d = Math.max(d, Math.abs(a[i] - b[i]));
    }
    return d;
  }

  private static float[] gaussian(Random random, int n) {
    float[] a = new float[n];
    for (int i = 0; i < n; i++) {
      a[i] = (float) random.nextGaussian();
    }
    return a;
  }
}
