package io.equirl.benchmarks;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.equirl.agents.net.QNetwork;
import io.equirl.envs.Env;
import io.equirl.envs.EnvSymmetry;
import io.equirl.envs.Envs;
import io.equirl.groups.ArrayAction;
import io.equirl.groups.GroupElement;
import java.util.List;
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
 * Question 3 (the batching claim): is one forward of the |G| transformed states as a batch cheaper
 * than |G| forwards of one state each?
 *
 * <p>Expected: through DJL ({@code path=djl}) the batch costs about one forward, since each native
 * call's fixed overhead (array creation, dispatch, copy back) dwarfs a small MLP's arithmetic, so
 * separate forwards cost about |G|× as much. On the pure-Java acting path ({@code path=acting},
 * what the CPU policies call) there is no per-call overhead to share, so both cost about the same:
 * batching is then neutral, and the operators lose nothing by it.
 *
 * <p>Each invocation transforms the next recorded observation by every group element ({@link
 * #baseline} does only that), then runs the network. The acting path is CPU-only, so its gpu cases
 * are skipped like the gpu cases on a machine without CUDA.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BatchingBenchmark {

  @Param({"gridworld", "cartpole", "acrobot"})
  public String env;

  @Param({"paper", "zoo"})
  public String preset;

  @Param({"acting", "djl"})
  public String path;

  @Param({"cpu", "gpu"})
  public String device;

  private QNetwork network;
  private ArrayAction action;
  private List<GroupElement> elements;
  private float[] observations;
  private int obsSize;
  private int order;
  private float[] stacked;
  private float[] q;
  private float[] qOne;
  private float[] one;
  private int next;
  private boolean skipped;

  @Setup(Level.Trial)
  public void setUp() {
    Device target = Fixtures.device(device);
    if (target == null || (target.isGpu() && path.equals("acting"))) {
      if (target != null) {
        Fixtures.noticeOnce(
            "acting-gpu", "path=acting runs on the CPU only: its gpu case is skipped");
      }
      skipped = true;
      return;
    }
    try (Env e = Envs.make(env)) {
      EnvSymmetry symmetry = Fixtures.symmetry(e);
      action = symmetry.observations();
      elements = symmetry.group().elements();
      observations = Fixtures.observations(e, 1);
      network = Fixtures.network(Fixtures.spec(e, preset), target);
    }
    obsSize = action.size();
    order = elements.size();
    stacked = new float[order * obsSize];
    q = new float[order * network.numActions()];
    qOne = new float[order * network.numActions()];
    one = new float[obsSize];
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    if (network != null) {
      network.close();
    }
  }

  private int transformNext() {
    int offset = (next++ & (Fixtures.OBSERVATIONS - 1)) * obsSize;
    for (int g = 0; g < order; g++) {
      action.apply(elements.get(g), observations, offset, stacked, g * obsSize);
    }
    return offset;
  }

  /** The |G| transforms alone. */
  @Benchmark
  public void baseline(Blackhole bh) {
    if (skipped) {
      return;
    }
    bh.consume(transformNext());
    bh.consume(stacked);
  }

  /** One forward of the |G| transformed states as a batch. */
  @Benchmark
  public void batched(Blackhole bh) {
    if (skipped) {
      return;
    }
    transformNext();
    forward(0, order);
    bh.consume(q);
  }

  /** |G| forwards of one transformed state each. */
  @Benchmark
  public void separate(Blackhole bh) {
    if (skipped) {
      return;
    }
    transformNext();
    for (int g = 0; g < order; g++) {
      forward(g, 1);
    }
    bh.consume(q);
  }

  /** Q-values of {@code rows} stacked states from row {@code first}, into the same rows of q. */
  private void forward(int first, int rows) {
    float[] in = stacked;
    if (rows < order) {
      // Both forwards read their input from index 0, and DJL wants an exact-size array: copy the
      // one state to a scratch row (a few hundred bytes at most, in both paths alike).
      System.arraycopy(stacked, first * obsSize, one, 0, obsSize);
      in = one;
    }
    int actions = network.numActions();
    if (path.equals("acting")) {
      network.forward(in, rows, qOne);
      System.arraycopy(qOne, 0, q, first * actions, rows * actions);
      return;
    }
    try (NDManager scope = network.manager().newSubManager()) {
      NDArray x = scope.create(in, new Shape(rows, obsSize));
      float[] out = network.forward(x, false).toFloatArray();
      System.arraycopy(out, 0, q, first * actions, rows * actions);
    }
  }

  /** The Q-values of the last invocation, rows in group order (for tests). */
  float[] lastQ() {
    return q.clone();
  }

  // How to run:
  //   java -jar benchmarks/target/benchmarks.jar BatchingBenchmark -p device=cpu
  // or with the report: bin/equirl bench --only batching
}
