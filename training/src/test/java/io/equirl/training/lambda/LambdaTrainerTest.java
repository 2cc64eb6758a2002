package io.equirl.training.lambda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import io.equirl.agents.net.Architecture;
import io.equirl.agents.net.QNetwork;
import io.equirl.agents.net.QNetworkSpec;
import io.equirl.agents.policy.LambdaNetwork;
import io.equirl.envs.Env;
import io.equirl.envs.Envs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** λ-training moves λ only, is deterministic for a seed, and saves beside the model. */
class LambdaTrainerTest {
  private static final LambdaTrainConfig SMALL =
      new LambdaTrainConfig(400, 1e-3, 32, 0.05, 64, 2, 100, 10, 100, 3);

  private static QNetwork network() {
    return QNetwork.create(new QNetworkSpec(Architecture.MLP, List.of(4), 2, List.of(32, 32)), 17,
        Device.cpu());
  }

  private static float[][] train(QNetwork q, List<LambdaTrainer.Progress> progress) {
    try (Env env = Envs.make("cartpole")) {
      return new LambdaTrainer(SMALL, q, env, 0.99).run(progress::add).parameters();
    }
  }

  @Test
  void trainsLambdaOnlyAndDeterministically(@TempDir Path dir) throws Exception {
    try (QNetwork q = network()) {
      float[][] before = q.parameters();
      List<LambdaTrainer.Progress> progress = new ArrayList<>();
      float[][] first = train(q, progress);
      float[][] after = q.parameters();
      for (int i = 0; i < before.length; i++) {
        assertArrayEquals(before[i], after[i], "Q-network parameter " + i + " changed");
      }
      float[][] initial = LambdaNetwork.create(q.featureSize(), 100, 0).parameters();
      assertFalse(java.util.Arrays.equals(initial[0], first[0]), "λ did not move");
      assertTrue(progress.get(progress.size() - 1).step() == SMALL.steps());
      assertTrue(Double.isFinite(progress.get(progress.size() - 1).meanLoss()));

      float[][] second = train(q, new ArrayList<>());
      for (int i = 0; i < first.length; i++) {
        assertArrayEquals(first[i], second[i], "same seed, different λ parameter " + i);
      }

      LambdaNetwork lambda = LambdaNetwork.create(q.featureSize(), 100, 1);
      lambda.setParameters(first);
      LambdaFiles.save(dir, lambda, SMALL, progress.get(progress.size() - 1));
      float[][] loaded = LambdaFiles.load(dir).orElseThrow().parameters();
      for (int i = 0; i < first.length; i++) {
        assertArrayEquals(first[i], loaded[i]);
      }
    }
  }
}
