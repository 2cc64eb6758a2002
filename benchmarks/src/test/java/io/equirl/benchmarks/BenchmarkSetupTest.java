package io.equirl.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Each benchmark's setup and one call of each method, outside JMH and without timing: a broken
 * benchmark fails the build here rather than half-way through a 15-minute run.
 */
class BenchmarkSetupTest {
  private static final Blackhole BH =
      new Blackhole(
          "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

  @ParameterizedTest
  @ValueSource(strings = {"gridworld", "cartpole", "acrobot"})
  void envStepsAndResets(String env) {
    EnvStepBenchmark b = new EnvStepBenchmark();
    b.env = env;
    b.setUp();
    for (int i = 0; i < 1000; i++) {
      assertNotNull(b.step());
    }
    assertNotNull(b.reset());
    assertNotNull(b.resetSeeded());
    b.tearDown();
  }

  @ParameterizedTest
  @ValueSource(strings = {"gridworld", "cartpole", "acrobot"})
  void everyPolicyDecidesALegalAction(String env) {
    PolicyLatencyBenchmark b = new PolicyLatencyBenchmark();
    b.env = env;
    b.preset = "paper";
    b.device = "cpu";
    b.setUp();
    int actions = env.equals("gridworld") ? 5 : env.equals("cartpole") ? 2 : 3;
    for (int i = 0; i < 20; i++) {
      for (int a : new int[] {b.greedy(), b.equitune(), b.equizero(), b.lambda()}) {
        assertTrue(a >= 0 && a < actions, "action " + a);
      }
    }
    b.tearDown();
  }

  @Test
  void gpuCasesAreSkippedWithoutCuda() {
    assumeTrue(Fixtures.gpuCount() == 0, "this machine has a GPU");
    PolicyLatencyBenchmark b = new PolicyLatencyBenchmark();
    b.env = "cartpole";
    b.preset = "paper";
    b.device = "gpu";
    b.setUp();
    assertEquals(-1, b.equizero());
    b.tearDown();
  }

  @ParameterizedTest
  @ValueSource(strings = {"acting", "djl"})
  void batchedAndSeparateForwardsAgree(String path) {
    BatchingBenchmark batched = batching(path);
    BatchingBenchmark separate = batching(path);
    batched.batched(BH);
    separate.separate(BH);
    assertArrayEquals(batched.lastQ(), separate.lastQ(), 1e-5f);
    batched.baseline(BH);
    batched.tearDown();
    separate.tearDown();
  }

  private static BatchingBenchmark batching(String path) {
    BatchingBenchmark b = new BatchingBenchmark();
    b.env = "gridworld";
    b.preset = "paper";
    b.path = path;
    b.device = "cpu";
    b.setUp();
    return b;
  }

  @Test
  void gradientStepsAndSampling() {
    TrainingStepBenchmark b = new TrainingStepBenchmark();
    b.preset = "cartpole-paper";
    b.device = "cpu";
    b.setUp();
    for (int i = 0; i < 3; i++) {
      double loss = b.gradientStep();
      assertTrue(Double.isFinite(loss) && loss >= 0, "loss " + loss);
    }
    assertEquals(32, b.sample().size);
    b.baseline(BH);
    b.tearDown();
  }

  @Test
  void nativeEnvThroughTheBridgeBenchmark() {
    BridgeBenchmark b = new BridgeBenchmark();
    b.env = "CartPole-v1";
    b.impl = "native";
    b.setUp();
    assertNotNull(b.step());
    b.tearDown();
  }
}
