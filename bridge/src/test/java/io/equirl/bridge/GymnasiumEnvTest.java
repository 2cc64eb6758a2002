package io.equirl.bridge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.equirl.envs.StepResult;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The bridge against real Gymnasium envs; skipped where Python lacks gymnasium or py4j. */
@ExtendWith(NeedsGymnasium.class)
class GymnasiumEnvTest {

  @Test
  void cartPoleSpacesAndEpisode() {
    try (GymnasiumEnv env =
        GymnasiumEnv.make(GymSpec.parse("gym:CartPole-v1"), PythonTests.options())) {
      assertEquals("gym:CartPole-v1", env.id());
      assertArrayEquals(new int[] {4}, env.observationSpace().shape());
      assertEquals(4.8f, env.observationSpace().high(0), 1e-6f);
      assertEquals(Float.POSITIVE_INFINITY, env.observationSpace().high(1));
      assertEquals(2, env.actionSpace().n());
      float[] first = env.reset(3).clone();
      assertArrayEquals(first, env.reset(3), "same seed, same first observation");
      assertFalse(Arrays.equals(first, env.reset(4)), "another seed, another observation");
      int steps = 0;
      StepResult r;
      do {
        r = env.step(0);
        steps++;
        assertEquals(1.0, r.reward());
      } while (!r.done());
      assertTrue(r.terminated() && !r.truncated(), "always pushing left topples the pole");
      assertTrue(steps > 3 && steps < 100, "steps: " + steps);
      assertThrows(IllegalStateException.class, () -> env.step(0));
      assertThrows(IllegalArgumentException.class, () -> env.step(2));
    }
  }

  @Test
  void unseededResetContinuesTheSeededStream() {
    try (GymnasiumEnv env =
        GymnasiumEnv.make(GymSpec.parse("gym:CartPole-v1"), PythonTests.options())) {
      env.reset(11);
      float[] second = env.reset().clone();
      env.reset(11);
      assertArrayEquals(second, env.reset());
    }
  }

  @Test
  void discreteObservationsBecomeOneHot() {
    try (GymnasiumEnv env =
        GymnasiumEnv.make(
            GymSpec.parse("gym:FrozenLake-v1?is_slippery=false"), PythonTests.options())) {
      assertArrayEquals(new int[] {16}, env.observationSpace().shape());
      float[] start = env.reset(0);
      assertEquals(1.0f, start[0]);
      assertEquals(1.0f, sum(start));
      // Action 2 moves right on a non-slippery lake: state 0 -> 1.
      StepResult r = env.step(2);
      assertEquals(1.0f, r.observation()[1]);
      assertEquals(1.0f, sum(r.observation()));
    }
  }

  @Test
  void boxesAreFlattenedAndActionsShiftedByStart() {
    try (GymnasiumEnv env =
        GymnasiumEnv.make(
            GymSpec.parse("gym:equirl_test_envs:EquiRLFaulty-v0"), PythonTests.options())) {
      assertArrayEquals(new int[] {2, 3}, env.observationSpace().shape());
      assertEquals(4, env.actionSpace().n());
      env.reset(1);
      StepResult r = env.step(0);
      assertArrayEquals(new float[] {.1f, .1f, .1f, .1f, .1f, .1f}, r.observation());
      assertEquals(1.5, r.reward());
      env.step(0);
      r = env.step(0);
      assertTrue(r.truncated() && !r.terminated(), "truncated after 3 steps");
    }
  }

  @Test
  void keywordArgumentsArriveTyped() {
    try (GymnasiumEnv env =
        GymnasiumEnv.make(
            GymSpec.parse(
                "gym:equirl_test_envs:EquiRLKwargs-v0?i=3&f=0.5&b=true&s=\"it's\"&n=none"),
            PythonTests.options())) {
      assertArrayEquals(new float[] {3, 0.5f, 1, 1, 1, 1, 1}, env.reset(0));
    }
  }

  @Test
  void closeEndsThePythonProcess() {
    GymnasiumEnv env = GymnasiumEnv.make(GymSpec.parse("gym:CartPole-v1"), PythonTests.options());
    ProcessHandle python = ProcessHandle.of(env.pythonPid()).orElseThrow();
    assertTrue(python.isAlive());
    env.close();
    assertFalse(python.isAlive());
    env.close();
    assertThrows(IllegalStateException.class, () -> env.reset(0));
  }

  @Test
  void twoEnvsAreIndependent() {
    try (GymnasiumEnv a =
            GymnasiumEnv.make(GymSpec.parse("gym:CartPole-v1"), PythonTests.options());
        GymnasiumEnv b =
            GymnasiumEnv.make(GymSpec.parse("gym:CartPole-v1"), PythonTests.options())) {
      assertNotEquals(a.pythonPid(), b.pythonPid());
      assertArrayEquals(a.reset(5).clone(), b.reset(5));
    }
  }

  private static float sum(float[] x) {
    float s = 0;
    for (float v : x) {
      s += v;
    }
    return s;
  }
}
