package io.equirl.cli;

import io.equirl.eval.experiment.Experiment;
import io.equirl.eval.experiment.ExperimentConfig;
import io.equirl.eval.experiment.ExperimentListener;
import io.equirl.eval.experiment.ExperimentReport;
import io.equirl.eval.experiment.ExperimentResults;
import io.equirl.eval.experiment.SeedResult;
import io.equirl.training.RunDirectory;
import io.equirl.training.TrainingRun;
import io.equirl.training.store.RunLock;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
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
 * {@code equirl experiment}: the five-seed experiment of the paper's Fig. 2 on one env. With {@code
 * --jobs 1} the seeds run one after another in this JVM, with a progress bar per phase; with more,
 * each seed runs as a separate process ({@code experiment-seed}, logging to {@code seed-k.log}) and
 * the bar counts finished seeds.
 */
@Command(
    name = "experiment",
    mixinStandardHelpOptions = true,
    description =
        "Pretrain, train λ and evaluate greedy, equitune, equizero and λ-equitune over seeds.")
final class ExperimentCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ExperimentOptions options;

  @Option(
      names = "--jobs",
      defaultValue = "1",
      description = "Seeds run in parallel, as separate processes (default: ${DEFAULT-VALUE}).")
  int jobs;

  @Override
  public Integer call() throws Exception {
    TrainingRun.configureThreads(1);
    ExperimentConfig config = options.config();
    if (jobs < 1) {
      throw new IllegalArgumentException("--jobs: must be >= 1, got " + jobs);
    }
    ExperimentReport report;
    // One experiment per --out: a second one fails here, at once, naming this one's pid (each
    // seed's steps lock their seed directory too). Taking it also deletes the temporary files of
    // a killed earlier run, and a start that fails leaves no new folder behind.
    try (RunLock lock = RunDirectory.of(config.out()).lock()) {
      if (jobs == 1) {
        for (int k = 0; k < config.seeds(); k++) {
          runInProcess(config, k);
        }
      } else {
        runInProcesses(config);
      }
      report = ExperimentResults.write(config);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(report.markdown());
    out.println(
        "wrote "
            + String.join(", ", ExperimentResults.FILES)
            + ", "
            + ExperimentResults.figureName(config.env())
            + " in "
            + config.out());
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

  private void runInProcesses(ExperimentConfig config) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, config.seeds()));
    Thread endWorkers = ChildProcesses.endChildrenOnExit();
    try (ProgressBar bar = Bars.open("seeds", config.seeds())) {
      List<Future<?>> done = new ArrayList<>();
      for (int k = 0; k < config.seeds(); k++) {
        int seed = k;
        done.add(
            pool.submit(
                () -> {
                  runWorker(config, seed);
                  bar.step();
                  return null;
                }));
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

  /** Re-launches this program's JVM on one seed (same java, JVM options and class path). */
  private void runWorker(ExperimentConfig config, int k) throws Exception {
    // Beside, not inside, seed-k: the trainer refuses to start in a directory holding files.
    Path log = config.out().resolve("seed-" + k + ".log");
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (!arg.startsWith("-agentlib:jdwp")) {
        command.add(arg);
      }
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(EquiRl.class.getName());
    command.add("experiment-seed");
    command.addAll(options.asArguments());
    command.add("--seed-index");
    command.add(Integer.toString(k));
    Process p =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    int code;
    try {
      code = p.waitFor();
    } finally {
      p.destroy(); // a no-op once it exited; ends it when another seed's failure interrupts us
    }
    if (code != 0) {
      throw new IllegalStateException(
          "seed " + k + " failed with exit code " + code + "; see " + log);
    }
  }
}
