package io.equirl.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.equirl.agents.net.SplitMix64;
import io.equirl.training.store.FileReads;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Everything of the off-policy loop that changes as it runs, apart from the replay buffer and the
 * learner's parameters and optimizer: counters, both random streams, ε, the loss accumulators, the
 * episode window, the current episode (seed, actions, return, observation), the periodic
 * evaluations and the progress rows. A checkpoint saves it as one value ({@code state.json}) and
 * restores it as one value. Format version 2 has the fields of 1; it marks a checkpoint that keeps
 * a {@code checksums.json}.
 *
 * <p>Mutable and owned by one {@link DqnTrainer}; fields are package-private for the loop's hot
 * path. Not thread-safe.
 */
final class LoopState {
  static final int FORMAT_VERSION = 2;

  final SplitMix64 rng;
  final SplitMix64 envSeeds;
  final EpisodeWindow window;
  final List<ProgressRow> rows = new ArrayList<>();
  final List<double[]> evaluations = new ArrayList<>();
  long numTimesteps;
  long numEpisodes;
  long numUpdates;
  int rolloutSteps;
  double explorationRate;
  double lossSum;
  long lossCount;
  double bestMeanReturn = Double.NEGATIVE_INFINITY;
  long bestStep = -1;
  float[][] bestParameters;
  long episodeSeed;
  int[] episodeActions = new int[256];
  int episodeLength;
  double episodeReturn;
  float[] observation;

  /** A fresh state whose streams start from the next two seeds of {@code master}. */
  LoopState(SplitMix64 master, int statsWindowSize, double initialExplorationRate) {
    this.rng = new SplitMix64(master.nextSeed());
    this.envSeeds = new SplitMix64(master.nextSeed());
    this.window = new EpisodeWindow(statsWindowSize);
    this.explorationRate = initialExplorationRate;
  }

  void recordAction(int action) {
    if (episodeLength == episodeActions.length) {
      episodeActions = Arrays.copyOf(episodeActions, episodeLength * 2);
    }
    episodeActions[episodeLength++] = action;
  }

  /** The current episode's actions so far. */
  int[] actionsSoFar() {
    return Arrays.copyOf(episodeActions, episodeLength);
  }

  /** The state as {@code state.json} holds it. */
  ObjectNode toJson() {
    ObjectNode s = ConfigOverrides.JSON.createObjectNode();
    s.put("format_version", FORMAT_VERSION);
    s.put("num_timesteps", numTimesteps);
    s.put("num_episodes", numEpisodes);
    s.put("num_updates", numUpdates);
    s.put("rollout_steps", rolloutSteps);
    s.put("exploration_rate", explorationRate);
    s.put("loss_sum", lossSum);
    s.put("loss_count", lossCount);
    s.put("rng_state", rng.state());
    s.put("env_seeds_state", envSeeds.state());
    ArrayNode returns = s.putArray("window_returns");
    Arrays.stream(window.returnsInOrder()).forEach(returns::add);
    ArrayNode lengths = s.putArray("window_lengths");
    Arrays.stream(window.lengthsInOrder()).forEach(lengths::add);
    s.put("best_mean_return", bestMeanReturn);
    s.put("best_step", bestStep);
    ArrayNode evals = s.putArray("evaluations");
    for (double[] e : evaluations) {
      evals.addArray().add((long) e[0]).add(e[1]);
    }
    s.put("episode_seed", episodeSeed);
    s.put("episode_return", episodeReturn);
    ArrayNode actions = s.putArray("episode_actions");
    for (int i = 0; i < episodeLength; i++) {
      actions.add(episodeActions[i]);
    }
    ArrayNode obs = s.putArray("observation");
    for (float v : observation) {
      obs.add(Float.floatToRawIntBits(v)); // bits: exact whatever JSON does with decimals
    }
    return s;
  }

  /**
   * Sets this state from {@code state.json} (the episode's observation included; the caller replays
   * the episode's actions to bring its env to the same point), keeping the rows.
   */
  void readJson(JsonNode s, String where) throws IOException {
    int version = s.path("format_version").asInt(-1);
    switch (version) {
      case 1, 2 -> {}
      default ->
          throw new IOException(
              where + " has format version " + version + ", this build reads " + FORMAT_VERSION);
    }
    numTimesteps = FileReads.required(s, "num_timesteps").asLong();
    numEpisodes = FileReads.required(s, "num_episodes").asLong();
    numUpdates = FileReads.required(s, "num_updates").asLong();
    rolloutSteps = FileReads.required(s, "rollout_steps").asInt();
    explorationRate = FileReads.required(s, "exploration_rate").asDouble();
    lossSum = FileReads.required(s, "loss_sum").asDouble();
    lossCount = FileReads.required(s, "loss_count").asLong();
    rng.setState(FileReads.required(s, "rng_state").asLong());
    envSeeds.setState(FileReads.required(s, "env_seeds_state").asLong());
    JsonNode returns = FileReads.required(s, "window_returns");
    JsonNode lengths = FileReads.required(s, "window_lengths");
    for (int i = 0; i < returns.size(); i++) {
      window.add(returns.get(i).asDouble(), lengths.get(i).asInt());
    }
    bestMeanReturn = FileReads.required(s, "best_mean_return").asDouble();
    bestStep = FileReads.required(s, "best_step").asLong();
    evaluations.clear();
    for (JsonNode e : FileReads.required(s, "evaluations")) {
      evaluations.add(new double[] {e.get(0).asLong(), e.get(1).asDouble()});
    }
    episodeSeed = FileReads.required(s, "episode_seed").asLong();
    episodeReturn = FileReads.required(s, "episode_return").asDouble();
    JsonNode actions = FileReads.required(s, "episode_actions");
    episodeActions = new int[Math.max(256, actions.size() * 2)];
    for (int i = 0; i < actions.size(); i++) {
      episodeActions[i] = actions.get(i).asInt();
    }
    episodeLength = actions.size();
    JsonNode obs = FileReads.required(s, "observation");
    observation = new float[obs.size()];
    for (int i = 0; i < observation.length; i++) {
      observation[i] = Float.intBitsToFloat(obs.get(i).asInt());
    }
  }
}
