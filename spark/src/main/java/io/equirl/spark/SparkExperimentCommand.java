package io.equirl.spark;

import io.equirl.cli.ExperimentLocks;
import io.equirl.cli.ExperimentOptions;
import io.equirl.eval.experiment.ExperimentConfig;
import io.equirl.eval.experiment.ExperimentReport;
import io.equirl.eval.experiment.ExperimentResults;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code equirl experiment --engine spark}: the options of {@code equirl experiment}, run by {@link
 * SparkSweep}. {@code --jobs} has no meaning here (the master decides how many seeds run at once)
 * and is refused rather than ignored.
 */
@Command(
    name = "experiment",
    mixinStandardHelpOptions = true,
    description = "Run an experiment sweep on Apache Spark, one task (and one JVM) per seed.")
final class SparkExperimentCommand implements Callable<Integer> {
  /** Pretraining steps between checkpoints unless --checkpoint-every says otherwise. */
  static final long DEFAULT_CHECKPOINT_EVERY = 10_000;

  @Spec CommandSpec spec;

  @Mixin ExperimentOptions options;

  @Option(names = "--engine", required = true, description = "spark.")
  String engine;

  @Option(
      names = "--master",
      description =
          "Spark master URL (default: the one spark-submit set, else "
              + SparkSweep.DEFAULT_MASTER
              + ").")
  String master;

  @Option(
      names = "--worker-classpath",
      paramLabel = "PATH",
      description =
          "Where the executors' seed JVMs find equirl, e.g. a shared equirl.jar on a cluster"
              + " (default: this JVM's class path).")
  String workerClassPath;

  @Option(names = "--jobs", hidden = true)
  Integer jobs;

  @Override
  public Integer call() throws Exception {
    if (!"spark".equals(engine)) {
      throw new IllegalArgumentException("--engine: this program runs spark only, got " + engine);
    }
    if (jobs != null) {
      throw new IllegalArgumentException(
          "--jobs: not used with --engine spark; the master sets how many seeds run at once"
              + " (--master local[N,F])");
    }
    List<ExperimentConfig> configs = options.configs(DEFAULT_CHECKPOINT_EVERY);
    String classPath =
        workerClassPath != null ? workerClassPath : System.getProperty("java.class.path");
    PrintWriter out = spec.commandLine().getOut();
    List<ExperimentReport> reports;
    try (ExperimentLocks locks = ExperimentLocks.take(configs)) {
      reports = SparkSweep.run(configs, master, classPath, spec.commandLine().getErr());
    }
    for (int i = 0; i < configs.size(); i++) {
      out.println(ExperimentResults.summary(configs.get(i), reports.get(i)));
    }
    out.flush();
    return 0;
  }
}
