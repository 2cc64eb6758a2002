package io.equirl.spark;

import io.equirl.eval.Json;
import io.equirl.eval.experiment.Experiment;
import io.equirl.eval.experiment.ExperimentConfig;
import io.equirl.eval.experiment.ExperimentReport;
import io.equirl.eval.experiment.ExperimentResults;
import io.equirl.eval.experiment.SeedResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The driver of a sweep on Spark: expands the experiments into {@link SeedRun}s, takes the seeds
 * that already finished from their files, has Spark run the others one task per seed, and writes
 * each experiment's {@code results.*} and figure from the rows the tasks return.
 */
public final class SparkSweep {
  /** Every core of this machine, each run tried up to 4 times (3 retries). */
  public static final String DEFAULT_MASTER = "local[*,4]";

  private SparkSweep() {}

  /**
   * Runs {@code configs} on Spark and returns their reports, in order. {@code master} is the Spark
   * master URL, or {@code null} for the one {@code spark-submit} set (else {@link
   * #DEFAULT_MASTER}); {@code workerClassPath} is where the executors' worker JVMs find equirl.
   */
  public static List<ExperimentReport> run(
      List<ExperimentConfig> configs, String master, String workerClassPath, PrintWriter log)
      throws IOException {
    Map<String, List<SeedResult>> rows = new LinkedHashMap<>();
    List<SeedRun> pending = new ArrayList<>();
    for (ExperimentConfig config : configs) {
      Files.createDirectories(config.out());
      List<SeedResult> done = new ArrayList<>();
      for (int k = 0; k < config.seeds(); k++) {
        Optional<SeedResult> finished = Experiment.finished(config, k);
        if (finished.isPresent()) {
          done.add(finished.get());
        } else {
          pending.add(SeedRun.of(config, k));
        }
      }
      rows.put(config.env(), done);
    }
    if (!pending.isEmpty()) {
      SparkConf conf = conf(master);
      log.println(
          "equirl: "
              + pending.size()
              + " runs on Spark ("
              + conf.get("spark.master")
              + "), "
              + (configs.stream().mapToInt(ExperimentConfig::seeds).sum() - pending.size())
              + " already finished");
      log.flush();
      for (SeedRow row : schedule(conf, pending, workerClassPath)) {
        rows.get(row.env()).add(Json.MAPPER.readValue(row.json(), SeedResult.class));
      }
    }
    List<ExperimentReport> reports = new ArrayList<>();
    for (ExperimentConfig config : configs) {
      List<SeedResult> seeds = rows.get(config.env());
      seeds.sort(Comparator.comparingInt(SeedResult::seed));
      reports.add(ExperimentResults.write(config, seeds));
    }
    return reports;
  }

  /** Spark's settings: the master, retries, and no web UI unless the user's settings say so. */
  static SparkConf conf(String master) {
    SparkConf conf = new SparkConf().setAppName("equirl experiment");
    if (master != null) {
      conf.setMaster(master);
    }
    conf.setIfMissing("spark.master", DEFAULT_MASTER);
    conf.setIfMissing("spark.task.maxFailures", "4");
    conf.setIfMissing("spark.ui.enabled", "false");
    if (conf.get("spark.master").startsWith("local")) {
      // Embedded: nothing leaves this machine, whatever its host name resolves to.
      conf.setIfMissing("spark.driver.host", "127.0.0.1");
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
    }
    return conf;
  }

  /** One task per run, so Spark spreads, schedules and retries seeds one by one. */
  private static List<SeedRow> schedule(SparkConf conf, List<SeedRun> runs, String classPath) {
    try (JavaSparkContext spark = new JavaSparkContext(conf)) {
      return spark.parallelize(runs, runs.size()).map(new SeedTask(classPath)).collect();
    }
  }
}
