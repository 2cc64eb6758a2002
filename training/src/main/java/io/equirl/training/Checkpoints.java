package io.equirl.training;

import ai.djl.Device;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.equirl.envs.Env;
import io.equirl.training.buffer.ReplayBuffer;
import io.equirl.training.store.AtomicFiles;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Checkpoints of a {@link DqnTrainer}: everything {@code --resume} needs to continue exactly.
 *
 * <p>A checkpoint is a directory {@code checkpoints/step-NNNNNNNNNN/} holding {@code state.json}
 * (format version, counters, both generators' states, ε, loss accumulators, the episode window,
 * the current episode's seed, actions and observation bits), {@code online.params} and
 * {@code target.params} (DJL's format), {@code optimizer.bin} (Adam's step and moments),
 * {@code replay.bin}, {@code progress.csv} as of that step, and with {@code eval_freq} the best
 * evaluation so far and {@code best.bin} (its parameters). It is written under a temporary
 * name and renamed, so an interrupted write leaves no checkpoint directory at all; older ones are
 * deleted afterwards.
 *
 * <p>The env is restored by {@code reset(episodeSeed)} and replaying the episode's actions, which
 * reproduces its state because all of an env's randomness comes from its seeded generator.
 */
final class Checkpoints {
  static final int FORMAT_VERSION = 1;
  private static final String PREFIX = "step-";

  private Checkpoints() {}

  /** Writes a checkpoint of {@code t} under {@code runDir/checkpoints/}, then prunes older ones. */
  static Path save(DqnTrainer t, Path runDir) throws IOException {
    Path root = runDir.resolve("checkpoints");
    Files.createDirectories(root);
    String name = String.format("%s%010d", PREFIX, t.numTimesteps);
    Path tmp = Files.createTempDirectory(root, ".tmp-" + name);
    try {
      t.online.save(tmp.resolve("online.params"));
      t.target.save(tmp.resolve("target.params"));
      try (DataOutputStream out = data(tmp.resolve("optimizer.bin"))) {
        t.update.adam().write(out);
      }
      try (DataOutputStream out = data(tmp.resolve("replay.bin"))) {
        t.buffer.write(out);
      }
      Files.writeString(tmp.resolve("progress.csv"), csv(t.rows), StandardCharsets.UTF_8);
      if (t.bestParameters != null) {
        try (DataOutputStream out = data(tmp.resolve("best.bin"))) {
          writeTensors(out, t.bestParameters);
        }
      }
      Files.writeString(tmp.resolve("state.json"), state(t).toPrettyString(),
          StandardCharsets.UTF_8);
      Path dir = root.resolve(name);
      deleteTree(dir);
      AtomicFiles.move(tmp, dir);
      prune(root, dir);
      return dir;
    } finally {
      deleteTree(tmp);
    }
  }

  /** The newest complete checkpoint of a run, if any. */
  static Optional<Path> latest(Path runDir) throws IOException {
    Path root = runDir.resolve("checkpoints");
    if (!Files.isDirectory(root)) {
      return Optional.empty();
    }
    try (Stream<Path> s = Files.list(root)) {
      return s.filter(p -> p.getFileName().toString().startsWith(PREFIX))
          .filter(p -> Files.isRegularFile(p.resolve("state.json")))
          .max(Comparator.comparing(p -> p.getFileName().toString()));
    }
  }

  /** A trainer in the state saved in {@code dir}. */
  static DqnTrainer restore(Path dir, DqnConfig config, Env env, long seed, Device device)
      throws IOException {
    JsonNode s = ConfigOverrides.JSON.readTree(dir.resolve("state.json").toFile());
    int version = s.path("format_version").asInt(-1);
    switch (version) {
      case 1 -> { }
      default -> throw new IOException(
          "checkpoint " + dir + " has format version " + version + ", this build reads 1");
    }
    ReplayBuffer buffer;
    try (DataInputStream in = dataIn(dir.resolve("replay.bin"))) {
      buffer = ReplayBuffer.read(in);
    }
    DqnTrainer t = new DqnTrainer(config, env, seed, device, buffer);
    try {
      t.online.loadParameters(dir.resolve("online.params"));
      t.target.loadParameters(dir.resolve("target.params"));
      t.update.reloadWeights();
      try (DataInputStream in = dataIn(dir.resolve("optimizer.bin"))) {
        t.update.adam().read(in);
      }
      t.numTimesteps = s.get("num_timesteps").asLong();
      t.numEpisodes = s.get("num_episodes").asLong();
      t.numUpdates = s.get("num_updates").asLong();
      t.rolloutSteps = s.get("rollout_steps").asInt();
      t.explorationRate = s.get("exploration_rate").asDouble();
      t.lossSum = s.get("loss_sum").asDouble();
      t.lossCount = s.get("loss_count").asLong();
      t.rng.setState(s.get("rng_state").asLong());
      t.envSeeds.setState(s.get("env_seeds_state").asLong());
      JsonNode returns = s.get("window_returns");
      JsonNode lengths = s.get("window_lengths");
      for (int i = 0; i < returns.size(); i++) {
        t.window.add(returns.get(i).asDouble(), lengths.get(i).asInt());
      }
      t.bestMeanReturn = s.get("best_mean_return").asDouble();
      t.bestStep = s.get("best_step").asLong();
      for (JsonNode e : s.get("evaluations")) {
        t.evaluations.add(new double[] {e.get(0).asLong(), e.get(1).asDouble()});
      }
      if (Files.exists(dir.resolve("best.bin"))) {
        try (DataInputStream in = dataIn(dir.resolve("best.bin"))) {
          t.bestParameters = readTensors(in);
        }
      }
      replayEpisode(t, s);
      for (String line : Files.readAllLines(dir.resolve("progress.csv"))) {
        if (!line.isBlank() && !line.equals(ProgressRow.HEADER)) {
          t.rows.add(ProgressRow.parse(line));
        }
      }
      return t;
    } catch (IOException | RuntimeException e) {
      t.close();
      throw e;
    }
  }

  private static void replayEpisode(DqnTrainer t, JsonNode s) throws IOException {
    t.episodeSeed = s.get("episode_seed").asLong();
    float[] obs = t.env.reset(t.episodeSeed);
    JsonNode actions = s.get("episode_actions");
    double ret = 0;
    for (JsonNode a : actions) {
      var r = t.env.step(a.asInt());
      ret += r.reward();
      obs = r.observation();
    }
    t.episodeActions = new int[Math.max(256, actions.size() * 2)];
    for (int i = 0; i < actions.size(); i++) {
      t.episodeActions[i] = actions.get(i).asInt();
    }
    t.episodeLength = actions.size();
    t.episodeReturn = s.get("episode_return").asDouble();
    float[] saved = floats(s.get("observation"));
    if (!Arrays.equals(saved, obs) || ret != t.episodeReturn) {
      throw new IOException("replaying the current episode of the checkpoint did not reproduce"
          + " its observation: is the env deterministic given its seed?");
    }
    t.observation = obs.clone();
  }

  private static ObjectNode state(DqnTrainer t) {
    ObjectNode s = ConfigOverrides.JSON.createObjectNode();
    s.put("format_version", FORMAT_VERSION);
    s.put("num_timesteps", t.numTimesteps);
    s.put("num_episodes", t.numEpisodes);
    s.put("num_updates", t.numUpdates);
    s.put("rollout_steps", t.rolloutSteps);
    s.put("exploration_rate", t.explorationRate);
    s.put("loss_sum", t.lossSum);
    s.put("loss_count", t.lossCount);
    s.put("rng_state", t.rng.state());
    s.put("env_seeds_state", t.envSeeds.state());
    ArrayNode returns = s.putArray("window_returns");
    for (double r : t.window.returnsInOrder()) {
      returns.add(r);
    }
    ArrayNode lengths = s.putArray("window_lengths");
    for (int l : t.window.lengthsInOrder()) {
      lengths.add(l);
    }
    s.put("best_mean_return", t.bestMeanReturn);
    s.put("best_step", t.bestStep);
    ArrayNode evaluations = s.putArray("evaluations");
    for (double[] e : t.evaluations) {
      evaluations.addArray().add((long) e[0]).add(e[1]);
    }
    s.put("episode_seed", t.episodeSeed);
    s.put("episode_return", t.episodeReturn);
    ArrayNode actions = s.putArray("episode_actions");
    for (int i = 0; i < t.episodeLength; i++) {
      actions.add(t.episodeActions[i]);
    }
    ArrayNode obs = s.putArray("observation");
    for (float v : t.observation) {
      obs.add(Float.floatToRawIntBits(v)); // bits: exact whatever JSON does with decimals
    }
    return s;
  }

  static String csv(List<ProgressRow> rows) {
    StringBuilder sb = new StringBuilder(ProgressRow.HEADER).append('\n');
    for (ProgressRow r : rows) {
      sb.append(r.toCsv()).append('\n');
    }
    return sb.toString();
  }

  private static float[] floats(JsonNode array) {
    float[] out = new float[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = Float.intBitsToFloat(array.get(i).asInt());
    }
    return out;
  }

  private static void writeTensors(DataOutputStream out, float[][] tensors) throws IOException {
    out.writeInt(tensors.length);
    for (float[] t : tensors) {
      out.writeInt(t.length);
      for (float v : t) {
        out.writeFloat(v);
      }
    }
  }

  private static float[][] readTensors(DataInputStream in) throws IOException {
    float[][] tensors = new float[in.readInt()][];
    for (int i = 0; i < tensors.length; i++) {
      tensors[i] = new float[in.readInt()];
      for (int k = 0; k < tensors[i].length; k++) {
        tensors[i][k] = in.readFloat();
      }
    }
    return tensors;
  }

  private static DataOutputStream data(Path file) throws IOException {
    return new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
  }

  private static DataInputStream dataIn(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    return new DataInputStream(new BufferedInputStream(in, 1 << 16));
  }

  private static void prune(Path root, Path keep) throws IOException {
    List<Path> old = new ArrayList<>();
    try (Stream<Path> s = Files.list(root)) {
      s.filter(p -> !p.equals(keep)).forEach(old::add);
    }
    for (Path p : old) {
      deleteTree(p);
    }
  }

  static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(q);
      }
    }
  }
}
