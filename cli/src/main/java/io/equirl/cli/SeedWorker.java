package io.equirl.cli;

import io.equirl.eval.experiment.ExperimentConfig;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One seed of an experiment run in a JVM of its own ({@code equirl experiment-seed}), the unit that
 * both {@code experiment --jobs N} and the Spark engine schedule: DJL allows one gradient collector
 * per JVM, so two seeds never train in one process. The worker starts with this JVM's java and
 * options, on the class path given, and appends its output to {@code OUT/seed-k.log} (beside, not
 * inside, {@code seed-k}: the trainer refuses to start in a directory holding files), so a retried
 * seed's log keeps the attempt that failed.
 */
public final class SeedWorker {
  private SeedWorker() {}

  /** The log of seed {@code k}. */
  public static Path log(ExperimentConfig config, int k) {
    return config.out().resolve("seed-" + k + ".log");
  }

  /**
   * Runs seed {@code k} in a new JVM on {@code classPath} and waits for it; fails with the exit
   * code and the log's path when the worker fails or dies. Interrupting the wait ends the worker.
   */
  public static void run(ExperimentConfig config, int k, String classPath) throws Exception {
    Path log = log(config, k);
    Process p =
        new ProcessBuilder(command(config, k, classPath))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    int code;
    try {
      code = p.waitFor();
    } finally {
      p.destroy(); // a no-op once it exited; ends it when the wait was interrupted
    }
    if (code != 0) {
      throw new IllegalStateException(
          config.env() + " seed " + k + " failed with exit code " + code + "; see " + log);
    }
  }

  /** The worker's command line: this JVM's java and options, {@code classPath}, the seed. */
  static List<String> command(ExperimentConfig config, int k, String classPath) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (!arg.startsWith("-agentlib:jdwp")) {
        command.add(arg);
      }
    }
    command.add("-cp");
    command.add(classPath);
    command.add(EquiRl.class.getName());
    command.add("experiment-seed");
    command.addAll(ExperimentOptions.arguments(config));
    command.add("--seed-index");
    command.add(Integer.toString(k));
    return command;
  }
}
