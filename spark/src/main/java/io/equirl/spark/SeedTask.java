package io.equirl.spark;

import io.equirl.cli.SeedWorker;
import io.equirl.eval.experiment.Experiment;
import io.equirl.eval.experiment.ExperimentConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function;

/**
 * What a Spark task does with its {@link SeedRun}: runs the seed in a worker JVM on {@code
 * workerClassPath} and returns the seed's result row, read from {@code seed-k/eval.json}. A worker
 * that fails or dies fails the task, and Spark's retry starts a new worker on the same directory,
 * which resumes the seed.
 */
final class SeedTask implements Function<SeedRun, SeedRow> {
  private static final long serialVersionUID = 1L;

  private final String workerClassPath;

  SeedTask(String workerClassPath) {
    this.workerClassPath = workerClassPath;
  }

  @Override
  public SeedRow call(SeedRun run) throws Exception {
    ExperimentConfig config = run.config();
    Files.createDirectories(config.out());
    TaskContext task = TaskContext.get();
    if (task != null && task.attemptNumber() > 0) {
      // Spark's own lines about the failure are off unless --verbose; say that it is retried.
      System.err.println(
          "equirl: "
              + run.env()
              + " seed "
              + run.seed()
              + ": attempt "
              + (task.attemptNumber() + 1)
              + ", resuming from "
              + config.seedDir(run.seed()));
    }
    SeedWorker.run(config, run.seed(), workerClassPath);
    Path result = config.seedDir(run.seed()).resolve(Experiment.SEED_RESULT);
    return new SeedRow(run.env(), Files.readString(result));
  }
}
