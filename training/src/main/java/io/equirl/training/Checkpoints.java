package io.equirl.training;

import io.equirl.training.store.AtomicFiles;
import io.equirl.training.store.FileReads;
import io.equirl.training.store.Tensors;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Checkpoints of a {@link DqnTrainer}: everything {@code --resume} needs to continue exactly.
 *
 * <p>A checkpoint is a directory {@code checkpoints/step-NNNNNNNNNN/} holding {@code state.json}
 * (the {@link LoopState}), the head's online and target parameters (for a Q-network {@code
 * online.params} and {@code target.params}, DJL's format), {@code optimizer.bin} (Adam's step and
 * moments), {@code replay.bin}, {@code progress.csv} as of that step, and with {@code eval_freq}
 * {@code best.bin} (the best evaluation's parameters). It is written under a temporary name and
 * renamed, so an interrupted write leaves no checkpoint directory at all; older ones are deleted
 * afterwards.
 *
 * <p>The env is restored by {@code reset(episodeSeed)} and replaying the episode's actions, which
 * reproduces its state because all of an env's randomness comes from its seeded generator.
 */
final class Checkpoints {
  static final String STATE = "state.json";
  private static final String OPTIMIZER = "optimizer.bin";
  private static final String REPLAY = "replay.bin";
  private static final String BEST = "best.bin";

  private Checkpoints() {}

  /** Writes a checkpoint of {@code t} into {@code run}'s checkpoints, then prunes older ones. */
  static Path save(DqnTrainer t, RunDirectory run) throws IOException {
    LoopState s = t.state;
    t.ensureBuffer();
    return run.writeCheckpoint(
        s.numTimesteps,
        tmp -> {
          t.head.trained().save(tmp);
          try (DataOutputStream out = AtomicFiles.dataOut(tmp.resolve(OPTIMIZER))) {
            t.update.writeOptimizer(out);
          }
          try (DataOutputStream out = AtomicFiles.dataOut(tmp.resolve(REPLAY))) {
            t.buffer.write(out);
          }
          Files.writeString(
              tmp.resolve(RunDirectory.PROGRESS), ProgressRow.csv(s.rows), StandardCharsets.UTF_8);
          if (s.bestParameters != null) {
            try (DataOutputStream out = AtomicFiles.dataOut(tmp.resolve(BEST))) {
              Tensors.write(out, s.bestParameters);
            }
          }
          Files.writeString(
              tmp.resolve(STATE), s.toJson().toPrettyString(), StandardCharsets.UTF_8);
        });
  }

  /** Puts {@code t}, freshly created for the same run, into the state saved in {@code dir}. */
  static void restore(Path dir, DqnTrainer t) throws IOException {
    LoopState s = t.state;
    FileReads.read(
        dir.resolve(STATE),
        f -> {
          s.readJson(ConfigOverrides.JSON.readTree(f.toFile()), "checkpoint " + dir);
          return s;
        });
    t.ensureBuffer();
    FileReads.read(
        dir.resolve(REPLAY),
        f -> {
          try (DataInputStream in = AtomicFiles.dataIn(f)) {
            t.buffer.readFrom(in, Files.size(f));
          }
          return t.buffer;
        });
    FileReads.read(
        dir,
        d -> {
          t.head.trained().load(d);
          return d;
        });
    FileReads.read(
        dir.resolve(OPTIMIZER),
        f -> {
          FileReads.checkSize(f, t.update.optimizerBytes());
          try (DataInputStream in = AtomicFiles.dataIn(f)) {
            t.update.restore(in);
          }
          return f;
        });
    if (Files.exists(dir.resolve(BEST))) {
      s.bestParameters =
          FileReads.read(
              dir.resolve(BEST),
              f -> {
                try (DataInputStream in = AtomicFiles.dataIn(f)) {
                  return Tensors.read(in);
                }
              });
    }
    replayEpisode(t, s.observation, s.episodeReturn);
    s.rows.clear();
    s.rows.addAll(ProgressRow.readCsv(dir.resolve(RunDirectory.PROGRESS)));
  }

  private static void replayEpisode(DqnTrainer t, float[] saved, double savedReturn)
      throws IOException {
    float[] obs = t.env.reset(t.state.episodeSeed);
    double ret = 0;
    for (int a : t.state.actionsSoFar()) {
      var r = t.env.step(a);
      ret += r.reward();
      obs = r.observation();
    }
    if (!Arrays.equals(saved, obs) || ret != savedReturn) {
      throw new IOException(
          "replaying the current episode of the checkpoint did not reproduce"
              + " its observation: is the env deterministic given its seed?");
    }
    t.state.observation = obs.clone();
  }
}
