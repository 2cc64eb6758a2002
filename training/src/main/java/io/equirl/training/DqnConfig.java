package io.equirl.training;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * DQN hyperparameters, with Stable-Baselines3's names (snake_case in YAML, JSON and {@code --set})
 * and meanings; see {@link DqnTrainer} for the few documented differences.
 *
 * @param totalTimesteps env steps to train for (SB3's {@code total_timesteps}, zoo's {@code
 *     n_timesteps})
 * @param learningRate Adam's step size, constant
 * @param bufferSize replay buffer capacity in transitions
 * @param learningStarts env steps of uniformly random actions before learning starts
 * @param batchSize transitions per gradient step
 * @param tau target-network update coefficient: 1 copies (hard update), less blends (Polyak)
 * @param gamma discount factor
 * @param trainFreq env steps per rollout; a rollout is followed by {@code gradient_steps} updates
 * @param gradientSteps gradient steps after each rollout; -1 means as many as env steps in it
 * @param targetUpdateInterval env steps between target-network updates
 * @param explorationFraction fraction of {@code total_timesteps} over which ε decays linearly
 * @param explorationInitialEps ε at the start
 * @param explorationFinalEps ε after the decay
 * @param maxGradNorm the global L2 norm the gradient is clipped to
 * @param netArch hidden layer widths of the Q-network (ReLU after each)
 * @param network {@code mlp}, or {@code cnn} for grid observations
 * @param doubleDqn select the bootstrap action with the online network (van Hasselt et al. 2016)
 * @param adamEps Adam's ε (PyTorch's default 1e-8, as SB3's DQN uses)
 * @param logInterval env steps between rows of {@code progress.csv}
 * @param checkpointInterval env steps between checkpoints for {@code --resume}; 0 for none
 * @param statsWindowSize episodes in the running mean return (SB3's {@code stats_window_size})
 * @param numThreads PyTorch intra-op threads (SB3's measurements use one)
 * @param evalFreq env steps between greedy evaluations that keep the best model ({@code
 *     best.params}), as rl-baselines3-zoo's evaluation callback; 0 for none
 * @param evalEpisodes episodes per evaluation (zoo's {@code n_eval_episodes})
 */
@JsonPropertyOrder(alphabetic = false)
public record DqnConfig(
    @JsonProperty("total_timesteps") long totalTimesteps,
    @JsonProperty("learning_rate") double learningRate,
    @JsonProperty("buffer_size") int bufferSize,
    @JsonProperty("learning_starts") int learningStarts,
    @JsonProperty("batch_size") int batchSize,
    @JsonProperty("tau") double tau,
    @JsonProperty("gamma") double gamma,
    @JsonProperty("train_freq") int trainFreq,
    @JsonProperty("gradient_steps") int gradientSteps,
    @JsonProperty("target_update_interval") int targetUpdateInterval,
    @JsonProperty("exploration_fraction") double explorationFraction,
    @JsonProperty("exploration_initial_eps") double explorationInitialEps,
    @JsonProperty("exploration_final_eps") double explorationFinalEps,
    @JsonProperty("max_grad_norm") double maxGradNorm,
    @JsonProperty("net_arch") List<Integer> netArch,
    @JsonProperty("network") String network,
    @JsonProperty("double_dqn") boolean doubleDqn,
    @JsonProperty("adam_eps") double adamEps,
    @JsonProperty("log_interval") int logInterval,
    @JsonProperty("checkpoint_interval") int checkpointInterval,
    @JsonProperty("stats_window_size") int statsWindowSize,
    @JsonProperty("num_threads") int numThreads,
    @JsonProperty("eval_freq") int evalFreq,
    @JsonProperty("eval_episodes") int evalEpisodes) {

  public DqnConfig {
    positive("total_timesteps", totalTimesteps);
    if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
      throw invalid("learning_rate", "must be a finite number > 0", learningRate);
    }
    positive("buffer_size", bufferSize);
    if (learningStarts < 0) {
      throw invalid("learning_starts", "must be >= 0", learningStarts);
    }
    positive("batch_size", batchSize);
    if (batchSize > bufferSize) {
      throw new IllegalArgumentException(
          "batch_size: must not exceed buffer_size (" + bufferSize + "), got " + batchSize);
    }
    if (!(tau > 0 && tau <= 1)) {
      throw invalid("tau", "must be in (0, 1]", tau);
    }
    if (!(gamma >= 0 && gamma <= 1)) {
      throw invalid("gamma", "must be in [0, 1]", gamma);
    }
    positive("train_freq", trainFreq);
    if (gradientSteps < -1) {
      throw invalid(
          "gradient_steps", "must be >= 0, or -1 for as many as env steps", gradientSteps);
    }
    positive("target_update_interval", targetUpdateInterval);
    if (!(explorationFraction > 0 && explorationFraction <= 1)) {
      throw invalid("exploration_fraction", "must be in (0, 1]", explorationFraction);
    }
    probability("exploration_initial_eps", explorationInitialEps);
    probability("exploration_final_eps", explorationFinalEps);
    if (!(maxGradNorm > 0)) {
      throw invalid("max_grad_norm", "must be > 0", maxGradNorm);
    }
    if (netArch != null && netArch.isEmpty()) {
      throw new IllegalArgumentException("net_arch: needs at least one layer, such as [64, 64]");
    }
    if (netArch == null || netArch.stream().anyMatch(w -> w == null || w <= 0)) {
      throw invalid("net_arch", "must be a list of positive widths such as [64, 64]", netArch);
    }
    netArch = List.copyOf(netArch);
    if (!"mlp".equals(network) && !"cnn".equals(network)) {
      throw invalid("network", "must be mlp or cnn", network);
    }
    if (!(adamEps > 0)) {
      throw invalid("adam_eps", "must be > 0", adamEps);
    }
    positive("log_interval", logInterval);
    if (checkpointInterval < 0) {
      throw invalid("checkpoint_interval", "must be >= 0 (0: no checkpoints)", checkpointInterval);
    }
    positive("stats_window_size", statsWindowSize);
    positive("num_threads", numThreads);
    if (evalFreq < 0) {
      throw invalid("eval_freq", "must be >= 0 (0: no evaluation)", evalFreq);
    }
    positive("eval_episodes", evalEpisodes);
  }

  /**
   * SB3 2.x's {@code DQN(...)} defaults with {@code MlpPolicy}, for one million steps: the preset
   * {@code presets/sb3-defaults.yml}, which every other preset overrides.
   */
  public static DqnConfig sb3Defaults() {
    return Presets.SB3_DEFAULTS;
  }

  /**
   * The same config for a budget of {@code steps} env steps, with learning starts scaled down for
   * short runs (at most a tenth of the budget, at least one batch).
   */
  public DqnConfig withBudget(long steps) {
    if (steps < 1) {
      throw new IllegalArgumentException("total_timesteps: must be >= 1, got " + steps);
    }
    long starts = Math.min(learningStarts, Math.max(batchSize, steps / 10));
    return ConfigOverrides.apply(
        this, List.of("total_timesteps=" + steps, "learning_starts=" + starts));
  }

  /** Gradient steps after a rollout of {@code rolloutSteps} env steps. */
  public int gradientStepsAfter(int rolloutSteps) {
    return gradientSteps >= 0 ? gradientSteps : rolloutSteps;
  }

  private static void positive(String field, long value) {
    if (value <= 0) {
      throw invalid(field, "must be > 0", value);
    }
  }

  private static void probability(String field, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw invalid(field, "must be in [0, 1]", value);
    }
  }

  private static IllegalArgumentException invalid(String field, String rule, Object value) {
    return new IllegalArgumentException(field + ": " + rule + ", got " + value);
  }
}
