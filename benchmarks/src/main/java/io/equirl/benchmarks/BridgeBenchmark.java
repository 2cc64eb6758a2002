package io.equirl.benchmarks;

import io.equirl.bridge.GymnasiumEnv;
import io.equirl.envs.Env;
import io.equirl.envs.Envs;
import io.equirl.envs.StepResult;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Question 5: what does a step through the Gymnasium bridge (Python over Py4J) cost beside the same
 * env in Java?
 *
 * <p>Expected: tens of microseconds per bridged step (a local socket round trip plus Gymnasium's
 * own 5.4 µs CartPole or 34 µs Acrobot step), so the bridge is two to three orders of magnitude
 * slower than the native env: use it to reach envs we have not ported, not for speed.
 *
 * <p>{@code impl=gymnasium} needs a Python with {@code gymnasium} and {@code py4j} (the bridge's
 * choice: {@code EQUIRL_PYTHON}, else {@code python3}); without one its cases say so once and are
 * skipped. Actions follow a fixed seeded pattern; episodes restart with {@code reset()}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BridgeBenchmark {
  private static final int PATTERN = 64;

  @Param({"CartPole-v1", "Acrobot-v1"})
  public String env;

  @Param({"native", "gymnasium"})
  public String impl;

  private Env instance;
  private final int[] actions = new int[PATTERN];
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    if (impl.equals("gymnasium")) {
      instance = gymnasium(env);
    } else {
      instance = Envs.make(env);
    }
    if (instance == null) {
      return;
    }
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < PATTERN; i++) {
      actions[i] = random.nextInt(instance.actionSpace().n());
    }
    instance.reset(0);
  }

  /** The bridged env, or null after a notice when Python cannot make it here. */
  static Env gymnasium(String id) {
    try {
      return GymnasiumEnv.make("gym:" + id);
    } catch (RuntimeException e) {
      Fixtures.noticeOnce(
          "gymnasium",
          "the Gymnasium bridge is unavailable, its cases are" + " skipped: " + e.getMessage());
      return null;
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    if (instance != null) {
      instance.close();
    }
  }

  /** The action bookkeeping alone. */
  @Benchmark
  public int baseline() {
    return actions[next++ & (PATTERN - 1)];
  }

  /** One step, resetting when the episode ends. */
  @Benchmark
  public StepResult step() {
    if (instance == null) {
      return null;
    }
    StepResult r = instance.step(actions[next++ & (PATTERN - 1)]);
    if (r.done()) {
      instance.reset();
    }
    return r;
  }

  // How to run (the gymnasium cases need: pip install gymnasium py4j):
  //   java -jar benchmarks/target/benchmarks.jar BridgeBenchmark
  // or with the report: bin/equirl bench --only bridge
}
