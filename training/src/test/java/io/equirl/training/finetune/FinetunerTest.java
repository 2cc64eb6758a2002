package io.equirl.training.finetune;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import io.equirl.agents.net.Architecture;
import io.equirl.agents.net.QNetwork;
import io.equirl.agents.net.QNetworkSpec;
import io.equirl.agents.policy.PolicyKind;
import io.equirl.envs.Env;
import io.equirl.envs.Envs;
import io.equirl.training.ConfigOverrides;
import io.equirl.training.DqnConfig;
import io.equirl.training.DqnTrainer;
import io.equirl.training.TrainingListener;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Finetuning through equizero's straight-through estimator moves the network, reproducibly. */
class FinetunerTest {
  private static final DqnConfig CONFIG =
      ConfigOverrides.apply(
          DqnConfig.sb3Defaults(),
          List.of(
              "learning_starts=50",
              "batch_size=16",
              "target_update_interval=100",
              "net_arch=[16,16]"));

  private static float[][] finetune(PolicyKind kind) {
    try (QNetwork q =
            QNetwork.create(
                new QNetworkSpec(Architecture.MLP, List.of(6), 3, List.of(16, 16)),
                5,
                Device.cpu());
        Env env = Envs.make("acrobot");
        DqnTrainer f = Finetuner.create(Finetuner.config(CONFIG, 300), kind, q, env, null, 9)) {
      f.run(new TrainingListener() {});
      assertEquals(300, f.numTimesteps());
      assertTrue(f.rows().stream().anyMatch(r -> Double.isFinite(r.loss())));
      return q.parameters();
    }
  }

  @Test
  void straightThroughEquizeroMovesTheNetworkReproducibly() {
    float[][] a = finetune(PolicyKind.EQUIZERO);
    float[][] b = finetune(PolicyKind.EQUIZERO);
    float[][] initial;
    try (QNetwork q =
        QNetwork.create(
            new QNetworkSpec(Architecture.MLP, List.of(6), 3, List.of(16, 16)), 5, Device.cpu())) {
      initial = q.parameters();
    }
    assertFalse(java.util.Arrays.equals(initial[0], a[0]), "no gradient reached the network");
    for (int i = 0; i < a.length; i++) {
      assertArrayEquals(a[i], b[i], "same seed, different parameter " + i);
    }
  }

  @Test
  void greedyAndMissingLambdaAreRefused() {
    try (QNetwork q =
            QNetwork.create(
                new QNetworkSpec(Architecture.MLP, List.of(6), 3, List.of(16, 16)),
                5,
                Device.cpu());
        Env env = Envs.make("acrobot")) {
      assertThrows(
          IllegalArgumentException.class,
          () -> Finetuner.create(CONFIG, PolicyKind.GREEDY, q, env, null, 0));
      assertThrows(
          IllegalArgumentException.class,
          () -> Finetuner.create(CONFIG, PolicyKind.LAMBDA, q, env, null, 0));
    }
  }
}
