package io.equirl.training;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import io.equirl.agents.net.QNetwork;
import io.equirl.envs.Env;
import io.equirl.envs.Envs;
import io.equirl.envs.StepResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * CartPole-v1 learns well past random (mean return about 22) with the {@code zoo} preset on fixed
 * seeds, at 30k of its 50k steps to keep the test near a minute per seed on two cores. Run with
 * {@code mvn verify -Plearning}.
 */
class CartPoleLearningIT {
  private static final int EPISODES = 20;

  private static double greedyReturn(QNetwork net, long firstSeed) {
    double total = 0;
    float[] q = new float[net.numActions()];
    try (Env env = Envs.make("cartpole")) {
      for (int ep = 0; ep < EPISODES; ep++) {
        float[] obs = env.reset(firstSeed + ep);
        while (true) {
          net.forward(obs, 1, q);
          StepResult r = env.step(q[1] > q[0] ? 1 : 0);
          total += r.reward();
          obs = r.observation();
          if (r.done()) {
            break;
          }
        }
      }
    }
    return total / EPISODES;
  }

  @Test
  void zooPresetLearnsCartPole() {
    DqnConfig config =
        ConfigOverrides.apply(
            Presets.load("cartpole", "zoo"),
            List.of("total_timesteps=30000", "checkpoint_interval=0"));
    double sum = 0;
    StringBuilder report = new StringBuilder();
    for (long seed : new long[] {1, 2}) {
      try (Env env = Envs.make("cartpole");
          DqnTrainer t = DqnTrainer.create(config, env, seed, Device.cpu())) {
        t.run(new TrainingListener() {});
        double r = greedyReturn(t.network(), 1_000_000);
        sum += r;
        report.append(String.format("seed %d: %.1f (%s); ", seed, r, t.timings()));
        assertTrue(r > 60, "seed " + seed + " reached only " + r + "; " + report);
      }
    }
    System.out.println("CartPoleLearningIT: " + report);
    assertTrue(sum / 2 >= 120, "mean greedy return " + sum / 2 + "; " + report);
  }
}
