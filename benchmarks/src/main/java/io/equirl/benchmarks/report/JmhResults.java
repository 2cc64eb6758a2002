package io.equirl.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The results of one JMH run read from its JSON file ({@code -rf json}), with times converted to
 * nanoseconds, and the settings the run was made with.
 *
 * @param results one entry per benchmark method and parameter combination, in file order
 * @param settings the JVM and iteration settings of the first entry (one run shares them)
 */
public record JmhResults(List<JmhResult> results, Settings settings) {

  /**
   * The run settings JMH records in every entry.
   *
   * @param jmhVersion JMH's version
   * @param jdk the JDK version and VM name
   * @param jvmArgs the forked JVMs' arguments
   * @param threads JMH worker threads
   * @param forks forks per benchmark
   * @param warmup warmup iterations and their time, e.g. {@code 3 × 1 s}
   * @param measurement measurement iterations and their time
   */
  public record Settings(
      String jmhVersion,
      String jdk,
      List<String> jvmArgs,
      int threads,
      int forks,
      String warmup,
      String measurement) {}

  public JmhResults {
    results = List.copyOf(results);
  }

  /**
   * Reads a JMH JSON result file.
   *
   * @throws IllegalArgumentException when the file is not JMH's JSON
   */
  public static JmhResults read(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    if (root == null || !root.isArray()) {
      throw new IllegalArgumentException(
          file + " is not a JMH JSON result file (expected an array)");
    }
    List<JmhResult> rows = new ArrayList<>();
    for (JsonNode entry : root) {
      rows.add(parse(entry, file));
    }
    Settings settings = rows.isEmpty() ? null : settings(root.get(0));
    return new JmhResults(rows, settings);
  }

  private static JmhResult parse(JsonNode entry, Path file) {
    String name = entry.path("benchmark").asText("");
    int dot = name.lastIndexOf('.');
    if (dot < 0 || !entry.has("primaryMetric")) {
      throw new IllegalArgumentException(file + ": entry without benchmark or primaryMetric");
    }
    String owner = name.substring(0, dot);
    String simpleClass = owner.substring(owner.lastIndexOf('.') + 1);
    Map<String, String> params = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = entry.path("params").properties().iterator();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      params.put(f.getKey(), f.getValue().asText());
    }
    JsonNode primary = entry.get("primaryMetric");
    double scale = nanosPer(primary.path("scoreUnit").asText(), file);
    double alloc = Double.NaN;
    double allocError = Double.NaN;
    Optional<JsonNode> norm = secondary(entry, "gc.alloc.rate.norm");
    if (norm.isPresent()) {
      alloc = number(norm.get().path("score"));
      allocError = number(norm.get().path("scoreError"));
    }
    return new JmhResult(
        simpleClass,
        name.substring(dot + 1),
        params,
        number(primary.path("score")) * scale,
        number(primary.path("scoreError")) * scale,
        alloc,
        allocError,
        entry.path("threads").asInt(1));
  }

  /** A secondary metric whose name ends with {@code suffix} (JMH prefixes some with "·"). */
  private static Optional<JsonNode> secondary(JsonNode entry, String suffix) {
    Iterator<Map.Entry<String, JsonNode>> metrics =
        entry.path("secondaryMetrics").properties().iterator();
    while (metrics.hasNext()) {
      Map.Entry<String, JsonNode> m = metrics.next();
      if (m.getKey().endsWith(suffix)) {
        return Optional.of(m.getValue());
      }
    }
    return Optional.empty();
  }

  /** JMH writes non-finite numbers as strings such as {@code "NaN"}. */
  private static double number(JsonNode node) {
    if (node.isNumber()) {
      return node.asDouble();
    }
    try {
      return Double.parseDouble(node.asText());
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static double nanosPer(String unit, Path file) {
    return switch (unit) {
      case "ns/op" -> 1;
      case "us/op" -> 1e3;
      case "ms/op" -> 1e6;
      case "s/op" -> 1e9;
      default ->
          throw new IllegalArgumentException(
              file
                  + ": unsupported score unit '"
                  + unit
                  + "'; the report reads average-time results (ns/op, us/op, ms/op, s/op)");
    };
  }

  private static Settings settings(JsonNode e) {
    List<String> args = new ArrayList<>();
    e.path("jvmArgs").forEach(a -> args.add(a.asText()));
    String jdk =
        e.path("jdkVersion").asText("?")
            + " ("
            + e.path("vmName").asText("?")
            + " "
            + e.path("vmVersion").asText("?")
            + ")";
    return new Settings(
        e.path("jmhVersion").asText("?"),
        jdk,
        args,
        e.path("threads").asInt(1),
        e.path("forks").asInt(1),
        e.path("warmupIterations").asInt() + " × " + e.path("warmupTime").asText(),
        e.path("measurementIterations").asInt() + " × " + e.path("measurementTime").asText());
  }

  /** The rows of {@code benchmarkClass}. */
  public List<JmhResult> of(String benchmarkClass) {
    return results.stream().filter(r -> r.benchmarkClass().equals(benchmarkClass)).toList();
  }

  /**
   * The row of {@code benchmarkClass}.{@code method} whose parameters include all of {@code params}
   * (given as name, value, name, value...), if measured.
   */
  public Optional<JmhResult> find(String benchmarkClass, String method, String... params) {
    return results.stream()
        .filter(r -> r.benchmarkClass().equals(benchmarkClass) && r.method().equals(method))
        .filter(
            r -> {
              for (int i = 0; i + 1 < params.length; i += 2) {
                if (!params[i + 1].equals(r.param(params[i]))) {
                  return false;
                }
              }
              return true;
            })
        .findFirst();
  }
}
