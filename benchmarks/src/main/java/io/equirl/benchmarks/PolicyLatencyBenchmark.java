package io.equirl.benchmarks;

import ai.djl.Device;
import io.equirl.agents.net.QNetwork;
import io.equirl.agents.policy.EquitunePolicy;
import io.equirl.agents.policy.EquizeroPolicy;
import io.equirl.agents.policy.GreedyPolicy;
import io.equirl.agents.policy.LambdaEquitunePolicy;
import io.equirl.agents.policy.LambdaNetwork;
import io.equirl.agents.policy.Policies;
import io.equirl.agents.policy.Policy;
import io.equirl.agents.policy.PolicyKind;
import io.equirl.envs.Env;
import io.equirl.envs.EnvSymmetry;
import io.equirl.envs.Envs;
import io.equirl.groups.BatchModel;
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
 * Question 2: what does one action decision cost with each policy (greedy, equitune, equizero,
 * λ-equitune), per env and network size, on the CPU and on a GPU?
 *
 * <p>Expected (the paper's Table 1, on the JVM): equitune and equizero cost the same, one network
 * call on the |G| stacked transforms; λ-equitune more, by its λ-network, which reads the features
 * kept from that same call. The targets are equizero ≤ 1.3× greedy for |G| = 2 (CartPole,
 * Acrobot) and ≤ 2× for |G| = 4 (Gridworld's C4), equitune within 10% of equizero, λ-equitune ≤
 * 1.5× equizero. They rest on the CPU forward's one pass over each weight row for all |G| rows of
 * an orbit ({@code MlpMirror}), which makes the extra rows cost less than the first. A greedy
 * decision should take a few microseconds, under a third of SB3's {@code predict} (39 µs on {@code
 * paper} nets, 54 µs on {@code zoo}: 18 µs). Each decision allocates nothing after the first
 * ({@code -prof gc}).
 *
 * <p>On {@code cpu} the policies are built by {@link Policies#create} and run the pure-Java acting
 * forward; on {@code gpu} the same policy classes run the network's DJL block on the GPU (one
 * device round trip per decision). λ is an untrained λ-network of the default width: its cost does
 * not depend on its weights. Decisions cycle through 256 recorded observations.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PolicyLatencyBenchmark {

  @Param({"gridworld", "cartpole", "acrobot"})
  public String env;

  @Param({"paper", "zoo"})
  public String preset;

  @Param({"cpu", "gpu"})
  public String device;

  private QNetwork network;
  private Policy greedy;
  private Policy equitune;
  private Policy equizero;
  private Policy lambda;
  private float[][] observations;
  private int next;
  private boolean skipped;

  @Setup(Level.Trial)
  public void setUp() {
    Device target = Fixtures.device(device);
    if (target == null) {
      skipped = true;
      return;
    }
    try (Env e = Envs.make(env)) {
      EnvSymmetry symmetry = Fixtures.symmetry(e);
      network = Fixtures.network(Fixtures.spec(e, preset), target);
      LambdaNetwork lambdaNet =
          LambdaNetwork.create(network.featureSize(), LambdaNetwork.DEFAULT_HIDDEN, 5);
      if (target.isGpu()) {
        BatchModel q = DjlModels.q(network);
        greedy = new GreedyPolicy(q);
        equitune = new EquitunePolicy(q, symmetry);
        equizero = new EquizeroPolicy(q, symmetry);
        lambda = new LambdaEquitunePolicy(q, DjlModels.lambda(network, lambdaNet), symmetry);
      } else {
        greedy = Policies.create(PolicyKind.GREEDY, network, symmetry, null);
        equitune = Policies.create(PolicyKind.EQUITUNE, network, symmetry, null);
        equizero = Policies.create(PolicyKind.EQUIZERO, network, symmetry, null);
        lambda = Policies.create(PolicyKind.LAMBDA, network, symmetry, lambdaNet);
      }
      float[] flat = Fixtures.observations(e, 1);
      int size = network.observationSize();
      observations = new float[Fixtures.OBSERVATIONS][size];
      for (int i = 0; i < Fixtures.OBSERVATIONS; i++) {
        System.arraycopy(flat, i * size, observations[i], 0, size);
      }
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    if (network != null) {
      network.close();
    }
  }

  private float[] nextObservation() {
    return observations[next++ & (Fixtures.OBSERVATIONS - 1)];
  }

  /** Picking the next observation alone. */
  @Benchmark
  public float[] baseline() {
    return skipped ? null : nextObservation();
  }

  /** {@code argmax_a Q(s, a)}. */
  @Benchmark
  public int greedy() {
    return skipped ? -1 : greedy.act(nextObservation());
  }

  /** Equitune (eq. 1): the mean of {@code g⁻¹·Q(g·s)}, one call on the |G| transforms. */
  @Benchmark
  public int equitune() {
    return skipped ? -1 : equitune.act(nextObservation());
  }

  /** Equizero (eq. 2): the most confident transform's action, one call on the |G| transforms. */
  @Benchmark
  public int equizero() {
    return skipped ? -1 : equizero.act(nextObservation());
  }

  /** λ-equitune (eq. 4): the λ-weighted mean, Q and λ each one call on the |G| transforms. */
  @Benchmark
  public int lambda() {
    return skipped ? -1 : lambda.act(nextObservation());
  }

  // How to run:
  //   java -jar benchmarks/target/benchmarks.jar PolicyLatencyBenchmark -p device=cpu -prof gc
  // or with the report: bin/equirl bench --only policy
}
