package io.equirl.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The settings of one {@link BenchRunner} run, parsed from its command line (the {@code equirl
 * bench} command passes its options through unchanged).
 *
 * @param questions the benchmark classes to run, by question name (see {@link #QUESTIONS})
 * @param include a JMH regular expression replacing {@code questions}, or null
 * @param quick short iterations for a smoke run instead of the full settings
 * @param forks forked JVMs per case
 * @param warmup warmup iterations per fork
 * @param iterations measurement iterations per fork
 * @param seconds length of each iteration, in seconds
 * @param torchThreads PyTorch intra-op threads in the forked JVMs
 * @param jmhThreads JMH worker threads, each with its own state
 * @param device {@code auto} (gpu cases only where DJL sees CUDA), {@code cpu} or {@code gpu}
 * @param gcProfile whether to run JMH's {@code gc} profiler (bytes per operation)
 * @param json where JMH's JSON goes
 * @param doc where the Markdown report goes
 * @param reportOnly re-render {@code doc} from an existing {@code json} without running
 */
public record BenchOptions(
    List<String> questions,
    String include,
    boolean quick,
    int forks,
    int warmup,
    int iterations,
    double seconds,
    int torchThreads,
    int jmhThreads,
    String device,
    boolean gcProfile,
    Path json,
    Path doc,
    boolean reportOnly) {

  /** Question names and their benchmark classes, in report order. */
  public static final Map<String, Class<?>> QUESTIONS = new LinkedHashMap<>();

  static {
    QUESTIONS.put("env", EnvStepBenchmark.class);
    QUESTIONS.put("policy", PolicyLatencyBenchmark.class);
    QUESTIONS.put("batching", BatchingBenchmark.class);
    QUESTIONS.put("training", TrainingStepBenchmark.class);
    QUESTIONS.put("bridge", BridgeBenchmark.class);
  }

  public BenchOptions {
    questions = List.copyOf(questions);
    for (String q : questions) {
      if (!QUESTIONS.containsKey(q)) {
        throw new IllegalArgumentException(
            "--only: unknown benchmark '"
                + q
                + "', valid: "
                + String.join(", ", QUESTIONS.keySet()));
      }
    }
    positive("--forks", forks);
    positive("--warmup", warmup + 1); // zero warmup iterations is allowed
    positive("--iterations", iterations);
    positive("--threads", torchThreads);
    positive("--jmh-threads", jmhThreads);
    if (!(seconds > 0) || seconds > 600) {
      throw new IllegalArgumentException(
          "--time: seconds per iteration must be in (0, 600], got " + seconds);
    }
    if (!List.of("auto", "cpu", "gpu").contains(device)) {
      throw new IllegalArgumentException("--device: must be auto, cpu or gpu, got " + device);
    }
  }

  /** The settings of {@code args}; {@code --quick} changes the defaults of the counts. */
  public static BenchOptions parse(String... args) {
    Map<String, String> values = new LinkedHashMap<>();
    List<String> flags = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (List.of("--quick", "--no-gc", "--report-only").contains(a)) {
        flags.add(a);
      } else if (a.startsWith("--") && i + 1 < args.length) {
        values.put(a, args[++i]);
      } else {
        throw new IllegalArgumentException(
            "unknown or incomplete option '"
                + a
                + "'; options: "
                + "--only LIST --include REGEX --quick --forks N --warmup N --iterations N --time S "
                + "--threads N --jmh-threads N --device auto|cpu|gpu --no-gc --json FILE --doc FILE "
                + "--report-only");
      }
    }
    boolean quick = flags.contains("--quick");
    String only = values.remove("--only");
    List<String> questions =
        only == null
            ? List.copyOf(QUESTIONS.keySet())
            : List.of(only.toLowerCase(Locale.ROOT).split("\\s*,\\s*"));
    BenchOptions o =
        new BenchOptions(
            questions,
            values.remove("--include"),
            quick,
            integer(values, "--forks", 1),
            integer(values, "--warmup", quick ? 2 : 3),
            integer(values, "--iterations", quick ? 3 : 5),
            decimal(values, "--time", quick ? 0.2 : 1.0),
            integer(values, "--threads", 1),
            integer(values, "--jmh-threads", 1),
            values.getOrDefault("--device", "auto"),
            !flags.contains("--no-gc"),
            Path.of(values.getOrDefault("--json", "docs/benchmarks-jmh.json")),
            Path.of(values.getOrDefault("--doc", "docs/benchmarks.md")),
            flags.contains("--report-only"));
    values.remove("--device");
    values.remove("--json");
    values.remove("--doc");
    if (!values.isEmpty()) {
      throw new IllegalArgumentException("unknown option(s) " + values.keySet());
    }
    return o;
  }

  /** The run-information file kept beside the JSON: {@code NAME-run.json}. */
  public Path runInfo() {
    String name = json.getFileName().toString().replaceFirst("\\.json$", "");
    return json.resolveSibling(name + "-run.json");
  }

  /** A one-line description of the settings, for the report. */
  public String describe() {
    return (quick ? "quick" : "full")
        + " ("
        + forks
        + " fork(s), "
        + warmup
        + " warmup + "
        + iterations
        + " measurement iterations of "
        + seconds
        + " s"
        + (include != null ? ", include " + include : ", " + String.join(", ", questions))
        + ")";
  }

  private static int integer(Map<String, String> values, String name, int fallback) {
    String v = values.remove(name);
    try {
      return v == null ? fallback : Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + ": expected a whole number, got '" + v + "'");
    }
  }

  private static double decimal(Map<String, String> values, String name, double fallback) {
    String v = values.remove(name);
    try {
      return v == null ? fallback : Double.parseDouble(v.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + ": expected a number, got '" + v + "'");
    }
  }

  private static void positive(String name, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + ": must be positive, got " + value);
    }
  }
}
