package io.equirl.eval.experiment;

import io.equirl.eval.Json;
import io.equirl.training.store.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes an experiment's aggregate files, each under a temporary name and renamed. */
public final class ExperimentResults {
  /** The files written into the experiment directory. */
  public static final List<String> FILES = List.of("results.csv", "results.json", "results.md");

  private ExperimentResults() {}

  /** The figure's file name for an env. */
  public static String figureName(String env) {
    return "fig-" + env + ".png";
  }

  /** Aggregates the finished seeds of {@code config} and writes every output file. */
  public static ExperimentReport write(ExperimentConfig config) throws IOException {
    return write(config, Experiment.readSeeds(config));
  }

  /** What a command prints once an experiment's files are written: its table and where they are. */
  public static String summary(ExperimentConfig config, ExperimentReport report) {
    return report.markdown()
        + System.lineSeparator()
        + "wrote "
        + String.join(", ", FILES)
        + ", "
        + figureName(config.env())
        + " in "
        + config.out();
  }

  /** Aggregates {@code seeds} (one result per seed of {@code config}) into every output file. */
  public static ExperimentReport write(ExperimentConfig config, List<SeedResult> seeds)
      throws IOException {
    ExperimentReport report = ExperimentReport.of(config, seeds);
    Path out = config.out();
    AtomicFiles.writeString(out.resolve("results.csv"), report.csv());
    Json.write(out.resolve("results.json"), report);
    AtomicFiles.writeString(out.resolve("results.md"), report.markdown());
    Figure.write(report, out.resolve(figureName(config.env())));
    return report;
  }
}
