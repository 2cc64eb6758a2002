package io.equirl.agents.djl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.modality.rl.env.RlEnv;
import ai.djl.ndarray.NDManager;
import io.equirl.agents.net.Architecture;
import io.equirl.agents.net.QNetwork;
import io.equirl.agents.net.QNetworkSpec;
import io.equirl.envs.Env;
import io.equirl.envs.Envs;
import io.equirl.envs.StepResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class DjlAdaptersTest {
  private static final QNetworkSpec SPEC =
      new QNetworkSpec(Architecture.MLP, List.of(4), 2, List.of(8));

  /** The greedy episode return computed on the Env API directly. */
  private static double directReturn(QNetwork net, long seed) {
    try (Env env = Envs.make("cartpole")) {
      float[] obs = env.reset(seed);
      float[] q = new float[2];
      double total = 0;
      while (true) {
        net.forward(obs, 1, q);
        StepResult r = env.step(q[1] > q[0] ? 1 : 0);
        total += r.reward();
        obs = r.observation();
        if (r.done()) {
          return total;
        }
      }
    }
  }

  @Test
  void djlRunEnvironmentWithTheGreedyAgentMatchesTheEnvApi() {
    try (NDManager m = NDManager.newBaseManager();
        QNetwork net = QNetwork.create(SPEC, 3, Device.cpu());
        DjlEnv env = new DjlEnv(Envs.make("cartpole"), m, 42)) {
      float djl = env.runEnvironment(new GreedyRlAgent(net), false);
      assertEquals(directReturn(net, 42), djl, 1e-6);
    }
  }

  @Test
  void stepsKeepTerminationApartFromTruncationAndFeedTheBatch() {
    try (NDManager m = NDManager.newBaseManager();
        DjlEnv env = new DjlEnv(Envs.make("cartpole"), m, 1, 4, 100)) {
      env.reset();
      float[] first = env.getObservation().singletonOrThrow().toFloatArray();
      assertEquals(4, first.length);
      DjlStep last = null;
      int steps = 0;
      while (last == null || !last.isDone()) {
        last = (DjlStep) env.step(env.getActionSpace().get(steps % 2), true);
        steps++;
      }
      // Alternating pushes keep the pole up for a while but it falls before 500 steps.
      assertTrue(last.terminated() && !last.truncated());
      assertArrayEquals(
          last.getPostObservation().singletonOrThrow().toFloatArray(),
          env.getObservation().singletonOrThrow().toFloatArray());
      assertEquals(1f, last.getReward().getFloat());
      RlEnv.Step[] batch = env.getBatch();
      assertEquals(4, batch.length);
    }
  }

  @Test
  void greedyAgentRefusesToTrain() {
    try (QNetwork net = QNetwork.create(SPEC, 3, Device.cpu())) {
      assertThrows(
          UnsupportedOperationException.class,
          () -> new GreedyRlAgent(net).trainBatch(new RlEnv.Step[0]));
    }
  }
}
