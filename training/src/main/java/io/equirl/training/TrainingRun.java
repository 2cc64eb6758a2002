package io.equirl.training;

import ai.djl.Device;
import io.equirl.envs.Env;
import io.equirl.training.store.Manifest;
import io.equirl.training.store.RunLock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A training run kept in a {@link RunDirectory}, as {@code equirl train} makes it:
 *
 * <ul>
 *   <li>{@code config.json}: the {@link io.equirl.training.store.Manifest} (format version, env,
 *       seed, device, resolved config, network, versions);
 *   <li>{@code progress.csv}: one {@link ProgressRow} every {@code log_interval} steps;
 *   <li>{@code model.params}: the online network (DJL's format), at every checkpoint and at the
 *       end;
 *   <li>{@code checkpoints/step-N/}: the latest checkpoint, for {@link #resume};
 *   <li>with {@code eval_freq}: {@code evaluations.csv} (step, mean greedy return over {@code
 *       eval_episodes}) and {@code best.params}, the network of the best evaluation
 *       (rl-baselines3-zoo's {@code best_model}; optional, see {@link TrainedModel#loadBest}).
 * </ul>
 *
 * Every file is written under a temporary name and renamed. Owns its trainer and env.
 */
public final class TrainingRun implements AutoCloseable {
  private static final String THREADS = "ai.djl.pytorch.num_threads";
  private static final String INTEROP = "ai.djl.pytorch.num_interop_threads";
  private final RunDirectory dir;
  private final RunLock lock;
  private final Manifest manifest;
  private final DqnTrainer trainer;
  private final Env env;
  private final Env evalEnv;

  private TrainingRun(
      RunDirectory dir,
      RunLock lock,
      Manifest manifest,
      DqnTrainer trainer,
      Env env,
      Function<String, Env> envs) {
    this.dir = dir;
    this.lock = lock;
    this.manifest = manifest;
    this.trainer = trainer;
    this.env = env;
    this.evalEnv = trainer.config().evalFreq() > 0 ? envs.apply(manifest.env()) : null;
    if (evalEnv != null) {
      trainer.setEvaluationEnv(evalEnv);
    }
  }

  /**
   * Starts a new run in {@code out}.
   *
   * @param envs makes an env from its registry name (for instance {@code Envs::make})
   * @param force start over in an {@code out} that holds an earlier run
   * @throws IllegalArgumentException if {@code out} already holds files and {@code force} is false
   * @throws IllegalStateException if another process is writing {@code out}
   */
  public static TrainingRun create(
      String envName,
      String preset,
      List<String> overrides,
      long seed,
      DqnConfig config,
      Device device,
      Path out,
      boolean force,
      Function<String, Env> envs)
      throws IOException {
    if (seed < 0) {
      throw new IllegalArgumentException("seed: must be >= 0, got " + seed);
    }
    RunDirectory run = RunDirectory.of(out);
    run.checkNew(force);
    RunLock lock = run.lock();
    Env env = null;
    DqnTrainer trainer = null;
    try {
      configureThreads(config.numThreads());
      env = envs.apply(envName);
      // Before an earlier run is deleted: a trainer that cannot start (a replay buffer larger
      // than the heap, say) must leave that run as it was.
      trainer = DqnTrainer.create(config, env, seed, device);
      run.prepareNew(force);
      Manifest manifest =
          RunDirectory.newManifest(
              envName,
              env.id(),
              preset,
              overrides,
              seed,
              deviceName(device),
              config,
              trainer.network().spec());
      run.writeManifest(manifest);
      return new TrainingRun(run, lock, manifest, trainer, env, envs);
    } catch (RuntimeException | IOException e) {
      if (trainer != null) {
        trainer.close();
      }
      if (env != null) {
        env.close();
      }
      lock.close();
      throw e;
    }
  }

  /**
   * Continues the run in {@code dir} from its latest checkpoint (from the start if it has none,
   * which is the same run since everything is seeded).
   *
   * @param device where to continue, or null for the device the run was started on
   * @throws IllegalStateException if another process is writing {@code dir}
   */
  public static TrainingRun resume(Path dir, Device device, Function<String, Env> envs)
      throws IOException {
    RunDirectory run = RunDirectory.of(dir);
    Manifest manifest = run.manifest();
    if (run.has(RunDirectory.FINETUNE_INFO)) {
      // Its config.json is the source run's: resuming would retrain that run over the finetune.
      throw new IllegalArgumentException(
          dir
              + " is a finetune output, not a training run;"
              + " only training runs resume (finetune again, with --force, to redo it)");
    }
    DqnConfig config = run.config();
    RunLock lock = run.lock();
    Env env = null;
    try {
      configureThreads(config.numThreads()); // before Device.fromName loads the engine
      Device d = device != null ? device : Device.fromName(manifest.device());
      env = envs.apply(manifest.env());
      Optional<Path> checkpoint = run.latestCheckpoint();
      DqnTrainer trainer = DqnTrainer.create(config, env, manifest.seed(), d);
      if (checkpoint.isPresent()) {
        try {
          trainer.restore(checkpoint.get());
        } catch (IOException | RuntimeException e) {
          trainer.close();
          throw e;
        }
      }
      return new TrainingRun(run, lock, manifest, trainer, env, envs);
    } catch (RuntimeException | IOException e) {
      if (env != null) {
        env.close();
      }
      lock.close();
      throw e;
    }
  }

  /**
   * Trains to the end (or until {@code listener} stops it), writing rows, checkpoints and model.
   */
  public void run(TrainingListener listener) throws IOException {
    int every = trainer.config().checkpointInterval();
    try {
      trainer.run(
          new TrainingListener() {
            @Override
            public void onProgress(ProgressRow row) {
              io(() -> dir.writeProgress(trainer.state.rows));
              listener.onProgress(row);
            }

            @Override
            public void onEvaluation(long step, double meanReturn, boolean best) {
              io(() -> writeEvaluations(best));
              listener.onEvaluation(step, meanReturn, best);
            }

            @Override
            public boolean onStep(DqnTrainer t) {
              if (every > 0 && t.numTimesteps() % every == 0) {
                io(TrainingRun.this::checkpoint);
              }
              return listener.onStep(t);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    if (trainer.numTimesteps() >= trainer.config().totalTimesteps()) {
      checkpoint();
    }
  }

  private void checkpoint() throws IOException {
    if (trainer.config().checkpointInterval() > 0) {
      Checkpoints.save(trainer, dir);
    }
    dir.write(RunDirectory.MODEL, trainer.network()::save);
  }

  private void writeEvaluations(boolean best) throws IOException {
    dir.writeEvaluations(trainer.state.evaluations);
    if (best) {
      dir.write(RunDirectory.BEST, trainer.network()::save);
    }
  }

  /** The run directory. */
  public RunDirectory directory() {
    return dir;
  }

  /** The run's manifest ({@code config.json}). */
  public Manifest manifest() {
    return manifest;
  }

  /** The trainer, owned by this run. */
  public DqnTrainer trainer() {
    return trainer;
  }

  /** Closes the trainer and the envs, then lets another writer have the directory. */
  @Override
  public void close() {
    // Closed in reverse order (trainer, envs, then the lock, so no other writer starts on a
    // half-closed run); a failure in one close does not hide an earlier one's.
    try (RunLock heldLock = lock;
        Env trainingEnv = env;
        Env evaluationEnv = evalEnv;
        DqnTrainer loop = trainer) {
      // closing is the point
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Sets PyTorch's intra- and inter-op thread counts; effective only before DJL's engine first
   * loads in this JVM (the CLI calls it first thing).
   */
  public static void configureThreads(int threads) {
    System.setProperty(THREADS, Integer.toString(threads));
    System.setProperty(INTEROP, Integer.toString(threads));
  }

  /** A name {@link Device#fromName(String)} reads back: {@code cpu}, {@code gpu0}. */
  static String deviceName(Device device) {
    return device.isGpu() ? "gpu" + device.getDeviceId() : device.getDeviceType();
  }

  private interface IoAction {
    void run() throws IOException;
  }

  private static void io(IoAction action) {
    try {
      action.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
