package io.equirl.envs.classic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.equirl.envs.EnvSymmetry;
import io.equirl.envs.StepResult;
import io.equirl.envs.check.MdpSymmetryCheck;
import io.equirl.envs.random.Pcg64;
import io.equirl.groups.PermutationAction;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What is particular to CartPole; the contract is {@code EnvContractTest}, parity {@code
 * GymParityTest}.
 */
class CartPoleEnvTest {

  @Test
  @SuppressWarnings("FloatingPointLiteralPrecision") // Gymnasium's printed values, digit for digit
  void seededResetIsGymnasiumsFromTheSeedingSpec() {
    // SEEDING.md §7, values printed by Gymnasium 1.4.0.
    CartPoleEnv env = new CartPoleEnv();
    assertArrayEquals(
        new float[] {
          0.013696168549358845f,
          -0.023021329194307327f,
          -0.04590264707803726f,
          -0.04834723472595215f
        },
        env.reset(0));
    assertArrayEquals(
        new double[] {
          0.013696168732145436, -0.02302132862361297, -0.045902647606380534, -0.04834723644714709
        },
        env.state());
    assertArrayEquals(
        new float[] {
          0.027014095336198807f,
          -0.038807276636362076f,
          -0.031090226024389267f,
          -0.03400447219610214f
        },
        env.reset((1L << 32) + 7));
  }

  @Test
  void unseededResetContinuesTheSeededStream() {
    CartPoleEnv a = new CartPoleEnv();
    CartPoleEnv b = new CartPoleEnv();
    a.reset(5);
    float[] continued = a.reset().clone();
    Pcg64 rng = Pcg64.seeded(5);
    double[] skipped = new double[4];
    rng.uniform(-0.05, 0.05, skipped);
    rng.uniform(-0.05, 0.05, skipped);
    for (int i = 0; i < 4; i++) {
      assertEquals((float) skipped[i], continued[i], 0f);
    }
    b.reset(5);
    assertArrayEquals(continued, b.reset());
  }

  @Test
  void terminatesWhenTheCartLeavesTheTrackWithRewardOne() {
    CartPoleEnv env = new CartPoleEnv();
    env.reset(0);
    env.setState(new double[] {2.399, 1.0, 0.0, 0.0});
    StepResult r = env.step(1);
    assertTrue(r.terminated());
    assertFalse(r.truncated());
    assertEquals(1.0, r.reward());
    assertThrows(IllegalStateException.class, () -> env.step(0));
  }

  @Test
  void truncatesAtStep500EvenWhenThatStepTerminates() {
    CartPoleEnv env = new CartPoleEnv();
    env.setState(new double[] {0, 0, 0, 0}, 498);
    StepResult r = env.step(0);
    assertFalse(r.done(), "step 499 goes on");
    r = env.step(1);
    assertTrue(r.truncated() && !r.terminated());
    env.setState(new double[] {2.399, 1.0, 0.0, 0.0}, 499);
    r = env.step(1);
    assertTrue(r.truncated() && r.terminated(), "TimeLimit sets truncated on a terminating step");
  }

  @Test
  void badStatesAreRefused() {
    CartPoleEnv env = new CartPoleEnv();
    assertThrows(IllegalArgumentException.class, () -> env.setState(new double[3]));
    assertThrows(
        IllegalArgumentException.class, () -> env.setState(new double[] {0, Double.NaN, 0, 0}));
    assertThrows(IllegalArgumentException.class, () -> env.setState(new double[4], 500));
  }

  @Test
  void mirrorIsAnMdpSymmetryOnRandomStates() {
    CartPoleEnv env = new CartPoleEnv();
    EnvSymmetry symmetry = env.symmetry().orElseThrow();
    assertTrue(
        MdpSymmetryCheck.check(env, symmetry, randomStates(500), 0.0).isEmpty(),
        "the mirror is exact in float64 for CartPole");
  }

  @Test
  void mirrorWithoutSwappingActionsIsNotASymmetry() {
    CartPoleEnv env = new CartPoleEnv();
    EnvSymmetry right = env.symmetry().orElseThrow();
    EnvSymmetry wrong =
        new EnvSymmetry(
            right.group(),
            right.observations(),
            PermutationAction.trivial(right.group(), 2),
            right.states());
    assertFalse(MdpSymmetryCheck.check(env, wrong, randomStates(20), 1e-5).isEmpty());
  }

  private static List<double[]> randomStates(int n) {
    Pcg64 rng = Pcg64.seeded(11);
    List<double[]> states = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      states.add(
          new double[] {
            rng.uniform(-2.4, 2.4), rng.uniform(-3, 3), rng.uniform(-0.21, 0.21), rng.uniform(-3, 3)
          });
    }
    return states;
  }
}
