package io.equirl.cli;

import io.equirl.eval.experiment.ExperimentConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options {@code experiment}, its per-seed worker and the Spark engine's command share (a
 * picocli mixin). Several envs make a sweep: each env is one experiment in {@code OUT/<env>}; one
 * env keeps its experiment in {@code OUT} itself.
 */
public final class ExperimentOptions {
  @Option(
      names = "--env",
      required = true,
      split = ",",
      description = "gridworld, cartpole or acrobot; several, comma-separated, make a sweep.")
  List<String> envs;

  @Option(
      names = "--seeds",
      defaultValue = "5",
      description = "Number of seeds per env (default: ${DEFAULT-VALUE}).")
  int seeds;

  @Option(
      names = "--preset",
      defaultValue = "paper",
      description = "Pretraining preset, paper or zoo (default: ${DEFAULT-VALUE}).")
  String preset;

  @Option(names = "--steps", description = "Pretraining steps (default: the preset's).")
  Long steps;

  @Option(
      names = "--lambda-steps",
      defaultValue = "10000",
      description = "λ-training steps per seed (default: ${DEFAULT-VALUE}).")
  long lambdaSteps;

  @Option(
      names = "--episodes",
      defaultValue = "100",
      description = "Evaluation episodes per seed and policy (default: ${DEFAULT-VALUE}).")
  int episodes;

  @Option(
      names = "--checkpoint-every",
      paramLabel = "STEPS",
      description =
          "Pretraining steps between checkpoints, so a killed seed resumes from its last one"
              + " (default: none; with --engine spark, 10000).")
  Long checkpointEvery;

  @Option(names = "--out", required = true, description = "Experiment directory.")
  Path out;

  /** The experiments these options name, one per env; {@code checkpointDefault} if not given. */
  public List<ExperimentConfig> configs(long checkpointDefault) {
    if (new LinkedHashSet<>(envs).size() != envs.size()) {
      throw new IllegalArgumentException("--env: an env is named twice in " + envs);
    }
    long every = checkpointEvery == null ? checkpointDefault : checkpointEvery;
    List<ExperimentConfig> configs = new ArrayList<>();
    for (String env : envs) {
      Path dir = envs.size() == 1 ? out : out.resolve(env);
      configs.add(
          new ExperimentConfig(env, seeds, preset, steps, lambdaSteps, episodes, dir, every));
    }
    return configs;
  }

  /** The experiment, for commands that run exactly one env. */
  ExperimentConfig single() {
    if (envs.size() != 1) {
      throw new IllegalArgumentException("--env: this command takes one env, got " + envs);
    }
    return configs(0).get(0);
  }

  /** One experiment as command-line arguments, for a worker process. */
  public static List<String> arguments(ExperimentConfig config) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--env",
                config.env(),
                "--seeds",
                Integer.toString(config.seeds()),
                "--preset",
                config.preset(),
                "--lambda-steps",
                Long.toString(config.lambdaSteps()),
                "--episodes",
                Integer.toString(config.episodes()),
                "--checkpoint-every",
                Long.toString(config.checkpointEvery()),
                "--out",
                config.out().toAbsolutePath().toString()));
    if (config.steps() != null) {
      args.add("--steps");
      args.add(config.steps().toString());
    }
    return args;
  }
}
