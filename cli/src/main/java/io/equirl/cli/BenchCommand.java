package io.equirl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code equirl bench}: runs the JMH benchmarks of the {@code benchmarks} module and writes JMH's
 * JSON and {@code docs/benchmarks.md}. The benchmarks live in their own shaded jar ({@code
 * benchmarks/target/benchmarks.jar}, built by the normal Maven build, or here on first use), run in
 * a child JVM by {@code io.equirl.benchmarks.BenchRunner}, so the program's own jar carries no JMH
 * and JMH's forks get the benchmarks' class path.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Run the JMH benchmarks (env steps, policy latency, batching, DQN steps, the",
      "Gymnasium bridge) and write docs/benchmarks.md with one table per question.",
      "Full settings take about 15 minutes on 2 cores; run on a quiet machine."
    })
final class BenchCommand implements Callable<Integer> {
  private static final String RUNNER = "io.equirl.benchmarks.BenchRunner";

  @Spec CommandSpec spec;

  @Option(
      names = "--only",
      paramLabel = "LIST",
      description =
          "Comma-separated questions: env, policy, batching, training, bridge (default: all).")
  String only;

  @Option(
      names = "--include",
      paramLabel = "REGEX",
      description = "A JMH benchmark regular expression instead of --only.")
  String include;

  @Option(
      names = "--quick",
      description = "Short iterations: checks that everything runs, in minutes.")
  boolean quick;

  @Option(names = "--forks", paramLabel = "N", description = "Forked JVMs per case (default: 1).")
  Integer forks;

  @Option(
      names = "--warmup",
      paramLabel = "N",
      description = "Warmup iterations per fork (default: 3, quick 2).")
  Integer warmup;

  @Option(
      names = "--iterations",
      paramLabel = "N",
      description = "Measurement iterations per fork (default: 5, quick 3).")
  Integer iterations;

  @Option(
      names = "--time",
      paramLabel = "SECONDS",
      description = "Seconds per iteration (default: 1, quick 0.2).")
  Double time;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "PyTorch intra-op threads (default: 1, as the SB3 reference).")
  Integer threads;

  @Option(
      names = "--jmh-threads",
      paramLabel = "N",
      description = "JMH worker threads, each with its own state (default: 1).")
  Integer jmhThreads;

  @Option(
      names = "--device",
      paramLabel = "auto|cpu|gpu",
      description = "Devices to measure; auto skips gpu where DJL finds no CUDA (default: auto).")
  String device;

  @Option(names = "--no-gc", description = "Skip JMH's gc profiler (bytes per operation).")
  boolean noGc;

  @Option(
      names = "--json",
      paramLabel = "FILE",
      description = "JMH's JSON results (default: docs/benchmarks-jmh.json in the project).")
  Path json;

  @Option(
      names = "--doc",
      paramLabel = "FILE",
      description = "The Markdown report (default: docs/benchmarks.md in the project).")
  Path doc;

  @Option(
      names = "--report-only",
      description = "Re-render the report from existing JSON; run nothing.")
  boolean reportOnly;

  @Option(
      names = "--jar",
      paramLabel = "FILE",
      description =
          "The benchmarks jar (default: benchmarks/target/benchmarks.jar, built if missing).")
  Path jar;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    Path root = projectRoot();
    Path benchmarks = jar != null ? jar : root.resolve("benchmarks/target/benchmarks.jar");
    if (!Files.isRegularFile(benchmarks)) {
      if (jar != null) {
        throw new IllegalArgumentException("--jar: no file " + jar);
      }
      build(root, out);
    }
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                benchmarks.toString(),
                RUNNER));
    add(command, "--only", only);
    add(command, "--include", include);
    add(command, "--forks", forks);
    add(command, "--warmup", warmup);
    add(command, "--iterations", iterations);
    add(command, "--time", time);
    add(command, "--threads", threads);
    add(command, "--jmh-threads", jmhThreads);
    add(command, "--device", device);
    add(command, "--json", json != null ? json : root.resolve("docs/benchmarks-jmh.json"));
    add(command, "--doc", doc != null ? doc : root.resolve("docs/benchmarks.md"));
    if (quick) {
      command.add("--quick");
    }
    if (noGc) {
      command.add("--no-gc");
    }
    if (reportOnly) {
      command.add("--report-only");
    }
    out.println("equirl bench: " + benchmarks);
    out.flush();
    ProcessBuilder child = new ProcessBuilder(command).inheritIO();
    // OpenMP reads this at load; DJL's num_threads sets PyTorch's own pool.
    child.environment().put("OMP_NUM_THREADS", String.valueOf(threads == null ? 1 : threads));
    return child.start().waitFor();
  }

  private static void add(List<String> command, String option, Object value) {
    if (value != null) {
      command.add(option);
      command.add(value.toString());
    }
  }

  /** The checkout this program was built in (its jar is cli/target/equirl.jar), else the cwd. */
  private static Path projectRoot() {
    try {
      Path self =
          Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path root = self.getParent() == null ? null : self.getParent().getParent();
      root = root == null ? null : root.getParent();
      if (root != null && Files.isRegularFile(root.resolve("benchmarks/pom.xml"))) {
        return root;
      }
    } catch (URISyntaxException | RuntimeException e) {
      // not run from a checkout's jar: fall back to the working directory
    }
    return Path.of("").toAbsolutePath();
  }

  /** Builds the benchmarks jar with Maven, as bin/equirl builds the program on first use. */
  private static void build(Path root, PrintWriter out) throws IOException, InterruptedException {
    if (!Files.isRegularFile(root.resolve("benchmarks/pom.xml"))) {
      throw new IllegalArgumentException(
          "no benchmarks jar and no EquiRL checkout at "
              + root
              + "; run from the project directory or pass --jar FILE");
    }
    out.println("equirl bench: building benchmarks/target/benchmarks.jar (first use) ...");
    out.flush();
    Process mvn =
        new ProcessBuilder("mvn", "-B", "-q", "-DskipTests", "-pl", "benchmarks", "-am", "package")
            .directory(root.toFile())
            .inheritIO()
            .start();
    if (mvn.waitFor() != 0
        || !Files.isRegularFile(root.resolve("benchmarks/target/benchmarks.jar"))) {
      throw new IllegalStateException(
          "building the benchmarks jar failed; run: mvn -B -pl "
              + "benchmarks -am package -DskipTests");
    }
  }
}
