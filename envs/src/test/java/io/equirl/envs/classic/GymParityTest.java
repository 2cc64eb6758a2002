package io.equirl.envs.classic;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.equirl.envs.AbstractEnv;
import io.equirl.envs.SettableState;
import io.equirl.envs.StepResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Replays a golden directory made by Gymnasium 1.4.0 (format: {@code ../shared/golden/README.md}):
 * (1) every reset observation and state bit for bit; (2) every recorded transition from its
 * recorded float64 state, to 1e-12 relative; (3) whole CartPole episodes from {@code reset(seed)},
 * every observation within 1e-6 and the same length.
 *
 * <p>Run on another data set with {@code mvn -q -pl envs test -Dtest=GymParityTest
 * -Dequirl.golden.dir=DIR}.
 */
class GymParityTest {
  private static final double STATE_TOLERANCE = 1e-12;
  private static final double OBS_TOLERANCE = 1e-6;
  private static final int MAX_REPORTED = 10;

  private static AbstractEnv make(String env) {
    return switch (env) {
      case CartPoleEnv.ID -> new CartPoleEnv();
      case AcrobotEnv.ID -> new AcrobotEnv();
      default -> throw new IllegalArgumentException("golden data for unknown env " + env);
    };
  }

  @Test
  void goldenDirectoryHoldsData() {
    Path dir = GoldenData.directory();
    int files = 0;
    for (String name : List.of(GoldenData.RESETS, GoldenData.CARTPOLE, GoldenData.ACROBOT)) {
      files += Files.isRegularFile(dir.resolve(name)) ? 1 : 0;
    }
    assertTrue(files > 0, "no golden files in " + dir);
  }

  @Test
  void resetsAreBitIdentical() {
    Path dir = GoldenData.directory();
    List<String> problems = new ArrayList<>();
    int checked = 0;
    Path resets = dir.resolve(GoldenData.RESETS);
    if (Files.isRegularFile(resets)) {
      for (GoldenData.Reset r : GoldenData.resets(resets)) {
        checkReset(r.env(), r.seed(), r.obs(), r.state(), problems);
        checked++;
      }
    }
    for (GoldenData.Episode e : allEpisodes(dir)) {
      checkReset(e.env(), e.seed(), e.obs()[0], e.state()[0], problems);
      checked++;
    }
    report("reset seeds", checked, problems);
  }

  private static void checkReset(
      String id, long seed, float[] obs, double[] state, List<String> problems) {
    AbstractEnv env = make(id);
    float[] got = env.reset(seed);
    if (!Arrays.equals(got, obs)) {
      problems.add(
          id
              + " seed "
              + seed
              + ": reset obs "
              + Arrays.toString(got)
              + ", Gymnasium "
              + Arrays.toString(obs));
    }
    double[] gotState = ((SettableState) env).state();
    if (!Arrays.equals(gotState, state)) {
      problems.add(
          id
              + " seed "
              + seed
              + ": reset state "
              + Arrays.toString(gotState)
              + ", Gymnasium "
              + Arrays.toString(state));
    }
  }

  @Test
  void everyTransitionFromItsRecordedState() {
    Path dir = GoldenData.directory();
    List<String> problems = new ArrayList<>();
    int transitions = 0;
    List<GoldenData.Episode> episodes = allEpisodes(dir);
    for (GoldenData.Episode e : episodes) {
      AbstractEnv env = make(e.env());
      SettableState settable = (SettableState) env;
      for (int t = 0; t < e.length(); t++) {
        settable.setState(e.state()[t], t);
        StepResult r = env.step(e.actions()[t]);
        double[] got = settable.state();
        double[] want = e.state()[t + 1];
        for (int i = 0; i < want.length; i++) {
          if (!(Math.abs(got[i] - want[i]) <= STATE_TOLERANCE * Math.max(1.0, Math.abs(want[i])))) {
            problems.add(where(e, t) + ": state[" + i + "] " + got[i] + ", Gymnasium " + want[i]);
          }
        }
        if (r.reward() != e.rewards()[t]
            || r.terminated() != e.terminated()[t]
            || r.truncated() != e.truncated()[t]) {
          problems.add(
              where(e, t)
                  + ": (reward, terminated, truncated) = ("
                  + r.reward()
                  + ", "
                  + r.terminated()
                  + ", "
                  + r.truncated()
                  + "), Gymnasium ("
                  + e.rewards()[t]
                  + ", "
                  + e.terminated()[t]
                  + ", "
                  + e.truncated()[t]
                  + ")");
        }
        transitions++;
      }
    }
    System.out.println("GymParityTest: " + episodes.size() + " episodes");
    report("transitions", transitions, problems);
  }

  @Test
  void wholeCartPoleEpisodesFromSeededResets() {
    Path dir = GoldenData.directory();
    List<String> problems = new ArrayList<>();
    int episodes = 0;
    int steps = 0;
    for (GoldenData.Episode e : allEpisodes(dir)) {
      if (!e.env().equals(CartPoleEnv.ID)) {
        continue;
      }
      episodes++;
      CartPoleEnv env = new CartPoleEnv();
      env.reset(e.seed());
      for (int t = 0; t < e.length(); t++) {
        StepResult r = env.step(e.actions()[t]);
        steps++;
        float[] want = e.obs()[t + 1];
        for (int i = 0; i < want.length; i++) {
          if (!(Math.abs(r.observation()[i] - want[i]) <= OBS_TOLERANCE)) {
            problems.add(
                where(e, t) + ": obs[" + i + "] " + r.observation()[i] + ", Gymnasium " + want[i]);
          }
        }
        boolean last = t == e.length() - 1;
        if (r.done() != last) {
          problems.add(
              where(e, t)
                  + ": episode "
                  + (last ? "goes on" : "ends")
                  + " where Gymnasium's "
                  + (last ? "ends" : "goes on"));
          break;
        }
      }
    }
    report("CartPole episodes (" + steps + " steps)", episodes, problems);
  }

  private static String where(GoldenData.Episode e, int t) {
    return e.env() + " seed " + e.seed() + " " + e.policy() + " step " + (t + 1);
  }

  private static List<GoldenData.Episode> allEpisodes(Path dir) {
    List<GoldenData.Episode> out = new ArrayList<>();
    for (String name : List.of(GoldenData.CARTPOLE, GoldenData.ACROBOT)) {
      Path file = dir.resolve(name);
      if (Files.isRegularFile(file)) {
        out.addAll(GoldenData.episodes(file));
      }
    }
    return out;
  }

  private static void report(String what, int checked, List<String> problems) {
    System.out.println(
        "GymParityTest: checked " + checked + " " + what + ", " + problems.size() + " mismatches");
    Supplier<String> message =
        () ->
            problems.size()
                + " mismatches in "
                + what
                + ", first: "
                + String.join("\n  ", problems.subList(0, Math.min(MAX_REPORTED, problems.size())));
    assertTrue(problems.isEmpty(), message);
  }
}
