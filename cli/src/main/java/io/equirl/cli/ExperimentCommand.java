package io.equirl.cli;

import io.equirl.eval.experiment.Experiment;
import io.equirl.eval.experiment.ExperimentConfig;
import io.equirl.eval.experiment.ExperimentListener;
import io.equirl.eval.experiment.ExperimentResults;
import io.equirl.eval.experiment.SeedResult;
import io.equirl.training.TrainingRun;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code equirl experiment}: the five-seed experiment of the paper's Fig. 2 on one env, or a sweep
 * over several ({@code --env cartpole,acrobot}, one experiment per env in {@code OUT/<env>}). With
 * {@code --jobs 1} the seeds run one after another in this JVM, with a progress bar per phase; with
 * more, each seed runs as a separate process ({@link SeedWorker}) and the bar counts finished
 * seeds. {@code --engine spark} is served by the spark module's jar, which {@code bin/equirl}
 * builds and starts; this jar leaves Spark out and says so.
 */
@Command(
    name = "experiment",
    mixinStandardHelpOptions = true,
    description =
        "Pretrain, train λ and evaluate greedy, equitune, equizero and λ-equitune over seeds.")
final class ExperimentCommand implements Callable<Integer> {
  /** How to get the Spark engine, for the one line that says it is not in this jar. */
  static final String SPARK_HINT =
      "--engine spark: this jar leaves Spark out; run it through bin/equirl, which builds"
          + " spark/target/equirl-spark.jar (mvn -B -pl spark -am package -DskipTests) and starts"
          + " it (docs/spark.md)";

  @Spec CommandSpec spec;

  @Mixin ExperimentOptions options;

  @Option(
      names = "--jobs",
      defaultValue = "1",
      description = "Seeds run in parallel, as separate processes (default: ${DEFAULT-VALUE}).")
  int jobs;

  @Option(
      names = "--engine",
      defaultValue = "local",
      description =
          "local (this machine, --jobs at a time) or spark (scheduled by Apache Spark; see"
              + " docs/spark.md) (default: ${DEFAULT-VALUE}).")
  String engine;

  @Option(
      names = "--master",
      description = "Spark master URL, with --engine spark (default: local[*,4]).")
  String master;

  @Override
  public Integer call() throws Exception {
    if ("spark".equals(engine)) {
      throw new IllegalArgumentException(SPARK_HINT);
    }
    if (!"local".equals(engine)) {
      throw new IllegalArgumentException(
          "--engine: unknown engine '" + engine + "', valid: local, spark");
    }
    if (master != null) {
      throw new IllegalArgumentException("--master: only with --engine spark");
    }
    TrainingRun.configureThreads(1);
    List<ExperimentConfig> configs = options.configs(0);
    if (jobs < 1) {
      throw new IllegalArgumentException("--jobs: must be >= 1, got " + jobs);
    }
    List<String> summaries = new ArrayList<>();
    try (ExperimentLocks locks = ExperimentLocks.take(configs)) {
      if (jobs == 1) {
        for (ExperimentConfig config : configs) {
          for (int k = 0; k < config.seeds(); k++) {
            runInProcess(config, k);
          }
        }
      } else {
        runInProcesses(configs);
      }
      for (ExperimentConfig config : configs) {
        summaries.add(ExperimentResults.summary(config, ExperimentResults.write(config)));
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    summaries.forEach(out::println);
    out.flush();
    return 0;
  }

  /** Runs seed {@code k} in this JVM with a progress bar per phase; returns its result. */
  static SeedResult runInProcess(ExperimentConfig config, int k) throws Exception {
    ProgressBar[] bar = new ProgressBar[1];
    try {
      return Experiment.runSeed(
          config,
          k,
          new ExperimentListener() {
            @Override
            public void phase(int seed, String phase, long total) {
              if (bar[0] != null) {
                bar[0].close();
              }
              bar[0] = Bars.open("seed " + seed + " " + phase, total);
            }

            @Override
            public void progress(int seed, long done) {
              bar[0].stepTo(done);
            }
          });
    } finally {
      if (bar[0] != null) {
        bar[0].close();
      }
    }
  }

  private void runInProcesses(List<ExperimentConfig> configs) throws Exception {
    int runs = configs.size() * configs.get(0).seeds();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, runs));
    Thread endWorkers = ChildProcesses.endChildrenOnExit();
    String classPath = System.getProperty("java.class.path");
    try (ProgressBar bar = Bars.open("seeds", runs)) {
      List<Future<?>> done = new ArrayList<>();
      for (ExperimentConfig config : configs) {
        for (int k = 0; k < config.seeds(); k++) {
          int seed = k;
          done.add(
              pool.submit(
                  () -> {
                    SeedWorker.run(config, seed, classPath);
                    bar.step();
                    return null;
                  }));
        }
      }
      for (Future<?> f : done) {
        try {
          f.get();
        } catch (java.util.concurrent.ExecutionException e) {
          throw e.getCause() instanceof Exception c ? c : e;
        }
      }
    } finally {
      pool.shutdownNow();
      try {
        Runtime.getRuntime().removeShutdownHook(endWorkers);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running or about to: it ends the workers
      }
    }
  }
}
