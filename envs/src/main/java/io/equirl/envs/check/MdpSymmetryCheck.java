package io.equirl.envs.check;

import io.equirl.envs.Env;
import io.equirl.envs.EnvSymmetry;
import io.equirl.envs.SettableState;
import io.equirl.envs.StepResult;
import io.equirl.groups.GroupElement;
import java.util.ArrayList;
import java.util.List;

/**
 * Tests that a declared {@link EnvSymmetry} is a true MDP symmetry: for each given state s, action
 * a and group element g, {@code obs(g·s) = g·obs(s)} and {@code step(g·s, g·a) = g·step(s, a)}
 * (observations within a relative tolerance for float round-off; reward and end flags equal).
 *
 * <p>Needs an env that can set its state and steps deterministically from it ({@link
 * SettableState#deterministicSteps()}), and a symmetry that acts on states. Returns the violations,
 * never prints; the env is left mid-episode at the last state set.
 */
public final class MdpSymmetryCheck {
  /** Observation tolerance, relative to {@code max(1, |x|)}: a few float32 ulps. */
  public static final double DEFAULT_TOLERANCE = 1e-5;

  private static final int MAX_REPORTED = 20;

  private MdpSymmetryCheck() {}

  /**
   * The violations found over {@code states} × every action × every group element.
   *
   * @throws IllegalArgumentException when the env cannot set states or the symmetry has no action
   *     on states
   */
  public static List<String> check(
      Env env, EnvSymmetry symmetry, List<double[]> states, double tolerance) {
    if (!(env instanceof SettableState settable)) {
      throw new IllegalArgumentException(env.id() + " does not implement SettableState");
    }
    if (!symmetry.actsOnStates()) {
      throw new IllegalArgumentException(env.id() + ": the symmetry declares no action on states");
    }
    List<String> problems = new ArrayList<>();
    int violations = 0;
    int actions = env.actionSpace().n();
    for (int s = 0; s < states.size(); s++) {
      double[] state = states.get(s);
      for (GroupElement g : symmetry.group().elements()) {
        double[] gState = symmetry.states().apply(g, state);
        float[] obs = settable.setState(state).clone();
        float[] gObs = settable.setState(gState).clone();
        String err = compare(symmetry.observations().apply(g, obs), gObs, tolerance);
        if (err != null && violations++ < MAX_REPORTED) {
          problems.add(
              env.id() + ": obs(" + g + "·s) ≠ " + g + "·obs(s) at state " + s + ": " + err);
        }
        for (int a = 0; a < actions; a++) {
          int ga = symmetry.actions().apply(g, a);
          settable.setState(state);
          Transition plain = Transition.of(env.step(a));
          settable.setState(gState);
          Transition moved = Transition.of(env.step(ga));
          String diff = plain.differenceAfter(symmetry, g, moved, tolerance);
          if (diff != null && violations++ < MAX_REPORTED) {
            problems.add(
                env.id()
                    + ": step("
                    + g
                    + "·s, "
                    + g
                    + "·"
                    + a
                    + ") ≠ "
                    + g
                    + "·step(s, "
                    + a
                    + ") at state "
                    + s
                    + " "
                    + java.util.Arrays.toString(state)
                    + ": "
                    + diff);
          }
        }
      }
    }
    if (violations > MAX_REPORTED) {
      problems.add(env.id() + ": ... " + (violations - MAX_REPORTED) + " more violations");
    }
    return problems;
  }

  /** A copied step result. */
  @SuppressWarnings("ArrayRecordComponent") // compared field by field, never by equals
  private record Transition(float[] obs, double reward, boolean terminated, boolean truncated) {
    static Transition of(StepResult r) {
      return new Transition(r.observation().clone(), r.reward(), r.terminated(), r.truncated());
    }

    /** Null when {@code other} is {@code g} applied to this transition, else what differs. */
    String differenceAfter(EnvSymmetry symmetry, GroupElement g, Transition other, double tol) {
      if (Double.compare(reward, other.reward) != 0) {
        return "reward " + other.reward + " instead of " + reward;
      }
      if (terminated != other.terminated || truncated != other.truncated) {
        return "(terminated, truncated) = ("
            + other.terminated
            + ", "
            + other.truncated
            + ") instead of ("
            + terminated
            + ", "
            + truncated
            + ")";
      }
      return compare(symmetry.observations().apply(g, obs), other.obs, tol);
    }
  }

  /** Null when {@code got} equals {@code want} within the tolerance, else the first difference. */
  static String compare(float[] want, float[] got, double tol) {
    if (want.length != got.length) {
      return "observation length " + got.length + " instead of " + want.length;
    }
    for (int i = 0; i < want.length; i++) {
      if (!(Math.abs((double) got[i] - want[i]) <= tol * Math.max(1.0, Math.abs(want[i])))) {
        return "observation[" + i + "] = " + got[i] + " instead of " + want[i];
      }
    }
    return null;
  }
}
