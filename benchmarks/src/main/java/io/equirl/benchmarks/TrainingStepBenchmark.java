package io.equirl.benchmarks;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.equirl.agents.net.QNetwork;
import io.equirl.agents.net.SplitMix64;
import io.equirl.envs.Env;
import io.equirl.envs.Envs;
import io.equirl.envs.StepResult;
import io.equirl.training.DqnConfig;
import io.equirl.training.DqnUpdate;
import io.equirl.training.Presets;
import io.equirl.training.buffer.Batch;
import io.equirl.training.buffer.ReplayBuffer;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Question 4: what does one DQN gradient step cost (batch 32 on {@code paper} nets, 64 and 128 on
 * {@code zoo} nets), and what share of it is replay sampling?
 *
 * <p>Expected: a few hundred microseconds per step on the CPU, dominated by DJL's forward and
 * backward (the JVM side, Huber, clipping and Adam, is a few microseconds), growing less than
 * linearly with the batch; sampling a batch costs a microsecond or less, so the buffer never limits
 * training. {@link #baseline} is the batch's forward alone, without autograd: the floor under a
 * gradient step.
 *
 * <p>The cases are the presets that carry those batch sizes: CartPole {@code paper} (32), CartPole
 * {@code zoo} (64), Acrobot {@code zoo} (128). The buffer holds 10,000 transitions of seeded random
 * play; eight batches are sampled ahead and the steps cycle through them.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TrainingStepBenchmark {
  private static final int BUFFER = 10_000;
  private static final int BATCHES = 8;

  /** {@code env-preset}: cartpole-paper (batch 32), cartpole-zoo (64), acrobot-zoo (128). */
  @Param({"cartpole-paper", "cartpole-zoo", "acrobot-zoo"})
  public String preset;

  @Param({"cpu", "gpu"})
  public String device;

  private QNetwork online;
  private QNetwork target;
  private DqnUpdate update;
  private ReplayBuffer buffer;
  private final SplitMix64 rng = new SplitMix64(3);
  private Batch sampled;
  private final Batch[] batches = new Batch[BATCHES];
  private int next;
  private boolean skipped;

  @Setup(Level.Trial)
  public void setUp() {
    Device target0 = Fixtures.device(device);
    if (target0 == null) {
      skipped = true;
      return;
    }
    String[] parts = preset.split("-", -1);
    DqnConfig config = Presets.load(parts[0], parts[1]);
    try (Env env = Envs.make(parts[0])) {
      buffer = fill(env);
      online = Fixtures.network(Fixtures.spec(env, parts[1]), target0);
      target = Fixtures.network(Fixtures.spec(env, parts[1]), target0);
    }
    update = new DqnUpdate(config, online, target);
    int obsSize = online.observationSize();
    sampled = new Batch(config.batchSize(), obsSize);
    for (int i = 0; i < BATCHES; i++) {
      batches[i] = new Batch(config.batchSize(), obsSize);
      buffer.sample(rng, batches[i]);
    }
  }

  private static ReplayBuffer fill(Env env) {
    int size = env.observationSpace().size();
    ReplayBuffer buffer = new ReplayBuffer(BUFFER, size);
    SplitMix64 actions = new SplitMix64(11);
    float[] obs = env.reset(0).clone();
    for (int i = 0; i < BUFFER; i++) {
      int a = actions.nextInt(env.actionSpace().n());
      StepResult r = env.step(a);
      buffer.add(obs, a, r.reward(), r.observation(), r.terminated(), r.truncated());
      obs = r.done() ? env.reset().clone() : r.observation().clone();
    }
    return buffer;
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    if (online != null) {
      online.close();
      target.close();
    }
  }

  /** The batch's forward through DJL without autograd. */
  @Benchmark
  public void baseline(Blackhole bh) {
    if (skipped) {
      return;
    }
    Batch b = batches[next++ & (BATCHES - 1)];
    try (NDManager scope = online.manager().newSubManager()) {
      bh.consume(
          online
              .forward(scope.create(b.observations, new Shape(b.size, b.observationSize)), false)
              .toFloatArray());
    }
  }

  /** One gradient step (target, Huber, backward, clipping, Adam) on a pre-sampled batch. */
  @Benchmark
  public double gradientStep() {
    if (skipped) {
      return 0;
    }
    return update.step(batches[next++ & (BATCHES - 1)]);
  }

  /** Sampling one batch from the replay buffer, uniformly with replacement. */
  @Benchmark
  public Batch sample() {
    if (skipped) {
      return null;
    }
    buffer.sample(rng, sampled);
    return sampled;
  }

  // How to run:
  //   java -jar benchmarks/target/benchmarks.jar TrainingStepBenchmark -p device=cpu -prof gc
  // or with the report: bin/equirl bench --only training
}
