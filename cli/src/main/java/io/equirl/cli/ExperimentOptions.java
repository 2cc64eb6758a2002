package io.equirl.cli;

import io.equirl.eval.experiment.ExperimentConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options {@code experiment} and its per-seed worker share (a picocli mixin). */
final class ExperimentOptions {
  @Option(names = "--env", required = true, description = "gridworld, cartpole or acrobot.")
  String env;

  @Option(
      names = "--seeds",
      defaultValue = "5",
      description = "Number of seeds (default: ${DEFAULT-VALUE}).")
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

  @Option(names = "--out", required = true, description = "Experiment directory.")
  Path out;

  ExperimentConfig config() {
    return new ExperimentConfig(env, seeds, preset, steps, lambdaSteps, episodes, out);
  }

  /** The same options as command-line arguments, for a worker process. */
  List<String> asArguments() {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--env",
                env,
                "--seeds",
                Integer.toString(seeds),
                "--preset",
                preset,
                "--lambda-steps",
                Long.toString(lambdaSteps),
                "--episodes",
                Integer.toString(episodes),
                "--out",
                out.toAbsolutePath().toString()));
    if (steps != null) {
      args.add("--steps");
      args.add(steps.toString());
    }
    return args;
  }
}
