package io.equirl.canonical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import io.equirl.groups.continuous.SO2;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CanonicalNetTest {
  private static final int N = 64;

  @Test
  void everyCanonicalVariantIsInvariantAtRandomAngles() {
    Dataset data = Dataset.sample(N, 3);
    SplittableRandom rng = new SplittableRandom(11);
    for (Variant v : Variant.table13()) {
      if (v.kind() == Variant.Kind.MLP) {
        continue;
      }
      try (CanonicalNet net = CanonicalNet.create(v, 5)) {
        float[] base = net.predict(data.x(), N);
        for (int trial = 0; trial < 5; trial++) {
          double angle = 2 * Math.PI * rng.nextDouble();
          float[] rotated = net.predict(SO2.rotate(angle, data.x()), N);
          for (int i = 0; i < N; i++) {
            // Float rounding of the rotated input is the only difference left.
            assertEquals(
                base[i],
                rotated[i],
                1e-4 * (1 + Math.abs(base[i])),
                v.name() + " at angle " + angle + ", row " + i);
          }
        }
      }
    }
  }

  @Test
  void thePlainMlpIsNotInvariantSoTheCheckAboveCanFail() {
    Dataset data = Dataset.sample(N, 3);
    try (CanonicalNet net = CanonicalNet.create(Variant.mlp(), 5)) {
      float[] base = net.predict(data.x(), N);
      float[] rotated = net.predict(SO2.rotate(1.0, data.x()), N);
      double worst = 0;
      for (int i = 0; i < N; i++) {
        worst = Math.max(worst, Math.abs(base[i] - rotated[i]));
      }
      assertTrue(worst > 1e-2, "plain MLP moved by at most " + worst);
    }
  }

  @Test
  void theTrainingGraphComputesWhatTheGroupCoreOperatorComputes() {
    Dataset data = Dataset.sample(N, 4);
    for (Variant v : Variant.table13()) {
      try (CanonicalNet net = CanonicalNet.create(v, 9);
          NDManager scope = net.manager().newSubManager()) {
        float[] graph = net.forward(scope, net.stack(data.x(), N), N).toFloatArray();
        float[] operator = net.predict(data.x(), N);
        for (int i = 0; i < N; i++) {
          assertEquals(operator[i], graph[i], 1e-5 * (1 + Math.abs(operator[i])), v.name());
        }
      }
    }
  }

  @Test
  void parameterCountsAddTheLambdaNetworkToTheSameMlp() {
    try (CanonicalNet mlp = CanonicalNet.create(Variant.mlp(), 1);
        CanonicalNet canon = CanonicalNet.create(Variant.canonical(), 1);
        CanonicalNet lambda = CanonicalNet.create(Variant.canonicalLambda(0, 2), 1)) {
      long m = 4 * 100 + 100 + 3 * (100 * 100 + 100) + 100 + 1;
      assertEquals(m, mlp.parameterCount());
      assertEquals(m, canon.parameterCount());
      assertEquals(m + 4 * 32 + 32 + 32 + 1, lambda.parameterCount());
    }
  }
}
