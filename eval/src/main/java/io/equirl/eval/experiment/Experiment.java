package io.equirl.eval.experiment;

import ai.djl.Device;
import io.equirl.agents.policy.Policy;
import io.equirl.agents.policy.PolicyKind;
import io.equirl.envs.Env;
import io.equirl.envs.EnvSymmetry;
import io.equirl.envs.Envs;
import io.equirl.eval.EvalResult;
import io.equirl.eval.Evaluator;
import io.equirl.eval.Json;
import io.equirl.eval.LoadedModel;
import io.equirl.training.ConfigOverrides;
import io.equirl.training.DqnConfig;
import io.equirl.training.DqnTrainer;
import io.equirl.training.Presets;
import io.equirl.training.ProgressRow;
import io.equirl.training.RunDirectory;
import io.equirl.training.TrainedModel;
import io.equirl.training.TrainingListener;
import io.equirl.training.TrainingRun;
import io.equirl.training.lambda.LambdaFiles;
import io.equirl.training.lambda.LambdaTrainer;
import io.equirl.training.store.Manifest;
import io.equirl.training.store.RunLock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Runs one seed of the experiment (pretrain or reuse, train λ or reuse, evaluate the four policies)
 * and aggregates finished seeds. Each step is skipped when its output exists, so an interrupted
 * experiment picks up where it stopped; a half-trained run is resumed.
 */
public final class Experiment {
  /** One seed's evaluation, inside {@code seed-k}. */
  public static final String SEED_RESULT = "eval.json";

  private Experiment() {}

  /**
   * Runs seed {@code k} in {@code config.seedDir(k)} and writes its {@link #SEED_RESULT}; a seed
   * already {@link #finished} is returned as it was written, without running anything.
   */
  public static SeedResult runSeed(ExperimentConfig config, int k, ExperimentListener listener)
      throws IOException {
    Optional<SeedResult> done = finished(config, k);
    if (done.isPresent()) {
      return done.get();
    }
    Path dir = config.seedDir(k);
    pretrain(config, k, dir, listener);
    trainLambda(config, k, dir, listener);
    SeedResult result = evaluate(config, k, dir, listener);
    Json.write(dir.resolve(SEED_RESULT), result);
    return result;
  }

  private static void pretrain(
      ExperimentConfig config, int k, Path dir, ExperimentListener listener) throws IOException {
    RunDirectory run = RunDirectory.of(dir);
    if (run.exists()) {
      requireSameRun(config, run);
    }
    if (run.isComplete()) {
      return;
    }
    // No mid-run checkpoints unless asked for: they hold the replay buffer (350 MB for Gridworld
    // at 100k steps), and a seeded run restarted from scratch ends with the same model anyway.
    List<String> overrides =
        new ArrayList<>(List.of("checkpoint_interval=" + config.checkpointEvery()));
    if (config.steps() != null) {
      overrides.add("total_timesteps=" + config.steps());
    }
    DqnConfig dqn = ConfigOverrides.apply(Presets.load(config.env(), config.preset()), overrides);
    try (TrainingRun training =
        run.exists()
            ? TrainingRun.resume(dir, Device.cpu(), Envs::make)
            : TrainingRun.create(
                config.env(),
                config.preset(),
                overrides,
                k,
                dqn,
                Device.cpu(),
                dir,
                false,
                Envs::make)) {
      long total = training.trainer().config().totalTimesteps();
      long from = training.trainer().numTimesteps();
      listener.phase(k, from > 0 ? "pretrain (resumed at step " + from + ")" : "pretrain", total);
      training.run(
          new TrainingListener() {
            @Override
            public boolean onStep(DqnTrainer trainer) {
              if (trainer.numTimesteps() % 100 == 0) {
                listener.progress(k, Math.min(trainer.numTimesteps(), total));
              }
              return true;
            }

            @Override
            public void onProgress(ProgressRow row) {}
          });
      listener.progress(k, total);
    }
  }

  /** Refuses to reuse a seed directory trained with another env, preset or budget. */
  private static void requireSameRun(ExperimentConfig config, RunDirectory run) throws IOException {
    Manifest manifest = run.manifest();
    long steps = run.config().totalTimesteps();
    long wanted =
        config.steps() != null
            ? config.steps()
            : Presets.load(config.env(), config.preset()).totalTimesteps();
    if (!config.env().equals(manifest.env())
        || !config.preset().equals(manifest.preset())
        || steps != wanted) {
      throw new IllegalArgumentException(
          "--out: "
              + run
              + " holds a run of "
              + manifest.env()
              + " ("
              + manifest.preset()
              + ", "
              + steps
              + " steps), not of "
              + config.env()
              + " ("
              + config.preset()
              + ", "
              + wanted
              + " steps); use another --out");
    }
  }

  private static void trainLambda(
      ExperimentConfig config, int k, Path dir, ExperimentListener listener) throws IOException {
    try (TrainedModel model = TrainedModel.load(dir);
        Env env = Envs.make(model.env());
        RunLock lock = RunDirectory.of(dir).lock()) {
      DqnConfig lambdaConfig =
          LambdaTrainer.config(config.lambdaSteps(), model.config().gamma(), List.of());
      if (LambdaFiles.trainedWith(dir, lambdaConfig)) {
        return; // another --lambda-steps (or any other change) trains λ again below
      }
      listener.phase(k, "lambda", lambdaConfig.totalTimesteps());
      try (DqnTrainer trainer = LambdaTrainer.create(lambdaConfig, model.network(), env, k)) {
        trainer.run(
            new TrainingListener() {
              @Override
              public void onProgress(ProgressRow row) {
                listener.progress(k, row.step());
              }
            });
        LambdaFiles.save(
            dir,
            LambdaTrainer.trained(trainer),
            lambdaConfig,
            trainer.rows().get(trainer.rows().size() - 1));
      }
    }
  }

  private static SeedResult evaluate(
      ExperimentConfig config, int k, Path dir, ExperimentListener listener) throws IOException {
    long[] seeds = config.evalSeeds(k);
    List<EvalResult> results = new ArrayList<>();
    try (LoadedModel model = LoadedModel.load(dir);
        Env env = Envs.make(model.model().env())) {
      EnvSymmetry symmetry = env.symmetry().orElseThrow();
      for (PolicyKind kind : PolicyKind.values()) {
        listener.phase(k, "eval " + kind.cliName(), seeds.length);
        Policy policy = model.policy(kind, symmetry);
        results.add(
            Evaluator.run(env, policy, seeds, symmetry, null, e -> listener.progress(k, e + 1L)));
      }
    }
    return new SeedResult(k, results);
  }

  /**
   * Seed {@code k}'s result if every step of it is done for exactly this configuration: pretrained
   * with its env, preset and budget, λ trained with its λ-steps, evaluated on its evaluation seeds.
   * Anything else (a missing file, another configuration) is empty, and running the seed redoes
   * what is missing or says what differs.
   */
  public static Optional<SeedResult> finished(ExperimentConfig config, int k) throws IOException {
    Path dir = config.seedDir(k);
    RunDirectory run = RunDirectory.of(dir);
    Path file = dir.resolve(SEED_RESULT);
    if (!Files.isRegularFile(file) || !run.isComplete()) {
      return Optional.empty();
    }
    try {
      requireSameRun(config, run);
    } catch (IllegalArgumentException otherRun) {
      return Optional.empty();
    }
    DqnConfig lambda = LambdaTrainer.config(config.lambdaSteps(), run.config().gamma(), List.of());
    SeedResult result = Json.MAPPER.readValue(file.toFile(), SeedResult.class);
    boolean sameEpisodes =
        result.results().stream().allMatch(r -> Arrays.equals(r.seeds(), config.evalSeeds(k)));
    return LambdaFiles.trainedWith(dir, lambda) && sameEpisodes
        ? Optional.of(result)
        : Optional.empty();
  }

  /** Reads the {@link #SEED_RESULT} of every seed. */
  public static List<SeedResult> readSeeds(ExperimentConfig config) throws IOException {
    List<SeedResult> all = new ArrayList<>();
    for (int k = 0; k < config.seeds(); k++) {
      Path file = config.seedDir(k).resolve(SEED_RESULT);
      if (!Files.isRegularFile(file)) {
        throw new IOException("seed " + k + " has no " + file + "; did it fail?");
      }
      all.add(Json.MAPPER.readValue(file.toFile(), SeedResult.class));
    }
    return all;
  }
}
