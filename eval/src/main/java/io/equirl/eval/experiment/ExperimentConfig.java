package io.equirl.eval.experiment;

import io.equirl.training.Presets;
import java.nio.file.Path;

/**
 * What {@code equirl experiment} runs.
 *
 * @param env the env's registry name ({@code gridworld}, {@code cartpole}, {@code acrobot})
 * @param seeds the number of seeds; seed {@code k} runs in {@code out/seed-k} with training seed k
 * @param preset the DQN preset for pretraining ({@code paper} or {@code zoo})
 * @param steps pretraining env steps, or {@code null} for the preset's
 * @param lambdaSteps env steps of λ-training
 * @param episodes evaluation episodes per seed and policy
 * @param out the experiment directory
 * @param checkpointEvery pretraining env steps between checkpoints, so that a killed seed resumes
 *     from its last one; 0 for none (a killed seed then pretrains again from the start, to the same
 *     model)
 */
public record ExperimentConfig(
    String env,
    int seeds,
    String preset,
    Long steps,
    long lambdaSteps,
    int episodes,
    Path out,
    long checkpointEvery) {

  /** The first evaluation seed; see the package comment. */
  public static final long EVAL_SEED_BASE = 1_000_000_000L;

  /** The most evaluation episodes per seed, so seeds' ranges never overlap. */
  public static final int MAX_EPISODES = 10_000;

  public ExperimentConfig {
    if (!Presets.ENVS.contains(env)) {
      throw new IllegalArgumentException(
          "--env: unknown env '" + env + "', valid: " + String.join(", ", Presets.ENVS));
    }
    if (!Presets.NAMES.contains(preset)) {
      throw new IllegalArgumentException(
          "--preset: unknown preset '" + preset + "', valid: " + String.join(", ", Presets.NAMES));
    }
    if (seeds < 1 || seeds > 100) {
      throw new IllegalArgumentException("--seeds: must be in 1..100, got " + seeds);
    }
    if (steps != null && steps < 1) {
      throw new IllegalArgumentException("--steps: must be >= 1, got " + steps);
    }
    if (lambdaSteps < 1) {
      throw new IllegalArgumentException("--lambda-steps: must be >= 1, got " + lambdaSteps);
    }
    if (episodes < 1 || episodes > MAX_EPISODES) {
      throw new IllegalArgumentException(
          "--episodes: must be in 1.." + MAX_EPISODES + ", got " + episodes);
    }
    if (out == null) {
      throw new IllegalArgumentException("--out is required");
    }
    if (checkpointEvery < 0 || checkpointEvery > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "--checkpoint-every: must be in 0.." + Integer.MAX_VALUE + ", got " + checkpointEvery);
    }
  }

  /** An experiment without mid-run checkpoints. */
  public ExperimentConfig(
      String env, int seeds, String preset, Long steps, long lambdaSteps, int episodes, Path out) {
    this(env, seeds, preset, steps, lambdaSteps, episodes, out, 0);
  }

  /** The directory of seed {@code k}. */
  public Path seedDir(int k) {
    return out.resolve("seed-" + k);
  }

  /** The evaluation env seeds of seed {@code k}, disjoint across seeds and from training. */
  public long[] evalSeeds(int k) {
    long[] s = new long[episodes];
    for (int i = 0; i < episodes; i++) {
      s[i] = EVAL_SEED_BASE + (long) MAX_EPISODES * k + i;
    }
    return s;
  }
}
