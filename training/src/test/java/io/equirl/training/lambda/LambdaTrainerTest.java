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
import io.equirl.training.DqnConfig;
import io.equirl.training.DqnTrainer;
import io.equirl.training.ProgressRow;
import io.equirl.training.TrainingListener;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** λ-training moves λ only, is deterministic for a seed, and saves beside the model. */
class LambdaTrainerTest {
  private static final DqnConfig SMALL =
      LambdaTrainer.config(
          400,
          0.99,
          List.of(
              "batch_size=32", "learning_starts=64", "train_freq=2", "target_update_interval=100"));

  private static QNetwork network() {
    return QNetwork.create(
        new QNetworkSpec(Architecture.MLP, List.of(4), 2, List.of(32, 32)), 17, Device.cpu());
  }

  private static float[][] train(QNetwork q, List<ProgressRow> progress) {
    try (Env env = Envs.make("cartpole");
        DqnTrainer t = LambdaTrainer.create(SMALL, q, env, 3)) {
      t.run(
          new TrainingListener() {
            @Override
            public void onProgress(ProgressRow row) {
              progress.add(row);
            }
          });
      return LambdaTrainer.trained(t).parameters();
    }
  }

  @Test
  void trainsLambdaOnlyAndDeterministically(@TempDir Path dir) throws Exception {
    try (QNetwork q = network()) {
      float[][] before = q.parameters();
      List<ProgressRow> progress = new ArrayList<>();
      float[][] first = train(q, progress);
      float[][] after = q.parameters();
      for (int i = 0; i < before.length; i++) {
        assertArrayEquals(before[i], after[i], "Q-network parameter " + i + " changed");
      }
      float[][] initial = LambdaNetwork.create(q.featureSize(), 100, 0).parameters();
      assertFalse(java.util.Arrays.equals(initial[0], first[0]), "λ did not move");
      assertTrue(progress.get(progress.size() - 1).step() == SMALL.totalTimesteps());
      assertTrue(Double.isFinite(progress.get(progress.size() - 1).loss()));

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
