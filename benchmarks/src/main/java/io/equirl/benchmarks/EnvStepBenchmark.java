package io.equirl.benchmarks;

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
 * Question 1: how many nanoseconds does one {@code step} (and one {@code reset}) of the native envs
 * cost, and does it allocate?
 *
 * <p>Expected: tens of nanoseconds for CartPole, a few hundred for Acrobot (four RK4 stages of its
 * dynamics) and for Gridworld (it redraws a 21×21 image), so both classic envs are at least 100×
 * faster than Gymnasium's 5.4 µs (CartPole-v1) and 34 µs (Acrobot-v1) per step; zero bytes
 * allocated per step ({@code -prof gc}), since steps write into env-owned buffers.
 *
 * <p>Actions follow a fixed seeded pattern of 64; when an episode ends, {@link #step} resets with
 * {@code reset()} (continuing the stream), so a small share of resets is folded into the step
 * figure, as in training. {@link #baseline} does the same bookkeeping without the env.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EnvStepBenchmark {
  private static final int PATTERN = 64;

  @Param({"gridworld", "cartpole", "acrobot"})
  public String env;

  private Env instance;
  private final int[] actions = new int[PATTERN];
  private int next;
  private long seed;

  @Setup(Level.Trial)
  public void setUp() {
    instance = Envs.make(env);
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < PATTERN; i++) {
      actions[i] = random.nextInt(instance.actionSpace().n());
    }
    instance.reset(0);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    instance.close();
  }

  /** The action bookkeeping alone: the floor under {@link #step}. */
  @Benchmark
  public int baseline() {
    return actions[next++ & (PATTERN - 1)];
  }

  /** One step with the next action of the pattern, resetting when the episode ends. */
  @Benchmark
  public StepResult step() {
    StepResult r = instance.step(actions[next++ & (PATTERN - 1)]);
    if (r.done()) {
      instance.reset();
    }
    return r;
  }

  /** A reset continuing the env's random stream. */
  @Benchmark
  public float[] reset() {
    return instance.reset();
  }

  /** A reset from a new seed, as the DQN trainer starts each episode. */
  @Benchmark
  public float[] resetSeeded() {
    return instance.reset(seed++);
  }

  // How to run:
  //   java -jar benchmarks/target/benchmarks.jar EnvStepBenchmark -prof gc
  // or all questions with their report: bin/equirl bench --only env
}
