package io.equirl.agents.policy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.equirl.agents.net.QNetwork;
import io.equirl.envs.EnvSymmetry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** λ ≡ 1 decides as equitune; the λ-network is positive and saves losslessly. */
class LambdaEquituneTest {

  @ParameterizedTest
  @ValueSource(strings = {"cartpole", "acrobot", "gridworld"})
  void constantLambdaDecidesAsEquitune(String env) {
    EnvSymmetry sym = RandomSetup.symmetry(env);
    Random random = new Random(21);
    try (QNetwork q = RandomSetup.network(env, 22)) {
      Policy equitune = Policies.create(PolicyKind.EQUITUNE, q, sym, null);
      Policy lambda =
          Policies.create(PolicyKind.LAMBDA, q, sym, LambdaNetwork.constant(q.featureSize(), 1f));
      int differ = 0;
      for (int n = 0; n < 300; n++) {
        float[] s = RandomSetup.state(random, q.observationSize());
        if (equitune.act(s) != lambda.act(s)) {
          differ++;
        }
      }
      assertEquals(0, differ, "decisions where λ ≡ 1 and equitune differ");
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 7})
  void lambdaOfABatchIsBitForBitTheRowByRowDotProduct(int batch) {
    LambdaNetwork net = LambdaNetwork.create(64, LambdaNetwork.DEFAULT_HIDDEN, 3);
    Random random = new Random(batch);
    float[] features = new float[batch * 64];
    for (int i = 0; i < features.length; i++) {
      features[i] = random.nextBoolean() ? 0f : random.nextFloat() * 3; // ReLU-like features
    }
    float[] out = new float[batch];
    net.forward(features, batch, out);
    float[][] p = net.parameters();
    for (int b = 0; b < batch; b++) {
      double z = p[3][0];
      for (int j = 0; j < LambdaNetwork.DEFAULT_HIDDEN; j++) {
        float s = p[1][j];
        for (int i = 0; i < 64; i++) {
          s += p[0][j * 64 + i] * features[b * 64 + i];
        }
        z += p[2][j] * (s > 0 ? s : 0);
      }
      float expected = (float) LambdaNetwork.softplus(z) + LambdaNetwork.EPSILON;
      assertEquals(Float.floatToIntBits(expected), Float.floatToIntBits(out[b]), "row " + b);
    }
  }

  @Test
  void constantNetworkHasThatValue() {
    float[] out = new float[3];
    LambdaNetwork.constant(4, 1f).forward(new float[12], 3, out);
    assertArrayEquals(new float[] {1f, 1f, 1f}, out, 1e-6f);
  }

  @Test
  void lambdaIsPositiveEvenForExtremeFeatures() {
    LambdaNetwork net = LambdaNetwork.create(8, 100, 1);
    float[][] p = net.parameters();
    for (int j = 0; j < p[2].length; j++) {
      p[2][j] = -50f;
    }
    net.setParameters(p);
    float[] f = new float[8];
    java.util.Arrays.fill(f, 100f);
    float[] out = new float[1];
    net.forward(f, 1, out);
    assertTrue(out[0] >= LambdaNetwork.EPSILON, "λ = " + out[0]);
  }

  @Test
  void saveAndLoadRoundTrip(@TempDir Path dir) throws Exception {
    LambdaNetwork net = LambdaNetwork.create(16, 100, 9);
    Path file = dir.resolve("lambda.bin");
    net.save(file);
    LambdaNetwork back = LambdaNetwork.load(file);
    float[][] a = net.parameters();
    float[][] b = back.parameters();
    for (int i = 0; i < a.length; i++) {
      assertArrayEquals(a[i], b[i]);
    }
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "no temporary file left behind");
    }
  }

  @Test
  void refusesAFileThatIsNotALambdaNetwork(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("junk.bin");
    Files.write(file, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
    assertThrows(java.io.IOException.class, () -> LambdaNetwork.load(file));
  }

  @Test
  void unknownPolicyNameListsTheValidOnes() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PolicyKind.parse("bogus"));
    assertTrue(e.getMessage().contains("greedy, equitune, equizero, lambda"), e.getMessage());
  }
}
