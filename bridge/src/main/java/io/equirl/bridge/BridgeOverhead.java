package io.equirl.bridge;

import io.equirl.envs.Env;
import io.equirl.envs.StepResult;
import io.equirl.envs.classic.AcrobotEnv;
import io.equirl.envs.classic.CartPoleEnv;
import java.util.SplittableRandom;

/**
 * Measures microseconds per step of an env through the bridge beside the native env: the bridge's
 * per-step overhead is the difference. Episodes restart with {@code reset()} when they end, and
 * resets are counted in the time, as in training.
 *
 * <p>Run: {@code java -cp bridge.jar:envs.jar:groups.jar:py4j.jar io.equirl.bridge.BridgeOverhead
 * [ENV_ID [STEPS]]} with ENV_ID {@code CartPole-v1} (the default) or {@code Acrobot-v1}, the Python
 * chosen as for {@link BridgeOptions#defaults()}. The benchmarks module's JMH benchmark is the
 * reference figure; this is the quick check.
 */
public final class BridgeOverhead {
  private static final int ROUNDS = 5;

  private BridgeOverhead() {}

  /** Prints one line per round and env, then the best round of each. */
  public static void main(String[] args) {
    String id = args.length > 0 ? args[0] : CartPoleEnv.ID;
    int steps = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    double nativeBest;
    try (Env env = nativeEnv(id)) {
      nativeBest = measure("native " + id, env, steps * 20);
    }
    double bridgedBest;
    try (Env env = GymnasiumEnv.make(GymSpec.PREFIX + id)) {
      bridgedBest = measure("gym:" + id, env, steps);
    }
    System.out.printf(
        "%s: native %.3f µs/step, bridged %.1f µs/step, overhead %.1f µs/step%n",
        id, nativeBest, bridgedBest, bridgedBest - nativeBest);
  }

  private static Env nativeEnv(String id) {
    return switch (id) {
      case CartPoleEnv.ID -> new CartPoleEnv();
      case AcrobotEnv.ID -> new AcrobotEnv();
      default ->
          throw new IllegalArgumentException(
              "no native env " + id + " to compare with; use CartPole-v1 or Acrobot-v1");
    };
  }

  /** The best of {@link #ROUNDS} rounds of {@code steps} steps, in µs per step. */
  private static double measure(String name, Env env, int steps) {
    SplittableRandom actions = new SplittableRandom(0);
    int n = env.actionSpace().n();
    env.reset(0);
    double best = Double.MAX_VALUE;
    double sink = 0;
    for (int round = 0; round <= ROUNDS; round++) {
      long start = System.nanoTime();
      for (int i = 0; i < steps; i++) {
        StepResult r = env.step(actions.nextInt(n));
        sink += r.observation()[0];
        if (r.done()) {
          env.reset();
        }
      }
      double micros = (System.nanoTime() - start) / 1e3 / steps;
      if (round > 0) { // round 0 warms up the JIT and Python
        best = Math.min(best, micros);
        System.out.printf("%-16s round %d: %.3f µs/step%n", name, round, micros);
      }
    }
    if (sink == 42.4242) {
      System.out.println(); // keeps the loop's results alive
    }
    return best;
  }
}
