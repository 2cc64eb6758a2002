package io.equirl.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DqnConfigTest {

  private static String error(Runnable r) {
    return assertThrows(IllegalArgumentException.class, r::run).getMessage();
  }

  @Test
  void invalidValuesNameTheFieldAndTheRule() {
    DqnConfig d = DqnConfig.sb3Defaults();
    String m = error(() -> ConfigOverrides.apply(d, List.of("learning_rate=-1")));
    assertTrue(m.startsWith("learning_rate: must be a finite number > 0"), m);
    m = error(() -> ConfigOverrides.apply(d, List.of("buffer_size=10", "batch_size=64")));
    assertTrue(m.contains("batch_size") && m.contains("buffer_size (10)"), m);
    m = error(() -> ConfigOverrides.apply(d, List.of("tau=0")));
    assertTrue(m.startsWith("tau: must be in (0, 1]"), m);
    m = error(() -> ConfigOverrides.apply(d, List.of("gradient_steps=-2")));
    assertTrue(m.startsWith("gradient_steps:"), m);
    m = error(() -> ConfigOverrides.apply(d, List.of("network=rnn")));
    assertTrue(m.startsWith("network: must be mlp or cnn"), m);
    m = error(() -> ConfigOverrides.apply(d, List.of("batch_size=3.5")));
    assertTrue(m.startsWith("batch_size: must be a whole number"), m);
    m = error(() -> ConfigOverrides.apply(d, List.of("gamma=abc")));
    assertTrue(m.startsWith("gamma: must be a number"), m);
    m = error(() -> ConfigOverrides.apply(d, List.of("buffer_size=4000000000")));
    assertTrue(m.startsWith("buffer_size: ") && m.contains("out of range of int"), m);
  }

  @Test
  void unknownKeysAreRefusedListingTheValidOnes() {
    String m = error(() -> ConfigOverrides.apply(DqnConfig.sb3Defaults(), List.of("lr=1")));
    assertTrue(m.contains("unknown key 'lr'"), m);
    assertTrue(
        m.contains("learning_rate") && m.contains("net_arch") && m.contains("double_dqn"), m);
    m = error(() -> ConfigOverrides.apply(DqnConfig.sb3Defaults(), List.of("novalue")));
    assertTrue(m.contains("key=value"), m);
  }

  @Test
  void overridesAreCoercedToTheFieldTypes() {
    DqnConfig c =
        ConfigOverrides.apply(
            DqnConfig.sb3Defaults(),
            List.of("total_timesteps=5e4", "net_arch=[32, 16]", "double_dqn=true", "gamma=0.9"));
    assertEquals(50_000, c.totalTimesteps());
    assertEquals(List.of(32, 16), c.netArch());
    assertTrue(c.doubleDqn());
    assertEquals(0.9, c.gamma());
    assertEquals(List.of(8), ConfigOverrides.apply(c, List.of("net_arch=8")).netArch());
    IllegalArgumentException empty =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> ConfigOverrides.apply(c, List.of("net_arch=[]")));
    assertTrue(
        empty.getMessage().startsWith("net_arch: needs at least one layer"), empty.getMessage());
  }

  @Test
  void zooPresetsCarryRlZooValues() {
    DqnConfig c = Presets.load("cartpole", "zoo");
    assertEquals(50_000, c.totalTimesteps());
    assertEquals(2.3e-3, c.learningRate());
    assertEquals(64, c.batchSize());
    assertEquals(256, c.trainFreq());
    assertEquals(128, c.gradientSteps());
    assertEquals(10, c.targetUpdateInterval());
    assertEquals(0.16, c.explorationFraction());
    assertEquals(0.04, c.explorationFinalEps());
    assertEquals(List.of(256, 256), c.netArch());
    DqnConfig a = Presets.load("acrobot", "zoo");
    assertEquals(-1, a.gradientSteps());
    assertEquals(0, a.learningStarts());
    assertEquals(6.3e-4, a.learningRate());
    assertEquals(4, a.gradientStepsAfter(4));
  }

  @Test
  void paperPresetsAreSb3DefaultsAtThePapersBudgets() {
    DqnConfig d = DqnConfig.sb3Defaults();
    for (String env : Presets.ENVS) {
      DqnConfig c = Presets.load(env, "paper");
      assertEquals(env.equals("acrobot") ? 70_000 : 100_000, c.totalTimesteps());
      assertEquals(1e-4, c.learningRate());
      assertEquals(List.of(64, 64), c.netArch());
      assertEquals(d.bufferSize(), c.bufferSize());
      assertEquals(d.targetUpdateInterval(), c.targetUpdateInterval());
      assertEquals(d.maxGradNorm(), c.maxGradNorm());
    }
  }

  @Test
  void unknownEnvOrPresetListsTheValidOnes() {
    String m = error(() -> Presets.load("pong", "zoo"));
    assertTrue(m.contains("cartpole, acrobot, gridworld"), m);
    m = error(() -> Presets.load("cartpole", "tuned"));
    assertTrue(m.contains("zoo, paper"), m);
  }
}
