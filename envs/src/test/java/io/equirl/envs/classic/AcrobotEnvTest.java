package io.equirl.envs.classic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.equirl.envs.EnvSymmetry;
import io.equirl.envs.StepResult;
import io.equirl.envs.check.MdpSymmetryCheck;
import io.equirl.envs.random.Pcg64;
import io.equirl.groups.Groups;
import io.equirl.groups.PermutationAction;
import io.equirl.groups.SignedPermutationAction;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What is particular to Acrobot; the contract is {@code EnvContractTest}, parity {@code
 * GymParityTest}.
 */
class AcrobotEnvTest {

  @Test
  @SuppressWarnings("FloatingPointLiteralPrecision") // Gymnasium's printed values, digit for digit
  void seededResetIsGymnasiumsFromTheSeedingSpec() {
    // SEEDING.md §7: the sin/cos come from NumPy's float32 kernel.
    AcrobotEnv env = new AcrobotEnv();
    assertArrayEquals(
        new float[] {
          0.9996248483657837f,
          0.027388911694288254f,
          0.9989402294158936f,
          -0.04602639377117157f,
          -0.09180529415607452f,
          -0.0966944694519043f
        },
        env.reset(0));
    assertArrayEquals(
        new double[] {
          0.02739233709871769, -0.046042658388614655, -0.09180529415607452, -0.0966944694519043
        },
        env.state());
  }

  @Test
  void rewardIsMinusOneUntilTheGoalThenZero() {
    AcrobotEnv env = new AcrobotEnv();
    env.reset(0);
    StepResult r = env.step(1);
    assertEquals(-1.0, r.reward());
    assertFalse(r.done());
    // Both links pointing up: −cos θ1 − cos(θ1 + θ2) = 2 > 1.
    env.setState(new double[] {Math.PI, 0, 0, 0});
    r = env.step(1);
    assertTrue(r.terminated());
    assertEquals(0.0, r.reward());
  }

  @Test
  void anglesAreWrappedAndVelocitiesBounded() {
    AcrobotEnv env = new AcrobotEnv();
    env.setState(new double[] {3.1, -3.1, 100, -100});
    env.step(2);
    double[] s = env.state();
    assertTrue(
        Math.abs(s[0]) <= Math.PI && Math.abs(s[1]) <= Math.PI, java.util.Arrays.toString(s));
    assertTrue(Math.abs(s[2]) <= 4 * Math.PI && Math.abs(s[3]) <= 9 * Math.PI);
    assertTrue(
        Math.abs(s[2]) == 4 * Math.PI || Math.abs(s[3]) == 9 * Math.PI,
        "at least one velocity is clipped from ±100");
  }

  @Test
  void mirrorIsAnMdpSymmetryOnRandomStates() {
    AcrobotEnv env = new AcrobotEnv();
    EnvSymmetry symmetry = env.symmetry().orElseThrow();
    List<String> problems =
        MdpSymmetryCheck.check(
            env, symmetry, randomStates(500), MdpSymmetryCheck.DEFAULT_TOLERANCE);
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void mirrorNegatingTheCosinesIsNotASymmetry() {
    AcrobotEnv env = new AcrobotEnv();
    EnvSymmetry right = env.symmetry().orElseThrow();
    EnvSymmetry wrong =
        new EnvSymmetry(
            right.group(),
            SignedPermutationAction.negation(right.group(), 6),
            right.actions(),
            right.states());
    assertFalse(MdpSymmetryCheck.check(env, wrong, randomStates(20), 1e-5).isEmpty());
    EnvSymmetry unswapped =
        new EnvSymmetry(
            right.group(),
            right.observations(),
            PermutationAction.trivial(right.group(), 3),
            right.states());
    assertFalse(MdpSymmetryCheck.check(env, unswapped, randomStates(20), 1e-5).isEmpty());
    assertEquals(Groups.flip().order(), right.group().order());
  }

  private static List<double[]> randomStates(int n) {
    Pcg64 rng = Pcg64.seeded(13);
    List<double[]> states = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      states.add(
          new double[] {
            rng.uniform(-Math.PI, Math.PI),
            rng.uniform(-Math.PI, Math.PI),
            rng.uniform(-4 * Math.PI, 4 * Math.PI),
            rng.uniform(-9 * Math.PI, 9 * Math.PI)
          });
    }
    return states;
  }
}
