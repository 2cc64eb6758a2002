package io.equirl.envs.check;

import io.equirl.envs.BoxSpace;
import io.equirl.envs.Env;
import io.equirl.envs.EnvSymmetry;
import io.equirl.envs.SettableState;
import io.equirl.envs.StepResult;
import io.equirl.envs.random.Pcg64;
import io.equirl.groups.ActionLaws;
import io.equirl.groups.GroupElement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Checks an env against the {@link Env} contract, like Gymnasium's {@code check_env}, and returns
 * what is wrong in clear sentences; it never prints. Use it on envs you write:
 *
 * <pre>{@code
 * EnvChecker.Report report = EnvChecker.check(MyEnv::new);
 * assertTrue(report.ok(), String.join("\n", report.problems()));
 * }</pre>
 *
 * <p>It checks: spaces against what reset and step return; {@code step} before reset and after the
 * episode ended throws {@link IllegalStateException}; actions outside the space throw {@link
 * IllegalArgumentException} naming the action and the space, and leave the env unchanged; a
 * negative seed is refused; the same seed gives the same episode (also across instances and through
 * unseeded follow-up resets); a declared symmetry acts on observations and actions by the action
 * laws and maps observations into the space, and, when the env is a deterministic {@link
 * SettableState}, is a true MDP symmetry on the states visited ({@link MdpSymmetryCheck}). The
 * factory must return a fresh env on every call. Deterministic: all randomness is seeded.
 */
public final class EnvChecker {
  private static final long SEED = 20_231_209L;
  private static final int EPISODES = 3;
  private static final int MAX_STEPS_PER_EPISODE = 600;
  private static final int MAX_SYMMETRY_STATES = 60;

  private EnvChecker() {}

  /**
   * The outcome: problems (each a sentence naming the env and what is wrong) and checks that could
   * not run, with the reason.
   */
  public record Report(List<String> problems, List<String> skipped) {
    public Report {
      problems = List.copyOf(problems);
      skipped = List.copyOf(skipped);
    }

    /** True when no problem was found. */
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  /** Runs every check on fresh envs from {@code factory}. */
  public static Report check(Supplier<? extends Env> factory) {
    List<String> problems = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    try (Env env = factory.get()) {
      String id = env.id();
      if (env.observationSpace() == null || env.actionSpace() == null) {
        problems.add(id + ": observationSpace() and actionSpace() must not be null");
        return new Report(problems, skipped);
      }
      checkStepBeforeReset(env, problems);
      checkNegativeSeed(env, problems);
      List<float[]> observations = new ArrayList<>();
      List<double[]> states = new ArrayList<>();
      rollouts(env, observations, states, problems);
      checkBadActions(factory, problems);
      checkSameSeedSameEpisode(factory, problems);
      if (env.symmetry().isPresent()) {
        checkSymmetry(env, env.symmetry().get(), observations, states, problems, skipped);
      } else {
        skipped.add(id + ": no symmetry declared");
      }
    } catch (RuntimeException e) {
      problems.add("the checker stopped: " + e);
    }
    return new Report(problems, skipped);
  }

  private static void checkStepBeforeReset(Env env, List<String> problems) {
    String failure = expect(IllegalStateException.class, () -> env.step(0));
    if (failure != null) {
      problems.add(env.id() + ": step before the first reset " + failure);
    }
  }

  private static void checkNegativeSeed(Env env, List<String> problems) {
    String failure = expect(IllegalArgumentException.class, () -> env.reset(-1));
    if (failure != null) {
      problems.add(env.id() + ": reset(-1) " + failure);
    }
  }

  /** Random episodes: spaces, rewards, step after the end; collects observations and states. */
  private static void rollouts(
      Env env, List<float[]> observations, List<double[]> states, List<String> problems) {
    Pcg64 actions = Pcg64.seeded(SEED);
    for (int episode = 0; episode < EPISODES; episode++) {
      float[] obs = env.reset(SEED + episode);
      checkObservation(env, obs, "reset(" + (SEED + episode) + ")", problems);
      observations.add(obs.clone());
      for (int t = 0; t < MAX_STEPS_PER_EPISODE; t++) {
        if (env instanceof SettableState settable && states.size() < MAX_SYMMETRY_STATES * 10) {
          states.add(settable.state());
        }
        int a = actions.nextInt(env.actionSpace().n());
        StepResult r = env.step(a);
        String where = "episode " + episode + " step " + (t + 1);
        checkObservation(env, r.observation(), where, problems);
        observations.add(r.observation().clone());
        if (!Double.isFinite(r.reward())) {
          problems.add(env.id() + ": " + where + " gave reward " + r.reward());
        }
        if (r.done()) {
          String failure = expect(IllegalStateException.class, () -> env.step(a));
          if (failure != null) {
            problems.add(env.id() + ": step after the episode ended " + failure);
          }
          break;
        }
      }
    }
  }

  private static void checkObservation(Env env, float[] obs, String where, List<String> problems) {
    BoxSpace space = env.observationSpace();
    if (obs == null || obs.length != space.size()) {
      problems.add(
          env.id()
              + ": "
              + where
              + " returned an observation of length "
              + (obs == null ? "null" : obs.length)
              + ", the observation space "
              + space
              + " has "
              + space.size());
      return;
    }
    for (int i = 0; i < obs.length; i++) {
      if (!(obs[i] >= space.low(i) && obs[i] <= space.high(i))) {
        problems.add(
            env.id()
                + ": "
                + where
                + " returned observation["
                + i
                + "] = "
                + obs[i]
                + ", outside ["
                + space.low(i)
                + ", "
                + space.high(i)
                + "]");
        return;
      }
    }
  }

  /** Out-of-space actions throw, name action and space, and do not advance the env. */
  private static void checkBadActions(Supplier<? extends Env> factory, List<String> problems) {
    try (Env env = factory.get();
        Env reference = factory.get()) {
      int n = env.actionSpace().n();
      env.reset(SEED);
      for (int bad : new int[] {-1, n}) {
        String failure = expect(IllegalArgumentException.class, () -> env.step(bad));
        if (failure != null) {
          problems.add(env.id() + ": step(" + bad + ") " + failure);
        } else {
          String message = messageOf(() -> env.step(bad));
          if (!message.contains(Integer.toString(bad))
              || !message.contains(env.actionSpace().toString())) {
            problems.add(
                env.id()
                    + ": the message for step("
                    + bad
                    + ") should name the action "
                    + "and "
                    + env.actionSpace()
                    + ", was: "
                    + message);
          }
        }
      }
      reference.reset(SEED);
      float[] after = env.step(0).observation().clone();
      float[] expected = reference.step(0).observation();
      if (!Arrays.equals(after, expected)) {
        problems.add(
            env.id()
                + ": a refused action changed the env (the next step differs from a "
                + "fresh env's)");
      }
    }
  }

  /** Same seed, same episode: in one instance, across instances, and for unseeded follow-ups. */
  private static void checkSameSeedSameEpisode(
      Supplier<? extends Env> factory, List<String> problems) {
    try (Env first = factory.get();
        Env second = factory.get()) {
      String a = episodeTrace(first, SEED, true);
      String b = episodeTrace(second, SEED, true);
      String again = episodeTrace(first, SEED, true);
      if (!a.equals(b) || !a.equals(again)) {
        problems.add(
            first.id()
                + ": reset("
                + SEED
                + ") and the same actions gave different "
                + "episodes"
                + (a.equals(b) ? " in one instance" : " in two instances"));
      }
      String nextA = episodeTrace(first, SEED, false);
      String nextB = episodeTrace(second, SEED, false);
      if (!nextA.equals(nextB)) {
        problems.add(
            first.id()
                + ": reset() after the same seeded episode gave different "
                + "episodes in two instances (reset() must continue the seeded stream)");
      }
    }
  }

  /** A printable record of one episode with seeded random actions. */
  private static String episodeTrace(Env env, long seed, boolean seeded) {
    Pcg64 actions = Pcg64.seeded(seed + 1);
    StringBuilder trace = new StringBuilder();
    trace.append(Arrays.toString(seeded ? env.reset(seed) : env.reset()));
    for (int t = 0; t < MAX_STEPS_PER_EPISODE; t++) {
      StepResult r = env.step(actions.nextInt(env.actionSpace().n()));
      trace
          .append(Arrays.toString(r.observation()))
          .append(r.reward())
          .append(r.terminated())
          .append(r.truncated());
      if (r.done()) {
        break;
      }
    }
    return trace.toString();
  }

  private static void checkSymmetry(
      Env env,
      EnvSymmetry symmetry,
      List<float[]> observations,
      List<double[]> states,
      List<String> problems,
      List<String> skipped) {
    String id = env.id();
    if (symmetry.observations().size() != env.observationSpace().size()) {
      problems.add(
          id
              + ": the symmetry acts on observations of size "
              + symmetry.observations().size()
              + ", the observation space has "
              + env.observationSpace().size());
      return;
    }
    if (symmetry.actions().size() != env.actionSpace().n()) {
      problems.add(
          id
              + ": the symmetry permutes "
              + symmetry.actions().size()
              + " actions, the "
              + "action space "
              + env.actionSpace()
              + " has "
              + env.actionSpace().n());
      return;
    }
    List<float[]> samples = observations.subList(0, Math.min(observations.size(), 50));
    for (String v : ActionLaws.check(symmetry.observations(), samples, 0.0)) {
      problems.add(id + ": symmetry on observations breaks an action law: " + v);
    }
    for (String v : ActionLaws.check(symmetry.actions())) {
      problems.add(id + ": symmetry on actions breaks an action law: " + v);
    }
    for (float[] obs : samples) {
      for (GroupElement g : symmetry.group().elements()) {
        if (!env.observationSpace().contains(symmetry.observations().apply(g, obs))) {
          problems.add(id + ": " + g + " maps an observation out of the observation space");
          return;
        }
      }
    }
    if (!(env instanceof SettableState settable) || !symmetry.actsOnStates()) {
      skipped.add(
          id
              + ": MDP-symmetry test skipped (the env does not implement SettableState "
              + "or the symmetry has no action on states)");
    } else if (!settable.deterministicSteps()) {
      skipped.add(
          id
              + ": MDP-symmetry test skipped (steps are random; run it on a "
              + "deterministic configuration of the env)");
    } else {
      problems.addAll(
          MdpSymmetryCheck.check(
              env, symmetry, spread(states), MdpSymmetryCheck.DEFAULT_TOLERANCE));
    }
  }

  /** At most MAX_SYMMETRY_STATES states, evenly spread over the visited ones. */
  private static List<double[]> spread(List<double[]> states) {
    if (states.size() <= MAX_SYMMETRY_STATES) {
      return states;
    }
    List<double[]> out = new ArrayList<>();
    for (int k = 0; k < MAX_SYMMETRY_STATES; k++) {
      out.add(states.get((int) ((long) k * states.size() / MAX_SYMMETRY_STATES)));
    }
    return out;
  }

  /** Null when {@code call} throws {@code type}, else a phrase saying what happened instead. */
  private static String expect(Class<? extends RuntimeException> type, Runnable call) {
    try {
      call.run();
      return "should throw " + type.getSimpleName() + " but returned normally";
    } catch (RuntimeException e) {
      return type.isInstance(e) ? null : "should throw " + type.getSimpleName() + " but threw " + e;
    }
  }

  private static String messageOf(Runnable call) {
    try {
      call.run();
      return "";
    } catch (RuntimeException e) {
      return String.valueOf(e.getMessage());
    }
  }
}
