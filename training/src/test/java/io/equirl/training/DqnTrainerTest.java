package io.equirl.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DqnTrainerTest {
  static final DqnConfig SMALL =
      ConfigOverrides.apply(
          DqnConfig.sb3Defaults(),
          List.of(
              "total_timesteps=600",
              "learning_starts=50",
              "train_freq=4",
              "gradient_steps=2",
              "batch_size=16",
              "buffer_size=400",
              "target_update_interval=30",
              "net_arch=[16, 16]",
              "learning_rate=1e-3",
              "log_interval=100",
              "checkpoint_interval=0",
              "exploration_fraction=0.5"));

  static List<String> deterministicRows(DqnTrainer t) {
    return t.rows().stream().map(ProgressRow::deterministicPart).toList();
  }

  @Test
  void sameSeedSameRowsAndParametersOtherSeedDiffers() {
    List<String> rows1;
    float[][] params1;
    try (DqnTrainer t = DqnTrainer.create(SMALL, new ChainEnv(), 5, Device.cpu())) {
      t.run(new TrainingListener() {});
      rows1 = deterministicRows(t);
      params1 = t.network().parameters();
    }
    try (DqnTrainer t = DqnTrainer.create(SMALL, new ChainEnv(), 5, Device.cpu())) {
      t.run(new TrainingListener() {});
      assertEquals(rows1, deterministicRows(t));
      for (int i = 0; i < params1.length; i++) {
        assertArrayEquals(params1[i], t.network().parameters()[i]);
      }
    }
    try (DqnTrainer t = DqnTrainer.create(SMALL, new ChainEnv(), 6, Device.cpu())) {
      t.run(new TrainingListener() {});
      assertFalse(java.util.Arrays.equals(params1[0], t.network().parameters()[0]));
    }
  }

  @Test
  void gradientStepsLeaveNoNativeArraysBehind() {
    // Intermediates of each forward and backward must be freed with the step; arrays that
    // outlive it would accumulate for the whole run (a 1M-step run would exhaust memory).
    // [16, 16] takes its TD targets on the JVM, [256, 256] in DJL: both paths are checked.
    for (String arch : List.of("net_arch=[16, 16]", "net_arch=[256, 256]")) {
      DqnConfig config = ConfigOverrides.apply(SMALL, List.of(arch));
      int shortRun = liveArrays(ConfigOverrides.apply(config, List.of("total_timesteps=200")));
      int longRun = liveArrays(config);
      assertEquals(shortRun, longRun, arch + ": native arrays still held after training");
    }
  }

  private static int liveArrays(DqnConfig config) {
    try (DqnTrainer t = DqnTrainer.create(config, new ChainEnv(), 1, Device.cpu())) {
      t.run(new TrainingListener() {});
      assertTrue(t.rows().get(t.rows().size() - 1).updates() > 0);
      return t.network().manager().getManagedArrays().size()
          + ((NetworkParameters) t.head().trained()).target().manager().getManagedArrays().size();
    }
  }

  @Test
  void countsRolloutsUpdatesAndStepsAsSb3() {
    // Rollouts of 4 steps end at 4, 8, ..., 600; those after step 50 (52..600: 138) train twice.
    try (DqnTrainer t = DqnTrainer.create(SMALL, new ChainEnv(), 1, Device.cpu())) {
      t.run(new TrainingListener() {});
      assertEquals(600, t.numTimesteps());
      assertEquals(2 * 138, t.rows().get(t.rows().size() - 1).updates());
      assertEquals(6, t.rows().size());
      assertEquals(0.05, t.explorationRate(), 1e-12);
      assertTrue(t.numEpisodes() > 0);
    }
    // A total that is not a multiple of train_freq finishes the last rollout, as SB3 does.
    DqnConfig odd = ConfigOverrides.apply(SMALL, List.of("total_timesteps=102"));
    try (DqnTrainer t = DqnTrainer.create(odd, new ChainEnv(), 1, Device.cpu())) {
      t.run(new TrainingListener() {});
      assertEquals(104, t.numTimesteps());
    }
  }

  @Test
  void hardTargetUpdateEveryIntervalStepsAndNotBetween() {
    DqnConfig c =
        ConfigOverrides.apply(
            SMALL, List.of("target_update_interval=3", "learning_starts=0", "total_timesteps=40"));
    List<Long> checked = new ArrayList<>();
    try (DqnTrainer t = DqnTrainer.create(c, new ChainEnv(), 2, Device.cpu())) {
      float[][][] lastCopy = {t.network().parameters()};
      t.run(
          new TrainingListener() {
            @Override
            public boolean onStep(DqnTrainer tr) {
              long s = tr.numTimesteps();
              float[][] target = ((NetworkParameters) tr.head().trained()).target().parameters();
              if (s % 3 == 0) {
                lastCopy[0] = s % 4 == 0 ? lastCopy[0] : tr.network().parameters();
                if (s % 4 != 0) {
                  assertArrayEquals(tr.network().parameters()[0], target[0], "step " + s);
                  checked.add(s);
                }
              }
              if (s % 3 != 0 && s > 3) {
                // Between updates the target keeps the copy of the last update step.
                assertArrayEquals(lastCopy[0][0], target[0], "step " + s);
              }
              return true;
            }
          });
    }
    assertTrue(checked.size() >= 8, "checked " + checked);
  }

  @Test
  void softTargetUpdateBlendsWithTau() {
    DqnConfig c =
        ConfigOverrides.apply(
            SMALL,
            List.of(
                "target_update_interval=1", "tau=0.5", "learning_starts=0", "total_timesteps=8"));
    try (DqnTrainer t = DqnTrainer.create(c, new ChainEnv(), 3, Device.cpu())) {
      float[][][] before = new float[1][][];
      t.run(
          new TrainingListener() {
            @Override
            public boolean onStep(DqnTrainer tr) {
              if (tr.numTimesteps() == 4) {
                before[0] = ((NetworkParameters) tr.head().trained()).target().parameters();
              }
              if (tr.numTimesteps() == 5) {
                // Step 5: target ← ½ target + ½ online; online last changed in step 4's training.
                float[] online = tr.network().parameters()[0];
                float[] target = ((NetworkParameters) tr.head().trained()).target().parameters()[0];
                for (int k = 0; k < online.length; k++) {
                  assertEquals(before[0][0][k] * 0.5f + 0.5f * online[k], target[k], 1e-6f);
                }
              }
              return true;
            }
          });
    }
  }

  @Test
  void learningImprovesTheChainReturn() {
    DqnConfig c =
        ConfigOverrides.apply(
            SMALL,
            List.of(
                "total_timesteps=3000",
                "target_update_interval=100",
                "exploration_fraction=0.3",
                "log_interval=500"));
    try (DqnTrainer t = DqnTrainer.create(c, new ChainEnv(), 4, Device.cpu())) {
      t.run(new TrainingListener() {});
      // Greedy from a fixed start: the learned policy walks right to the goal.
      ChainEnv env = new ChainEnv();
      float[] q = new float[2];
      int reached = 0;
      for (int ep = 0; ep < 20; ep++) {
        float[] obs = env.reset(1000 + ep);
        for (int s = 0; s < 30; s++) {
          t.network().forward(obs, 1, q);
          var r = env.step(q[1] > q[0] ? 1 : 0);
          obs = r.observation();
          if (r.terminated()) {
            reached++;
          }
          if (r.done()) {
            break;
          }
        }
      }
      assertTrue(reached >= 18, "reached the goal in " + reached + " of 20 episodes");
    }
  }
}
