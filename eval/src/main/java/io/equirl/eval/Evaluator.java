package io.equirl.eval;

import io.equirl.agents.policy.Policy;
import io.equirl.envs.Env;
import io.equirl.envs.EnvSymmetry;
import io.equirl.envs.StepResult;
import io.equirl.groups.GroupElement;
import java.util.function.IntConsumer;

/**
 * Runs a policy for whole episodes and records their returns and lengths.
 *
 * <p>Seen through {@code g} ({@code equirl eval --through g}), the agent observes {@code g·s} and
 * its action {@code a} is applied as {@code g⁻¹·a}, for the whole episode: the RL analogue of the
 * paper's rotated-image test. An equivariant policy's episodes are then the same as without {@code
 * g}; the greedy one's in general are not.
 */
public final class Evaluator {
  private Evaluator() {}

  /**
   * Runs one episode per seed (reset with that seed) and returns what happened.
   *
   * @param through the element to see the world through, or {@code null} for the plain world
   * @param symmetry the env's symmetry, required when {@code through} is given
   * @param afterEpisode called with the episode index after each episode (progress)
   */
  public static EvalResult run(
      Env env,
      Policy policy,
      long[] seeds,
      EnvSymmetry symmetry,
      GroupElement through,
      IntConsumer afterEpisode) {
    if (seeds.length == 0) {
      throw new IllegalArgumentException("--episodes: must be >= 1");
    }
    if (through != null && (symmetry == null || !symmetry.group().contains(through))) {
      throw new IllegalArgumentException(
          "--through: " + through + " is not an element of the" + " env's symmetry group");
    }
    int size = env.observationSpace().size();
    float[] seen = new float[size];
    double[] returns = new double[seeds.length];
    int[] lengths = new int[seeds.length];
    GroupElement inverse = through == null ? null : through.inverse();
    for (int e = 0; e < seeds.length; e++) {
      float[] obs = env.reset(seeds[e]);
      double total = 0;
      int length = 0;
      while (true) {
        int action;
        if (through == null) {
          action = policy.act(obs);
        } else {
          symmetry.observations().apply(through, obs, 0, seen, 0);
          action = symmetry.actions().apply(inverse, policy.act(seen));
        }
        StepResult r = env.step(action);
        total += r.reward();
        length++;
        if (r.done()) {
          break;
        }
        obs = r.observation();
      }
      returns[e] = total;
      lengths[e] = length;
      afterEpisode.accept(e);
    }
    return new EvalResult(
        env.id(),
        policy.kind().cliName(),
        through == null ? null : through.label(),
        seeds.clone(),
        returns,
        lengths);
  }

  /** Seeds {@code first, first+1, ..., first+count−1}. */
  public static long[] consecutiveSeeds(long first, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("--episodes: must be >= 1, got " + count);
    }
    if (first < 0) {
      throw new IllegalArgumentException("--seed: must be >= 0, got " + first);
    }
    long[] seeds = new long[count];
    for (int i = 0; i < count; i++) {
      seeds[i] = first + i;
    }
    return seeds;
  }
}
