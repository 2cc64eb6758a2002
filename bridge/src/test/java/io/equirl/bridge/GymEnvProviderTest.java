package io.equirl.bridge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.equirl.envs.Env;
import io.equirl.envs.Envs;
import io.equirl.envs.classic.CartPoleEnv;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code Envs.make("gym:...")} through the registered provider. */
class GymEnvProviderTest {

  @BeforeAll
  static void register() {
    GymEnvProvider.register(PythonTests.options());
  }

  @AfterAll
  static void noOrphans() {
    PythonTests.assertNoChildProcesses();
  }

  @Test
  void badSpecsFailBeforeAnyPythonStarts() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Envs.make("gym:CartPole-v1?steps"));
    assertTrue(e.getMessage().contains("bad keyword argument 'steps'"), e.getMessage());
    PythonTests.assertNoChildProcesses();
  }

  @Test
  void envsMakesBridgedEnvs() {
    PythonTests.assumeGymnasiumAndPy4j();
    try (Env env = Envs.make("gym:CartPole-v1?max_episode_steps=20")) {
      assertTrue(env instanceof GymnasiumEnv);
      assertEquals("gym:CartPole-v1?max_episode_steps=20", env.id());
      assertArrayEquals(new CartPoleEnv().reset(7), env.reset(7));
      assertTrue(env.symmetry().isPresent(), "CartPole's native symmetry");
      int steps = 0;
      while (!env.step(steps % 2).done()) {
        steps++;
      }
      assertEquals(19, steps, "truncated at the 20th step");
    }
  }
}
