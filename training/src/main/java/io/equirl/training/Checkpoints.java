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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Checkpoints of a {@link DqnTrainer}: everything {@code --resume} needs to continue exactly.
 *
 * <p>A checkpoint is a directory {@code checkpoints/step-NNNNNNNNNN/} holding {@code state.json}
 * (the {@link LoopState}), the head's online and target parameters (for a Q-network {@code
 * online.params} and {@code target.params}, DJL's format), {@code optimizer.bin} (Adam's step and
 * moments), {@code replay.bin}, {@code progress.csv} as of that step, and with {@code eval_freq}
 * {@code best.bin} (the best evaluation's parameters), and last {@code checksums.json}, the size
 * and SHA-256 of each of them, checked before anything is restored. It is written under a temporary
 * name and renamed, so an interrupted write leaves no checkpoint directory at all; older ones are
 * deleted afterwards.
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
    return write(
        run,
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

  /**
   * Writes the checkpoint of step {@code step}: {@code contents} fills a temporary directory, its
   * {@code checksums.json} is written last, and the directory is renamed into place; older
   * checkpoints are deleted afterwards.
   */
  private static Path write(RunDirectory run, long step, Contents contents) throws IOException {
    Path root = run.file(RunDirectory.CHECKPOINTS);
    Files.createDirectories(root);
    String name = String.format(Locale.ROOT, "%s%010d", RunDirectory.CHECKPOINT_PREFIX, step);
    Path tmp = Files.createTempDirectory(root, ".tmp-" + name);
    try {
      contents.write(tmp);
      RunChecksums.seal(tmp);
      Path target = root.resolve(name);
      AtomicFiles.deleteTree(target);
      AtomicFiles.move(tmp, target);
      List<Path> old = new ArrayList<>();
      try (Stream<Path> s = Files.list(root)) {
        s.filter(p -> !p.equals(target)).forEach(old::add);
      }
      for (Path p : old) {
        AtomicFiles.deleteTree(p);
      }
      return target;
    } finally {
      AtomicFiles.deleteTree(tmp);
    }
  }

  /** Fills a checkpoint's temporary directory. */
  @FunctionalInterface
  private interface Contents {
    void write(Path dir) throws IOException;
  }

  /**
   * Puts {@code t}, freshly created for the same run, into the state saved in {@code dir}, once
   * every file of {@code dir} checks out against its {@code checksums.json}.
   */
  static void restore(Path dir, DqnTrainer t) throws IOException {
    RunChecksums.verifyCheckpoint(dir);
    restoreChecked(dir, t);
  }

  /** Puts {@code t}, freshly created for the same run, into the state saved in {@code dir}. */
  private static void restoreChecked(Path dir, DqnTrainer t) throws IOException {
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
