package io.equirl.benchmarks;

import io.equirl.benchmarks.report.JmhResults;
import io.equirl.benchmarks.report.Report;
import io.equirl.benchmarks.report.RunInfo;
import io.equirl.training.store.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the selected benchmarks through JMH's API and writes JMH's JSON and {@code
 * docs/benchmarks.md}: what {@code equirl bench} calls, in a JVM of its own.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.equirl.benchmarks.BenchRunner --quick --only env
 * }</pre>
 *
 * <p>Before JMH starts it asks DJL for CUDA devices and Python for Gymnasium, and leaves out the
 * cases that cannot run here (the gpu device, the bridged envs), saying so once and in the report.
 * Exit codes: 0 success, 2 bad options, 1 a failed run.
 */
public final class BenchRunner {
  private BenchRunner() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs without exiting the JVM; returns the exit code. */
  public static int run(String... args) {
    BenchOptions options;
    try {
      options = BenchOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("bench: " + e.getMessage());
      return 2;
    }
    try {
      if (!options.reportOnly()) {
        measure(options);
      }
      render(options);
      return 0;
    } catch (IllegalArgumentException e) {
      System.err.println("bench: " + e.getMessage());
      return 2;
    } catch (IOException | RunnerException | RuntimeException e) {
      System.err.println("bench: failed: " + e);
      return 1;
    }
  }

  private static void render(BenchOptions options) throws IOException {
    if (!Files.isRegularFile(options.json())) {
      throw new IllegalArgumentException(
          "no JMH results at "
              + options.json()
              + "; run the benchmarks first (without --report-only)");
    }
    RunInfo info =
        Files.isRegularFile(options.runInfo())
            ? RunInfo.read(options.runInfo())
            : new RunInfo(
                RunInfo.detectCpuModel(),
                Runtime.getRuntime().availableProcessors(),
                RunInfo.detectOs(),
                options.torchThreads(),
                0,
                "unknown (no run file)",
                "?",
                List.of(),
                null);
    Report.write(
        options.doc(),
        JmhResults.read(options.json()),
        info,
        relative(options.doc(), options.json()));
    System.out.println("bench: wrote " + options.doc() + " from " + options.json());
  }

  private static void measure(BenchOptions options) throws IOException, RunnerException {
    String started = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    String load = RunInfo.detectLoad();
    List<String> skipped = new ArrayList<>();
    ChainedOptionsBuilder jmh =
        new OptionsBuilder()
            .forks(options.forks())
            .warmupIterations(options.warmup())
            .warmupTime(TimeValue.milliseconds(Math.round(options.seconds() * 1000)))
            .measurementIterations(options.iterations())
            .measurementTime(TimeValue.milliseconds(Math.round(options.seconds() * 1000)))
            .threads(options.jmhThreads())
            .jvmArgsAppend(
                "-Dai.djl.pytorch.num_threads=" + options.torchThreads(),
                "-Dai.djl.pytorch.num_interop_threads=1",
                "-Xmx2g")
            .shouldFailOnError(false)
            .resultFormat(ResultFormatType.JSON);
    if (options.include() != null) {
      jmh.include(options.include());
    } else {
      for (String q : options.questions()) {
        jmh.include("^" + BenchOptions.QUESTIONS.get(q).getName().replace(".", "\\.") + "\\.");
      }
    }
    if (options.gcProfile()) {
      jmh.addProfiler(GCProfiler.class);
    }
    int gpus = chooseDevices(options, jmh, skipped);
    if (options.include() != null || options.questions().contains("bridge")) {
      Optional<String> why = gymnasiumUnavailable();
      if (why.isPresent()) {
        jmh.param("impl", "native");
        skipped.add("The Gymnasium bridge cases (BridgeBenchmark impl=gymnasium): " + why.get());
        System.err.println("bench: " + skipped.get(skipped.size() - 1));
      }
    }
    Path json = options.json().toAbsolutePath();
    Files.createDirectories(json.getParent());
    Path partial = json.resolveSibling(json.getFileName() + ".partial");
    jmh.result(partial.toString());
    new Runner(jmh.build()).run();
    AtomicFiles.move(partial, json);
    new RunInfo(
            RunInfo.detectCpuModel(),
            Runtime.getRuntime().availableProcessors(),
            RunInfo.detectOs(),
            options.torchThreads(),
            gpus,
            options.describe(),
            started,
            skipped,
            load)
        .write(options.runInfo());
  }

  /** Restricts the {@code device} parameter to what this machine has; returns the GPU count. */
  private static int chooseDevices(
      BenchOptions options, ChainedOptionsBuilder jmh, List<String> skipped) {
    int gpus = Fixtures.gpuCount();
    switch (options.device()) {
      case "cpu" -> jmh.param("device", "cpu");
      case "gpu" -> {
        if (gpus == 0) {
          throw new IllegalArgumentException("--device gpu: " + Fixtures.noGpuMessage());
        }
        jmh.param("device", "gpu");
      }
      default -> {
        if (gpus == 0) {
          jmh.param("device", "cpu");
          skipped.add("The gpu cases (device=gpu): " + Fixtures.noGpuMessage());
          System.err.println("bench: " + skipped.get(skipped.size() - 1));
        }
      }
    }
    return gpus;
  }

  /** Why the bridge cannot make a Gymnasium env here, if it cannot. */
  private static Optional<String> gymnasiumUnavailable() {
    try {
      io.equirl.bridge.GymnasiumEnv.make("gym:CartPole-v1").close();
      return Optional.empty();
    } catch (RuntimeException e) {
      String message = String.valueOf(e.getMessage());
      int newline = message.indexOf('\n');
      return Optional.of(newline > 0 ? message.substring(0, newline) : message);
    }
  }

  private static String relative(Path doc, Path json) {
    Path dir = doc.toAbsolutePath().getParent();
    return dir.relativize(json.toAbsolutePath()).toString();
  }
}
