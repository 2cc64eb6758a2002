package io.equirl.cli;

import io.equirl.eval.experiment.Experiment;
import io.equirl.eval.experiment.ExperimentConfig;
import io.equirl.eval.experiment.ExperimentListener;
import io.equirl.training.TrainingRun;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The hidden worker of {@code equirl experiment --jobs N}: runs one seed in its own JVM (DJL allows
 * one gradient collector per JVM), printing one line per phase for the parent's log.
 */
@Command(
    name = "experiment-seed",
    hidden = true,
    mixinStandardHelpOptions = true,
    description = "Run one seed of an experiment (used by equirl experiment --jobs).")
final class ExperimentSeedCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ExperimentOptions options;

  @Option(names = "--seed-index", required = true, description = "The seed to run.")
  int seedIndex;

  @Override
  public Integer call() throws Exception {
    TrainingRun.configureThreads(1);
    ChildProcesses.exitWithParent();
    ExperimentConfig config = options.single();
    if (seedIndex < 0 || seedIndex >= config.seeds()) {
      throw new IllegalArgumentException("--seed-index: must be in 0.." + (config.seeds() - 1));
    }
    PrintWriter out = spec.commandLine().getOut();
    Experiment.runSeed(
        config,
        seedIndex,
        new ExperimentListener() {
          @Override
          public void phase(int seed, String phase, long total) {
            out.println("seed " + seed + ": " + phase + " (" + total + ")");
            out.flush();
          }
        });
    out.println("seed " + seedIndex + ": done");
    out.flush();
    return 0;
  }
}
