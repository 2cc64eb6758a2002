package io.equirl.training;

import io.equirl.envs.Env;
import io.equirl.envs.StepResult;
import java.util.function.ToIntFunction;

/**
 * Episode returns of a greedy policy (for a Q-network {@code argmax_a Q}, first maximum on ties),
 * as SB3's {@code evaluate_policy(deterministic=True)}; episode {@code i} starts with {@code
 * reset(firstSeed + i)}.
 */
public final class GreedyEvaluation {
  /**
   * First env seed of the evaluations made during training ({@code eval_freq}); training episodes
   * draw their seeds from a random stream, so these fixed ones are unlikely to repeat them.
   */
  public static final long TRAINING_EVAL_SEED = 1L << 40;

  private GreedyEvaluation() {}

  /** The return of each of {@code episodes} greedy episodes. */
  public static double[] returns(
      ToIntFunction<float[]> greedy, Env env, int episodes, long firstSeed) {
    double[] out = new double[episodes];
    for (int ep = 0; ep < episodes; ep++) {
      float[] obs = env.reset(firstSeed + ep);
      double total = 0;
      while (true) {
        StepResult r = env.step(greedy.applyAsInt(obs));
        total += r.reward();
        obs = r.observation();
        if (r.done()) {
          break;
        }
      }
      out[ep] = total;
    }
    return out;
  }

  /** The mean of {@link #returns}. */
  public static double meanReturn(
      ToIntFunction<float[]> greedy, Env env, int episodes, long firstSeed) {
    double sum = 0;
    for (double r : returns(greedy, env, episodes, firstSeed)) {
      sum += r;
    }
    return sum / episodes;
  }
}
