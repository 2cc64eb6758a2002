package io.equirl.bridge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.equirl.envs.Env;
import io.equirl.envs.SettableState;
import io.equirl.envs.StepResult;
import io.equirl.envs.classic.AcrobotEnv;
import io.equirl.envs.classic.CartPoleEnv;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code gym:CartPole-v1} and {@code gym:Acrobot-v1} through the bridge against the native envs:
 * the same reset observations for the same seeds, and the same transitions for the same actions.
 * Tolerances are those of the envs' own Gymnasium parity test: observations within 1e-6; reward and
 * end flags equal. CartPole is compared over whole episodes; Acrobot, whose chaotic dynamics
 * magnify ulp-level differences of sin and cos over hundreds of steps, step by step from
 * Gymnasium's own float64 state. Skipped where Python lacks gymnasium or py4j.
 */
@ExtendWith(NeedsGymnasium.class)
class NativeParityTest {
  private static final double OBS_TOLERANCE = 1e-6;
  private static final int SEEDS = 20;
  private static final int ACROBOT_SEEDS = 5;

  private static GymnasiumEnv bridged(String id) {
    return GymnasiumEnv.make(GymSpec.of(id), PythonTests.options());
  }

  @Test
  void spacesMatch() {
    for (Env reference : List.of(new CartPoleEnv(), new AcrobotEnv())) {
      try (GymnasiumEnv env = bridged(reference.id())) {
        assertArrayEquals(reference.observationSpace().shape(), env.observationSpace().shape());
        for (int i = 0; i < reference.observationSpace().size(); i++) {
          assertEquals(reference.observationSpace().low(i), env.observationSpace().low(i));
          assertEquals(reference.observationSpace().high(i), env.observationSpace().high(i));
        }
        assertEquals(reference.actionSpace(), env.actionSpace());
      }
    }
  }

  @Test
  void cartPoleWholeEpisodes() {
    List<String> problems = new ArrayList<>();
    int steps = 0;
    try (GymnasiumEnv env = bridged(CartPoleEnv.ID)) {
      for (long seed = 0; seed < SEEDS; seed++) {
        CartPoleEnv reference = new CartPoleEnv();
        compare("seed " + seed + " reset", reference.reset(seed), env.reset(seed), problems);
        SplittableRandom actions = new SplittableRandom(seed);
        boolean done = false;
        for (int t = 1; !done; t++, steps++) {
          int a = actions.nextInt(2);
          StepResult want = reference.step(a);
          StepResult got = env.step(a);
          compare("seed " + seed + " step " + t, want, got, problems);
          done = want.done() || got.done();
        }
      }
    }
    assertTrue(problems.isEmpty(), steps + " steps; differences:\n" + String.join("\n", problems));
    assertTrue(steps > 10 * SEEDS, "too few steps compared: " + steps);
  }

  @Test
  void acrobotStepByStep() {
    List<String> problems = new ArrayList<>();
    int steps = 0;
    try (GymnasiumEnv env = bridged(AcrobotEnv.ID)) {
      for (long seed = 0; seed < ACROBOT_SEEDS; seed++) {
        AcrobotEnv reference = new AcrobotEnv();
        compare("seed " + seed + " reset", reference.reset(seed), env.reset(seed), problems);
        assertArrayEquals(
            ((SettableState) reference).state(),
            ((SettableState) env).state(),
            "seed " + seed + ": reset state");
        SplittableRandom actions = new SplittableRandom(seed);
        boolean done = false;
        for (int t = 0; !done; t++, steps++) {
          reference.setState(((SettableState) env).state(), t);
          int a = actions.nextInt(3);
          StepResult want = reference.step(a);
          StepResult got = env.step(a);
          compare("seed " + seed + " step " + (t + 1), want, got, problems);
          done = want.done() || got.done();
        }
      }
    }
    assertTrue(problems.isEmpty(), steps + " steps; differences:\n" + String.join("\n", problems));
    assertTrue(steps > 100 * ACROBOT_SEEDS, "too few steps compared: " + steps);
  }

  private static void compare(
      String where, StepResult want, StepResult got, List<String> problems) {
    compare(where, want.observation(), got.observation(), problems);
    if (want.reward() != got.reward()
        || want.terminated() != got.terminated()
        || want.truncated() != got.truncated()) {
      problems.add(
          where
              + ": native (reward, terminated, truncated) = ("
              + want.reward()
              + ", "
              + want.terminated()
              + ", "
              + want.truncated()
              + "), bridged ("
              + got.reward()
              + ", "
              + got.terminated()
              + ", "
              + got.truncated()
              + ")");
    }
  }

  private static void compare(String where, float[] want, float[] got, List<String> problems) {
    for (int i = 0; i < want.length; i++) {
      if (!(Math.abs(want[i] - got[i]) <= OBS_TOLERANCE)) {
        problems.add(
            where + ": obs native " + Arrays.toString(want) + ", bridged " + Arrays.toString(got));
        return;
      }
    }
  }
}
