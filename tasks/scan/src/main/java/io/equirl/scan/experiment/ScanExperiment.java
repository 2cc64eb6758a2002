package io.equirl.scan.experiment;

import io.equirl.scan.data.ScanSplit;
import io.equirl.scan.model.CellType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * The paper's SCAN experiment on one split: for each cell and seed a {@link SeedRun}, then the
 * tables (mean (std) over seeds) and the figure of test accuracy against finetuning iterations.
 * Cells and seeds run {@code jobs} at a time, each on one thread; every run resumes or reuses what
 * an earlier invocation left in {@code out}.
 */
public final class ScanExperiment {

  /**
   * An experiment over cells and seeds on one split.
   *
   * @param split the SCAN split
   * @param cells the cells to run
   * @param seeds seeds 0 .. seeds-1
   * @param jobs runs at a time
   * @param pretrainIterations pretraining budget (the paper's 200k)
   * @param finetuneIterations finetuning budget (the paper's 10k)
   * @param finetuneEvalEvery iterations between finetuning checks (points of the figure)
   * @param out where runs, tables and figure go
   */
  public record Options(
      ScanSplit split,
      List<CellType> cells,
      int seeds,
      int jobs,
      int pretrainIterations,
      int finetuneIterations,
      int finetuneEvalEvery,
      Path out) {
    public Options {
      if (cells.isEmpty() || seeds < 1 || jobs < 1) {
        throw new IllegalArgumentException("need at least one cell, one seed and one job");
      }
      if (pretrainIterations < 1 || finetuneIterations < 1 || finetuneEvalEvery < 1) {
        throw new IllegalArgumentException("iteration counts must be positive");
      }
    }
  }

  private ScanExperiment() {}

  /** Runs everything and writes {@code scan-<split>.md} and {@code scan-<split>-finetuning.png}. */
  public static List<SeedRun.Result> run(Options o, Consumer<String> log) {
    ExecutorService pool = Executors.newFixedThreadPool(o.jobs());
    try {
      List<Future<SeedRun.Result>> futures = new ArrayList<>();
      for (CellType cell : o.cells()) {
        for (long seed = 0; seed < o.seeds(); seed++) {
          long s = seed;
          futures.add(
              pool.submit(
                  () ->
                      SeedRun.run(
                          o.split(),
                          cell,
                          s,
                          o.pretrainIterations(),
                          o.finetuneIterations(),
                          o.finetuneEvalEvery(),
                          o.out(),
                          line -> {
                            synchronized (log) {
                              log.accept(line);
                            }
                          })));
        }
      }
      List<SeedRun.Result> results = new ArrayList<>();
      for (Future<SeedRun.Result> f : futures) {
        results.add(f.get());
      }
      ScanReport.write(o, results);
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(cause);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report to " + o.out(), e);
    } finally {
      pool.shutdownNow();
    }
  }
}
