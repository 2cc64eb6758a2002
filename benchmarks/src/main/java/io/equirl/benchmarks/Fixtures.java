package io.equirl.benchmarks;

import ai.djl.Device;
import ai.djl.engine.Engine;
import io.equirl.agents.net.Architecture;
import io.equirl.agents.net.QNetwork;
import io.equirl.agents.net.QNetworkSpec;
import io.equirl.envs.Env;
import io.equirl.envs.EnvSymmetry;
import io.equirl.envs.StepResult;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the benchmarks share: recorded observations to feed policies, the {@code paper} and {@code
 * zoo} network sizes, the device a {@code device} parameter names, and one-line notices printed
 * once per JVM.
 *
 * <p>All inputs are seeded, so every fork measures the same work. Thread-safe.
 */
public final class Fixtures {
  /** Observations recorded per env: a power of two, so a mask picks the next one. */
  public static final int OBSERVATIONS = 256;

  /** The value of a {@code device} parameter that asks for a CUDA device. */
  public static final String GPU = "gpu";

  private static final Set<String> NOTICES = ConcurrentHashMap.newKeySet();

  private Fixtures() {}

  /**
   * The hidden layers of a preset: {@code paper} is SB3's default [64, 64], {@code zoo}
   * rl-baselines3-zoo's [256, 256] (see the training module's presets).
   */
  public static List<Integer> netArch(String preset) {
    return switch (preset) {
      case "paper" -> List.of(64, 64);
      case "zoo" -> List.of(256, 256);
      default ->
          throw new IllegalArgumentException(
              "preset: unknown preset '" + preset + "', valid: paper, zoo");
    };
  }

  /** The MLP Q-network spec of {@code preset} for {@code env}'s spaces (Gridworld flattened). */
  public static QNetworkSpec spec(Env env, String preset) {
    List<Integer> shape = Arrays.stream(env.observationSpace().shape()).boxed().toList();
    return new QNetworkSpec(Architecture.MLP, shape, env.actionSpace().n(), netArch(preset));
  }

  /** The declared symmetry of {@code env}; every built-in env has one. */
  public static EnvSymmetry symmetry(Env env) {
    return env.symmetry()
        .orElseThrow(
            () -> new IllegalStateException(env.id() + " declares no symmetry to benchmark"));
  }

  /**
   * {@link #OBSERVATIONS} observations of {@code env}, flat, from seeded episodes of uniformly
   * random actions: the states a policy meets, with the sparsity its ReLUs see in practice.
   */
  public static float[] observations(Env env, long seed) {
    int size = env.observationSpace().size();
    int actions = env.actionSpace().n();
    SplittableRandom random = new SplittableRandom(seed);
    float[] out = new float[OBSERVATIONS * size];
    float[] obs = env.reset(seed);
    for (int i = 0; i < OBSERVATIONS; i++) {
      System.arraycopy(obs, 0, out, i * size, size);
      StepResult r = env.step(random.nextInt(actions));
      obs = r.done() ? env.reset() : r.observation();
    }
    return out;
  }

  /**
   * The DJL device for a {@code device} parameter, or null after a one-time notice when the
   * parameter is {@code gpu} and DJL finds no CUDA device: callers then skip their measurement.
   */
  public static Device device(String name) {
    return switch (name) {
      case "cpu" -> Device.cpu();
      case GPU -> {
        if (gpuCount() > 0) {
          yield Device.gpu();
        }
        noticeOnce(GPU, noGpuMessage());
        yield null;
      }
      default ->
          throw new IllegalArgumentException(
              "device: unknown device '" + name + "', valid: cpu, gpu");
    };
  }

  /** The number of CUDA devices DJL's engine sees (0 with the CPU-only PyTorch natives). */
  public static int gpuCount() {
    return Engine.getInstance().getGpuCount();
  }

  /** Why the gpu cases are skipped on this machine. */
  public static String noGpuMessage() {
    Engine engine = Engine.getInstance();
    return "DJL ("
        + engine.getEngineName()
        + " "
        + engine.getVersion()
        + ") found no CUDA device: the gpu cases are skipped, not failed. Build with -Pgpu on a"
        + " machine with CUDA 12 to measure them (docs/benchmarks.md).";
  }

  /** A Q-network of {@code spec} on {@code device}, initialised from a fixed seed. */
  public static QNetwork network(QNetworkSpec spec, Device device) {
    return QNetwork.create(spec, 7, device);
  }

  /** Prints {@code message} to stderr the first time {@code key} is seen in this JVM. */
  public static void noticeOnce(String key, String message) {
    if (NOTICES.add(key)) {
      System.err.println("equirl-benchmarks: " + message);
    }
  }
}
