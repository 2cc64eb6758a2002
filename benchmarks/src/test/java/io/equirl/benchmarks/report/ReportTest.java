package io.equirl.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report read from a JMH-shaped JSON file written here, so every expected ratio is known. */
class ReportTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String POLICY = "io.equirl.benchmarks.PolicyLatencyBenchmark.";
  private static final String ENV = "io.equirl.benchmarks.EnvStepBenchmark.";

  @TempDir Path dir;

  private static ObjectNode entry(
      String benchmark,
      Map<String, String> params,
      double score,
      Object error,
      String unit,
      double bytes) {
    ObjectNode e = JSON.createObjectNode();
    e.put("jmhVersion", "1.37")
        .put("benchmark", benchmark)
        .put("mode", "avgt")
        .put("threads", 1)
        .put("forks", 1)
        .put("jdkVersion", "17.0.15")
        .put("vmName", "OpenJDK 64-Bit Server VM")
        .put("vmVersion", "17.0.15")
        .put("warmupIterations", 3)
        .put("warmupTime", "1 s")
        .put("measurementIterations", 5)
        .put("measurementTime", "1 s");
    e.putArray("jvmArgs").add("-Dai.djl.pytorch.num_threads=1");
    ObjectNode p = e.putObject("params");
    params.forEach(p::put);
    ObjectNode primary = e.putObject("primaryMetric");
    primary.put("score", score).put("scoreUnit", unit);
    if (error instanceof Double d) {
      primary.put("scoreError", d);
    } else {
      primary.put("scoreError", error.toString()); // JMH writes "NaN" as a string
    }
    e.putObject("secondaryMetrics")
        .putObject("·gc.alloc.rate.norm")
        .put("score", bytes)
        .put("scoreError", 0.0)
        .put("scoreUnit", "B/op");
    return e;
  }

  private Path write(ArrayNode entries) throws IOException {
    Path file = dir.resolve("jmh.json");
    JSON.writeValue(file.toFile(), entries);
    return file;
  }

  private static RunInfo info() {
    return new RunInfo(
        "Test CPU",
        2,
        "TestOS",
        1,
        0,
        "full",
        "2026-01-01T00:00:00Z",
        List.of("The gpu cases (device=gpu): none here"),
        "0.10, 0.20, 0.30");
  }

  @Test
  void readsTimesInNanosecondsAndAllocations() throws IOException {
    ArrayNode a = JSON.createArrayNode();
    a.add(
        entry(
            POLICY + "greedy",
            Map.of("env", "cartpole", "preset", "paper", "device", "cpu"),
            2.0,
            0.2,
            "us/op",
            0.0));
    a.add(entry(ENV + "step", Map.of("env", "cartpole"), 40, "NaN", "ns/op", 0.001));
    JmhResults r = JmhResults.read(write(a));
    JmhResult greedy = r.find("PolicyLatencyBenchmark", "greedy", "env", "cartpole").orElseThrow();
    assertEquals(2000, greedy.score(), 1e-9);
    assertEquals(200, greedy.error(), 1e-9);
    JmhResult step = r.find("EnvStepBenchmark", "step", "env", "cartpole").orElseThrow();
    assertTrue(Double.isNaN(step.error()));
    assertEquals(0.001, step.allocBytes(), 1e-12);
    assertTrue(r.find("EnvStepBenchmark", "step", "env", "acrobot").isEmpty());
    assertEquals(1, r.settings().threads());
  }

  @Test
  void checksEachPolicyTargetAgainstItsGroupOrder() throws IOException {
    ArrayNode a = JSON.createArrayNode();
    Map<String, Double> cartpole =
        Map.of(
            "greedy",
            2.0,
            "equitune",
            2.5,
            "equizero",
            2.5,
            "lambda",
            5.0); // equizero 1.25x greedy (met for |G| = 2), λ 2x equizero (not met)
    Map<String, Double> gridworld =
        Map.of(
            "greedy",
            10.0,
            "equitune",
            25.0,
            "equizero",
            25.0,
            "lambda",
            30.0); // equizero 2.5x greedy (not met for |G| = 4)
    cartpole.forEach(
        (m, us) ->
            a.add(
                entry(
                    POLICY + m,
                    Map.of("env", "cartpole", "preset", "paper", "device", "cpu"),
                    us,
                    0.0,
                    "us/op",
                    0)));
    gridworld.forEach(
        (m, us) ->
            a.add(
                entry(
                    POLICY + m,
                    Map.of("env", "gridworld", "preset", "zoo", "device", "cpu"),
                    us,
                    0.0,
                    "us/op",
                    0)));
    a.add(entry(ENV + "step", Map.of("env", "acrobot"), 170, 0.0, "ns/op", 0)); // 200x Gymnasium

    String md = Report.render(JmhResults.read(write(a)), info(), "jmh.json");
    assertTrue(
        md.contains(
            "| equizero ≤ 1.3× greedy (\\|G\\| = 2) | cartpole, paper, cpu | 1.25 ± 0.00× | met |"),
        md);
    assertTrue(
        md.contains(
            "| equizero ≤ 2.0× greedy (\\|G\\| = 4) | gridworld, zoo, cpu | 2.50 ± 0.00× | not met |"),
        md);
    assertTrue(
        md.contains(
            "| λ-equitune ≤ 1.5× equizero | cartpole, paper, cpu | 2.00 ± 0.00× | not met |"),
        md);
    assertTrue(
        md.contains(
            "| equitune = equizero within noise | cartpole, paper, cpu | 1.00 ± 0.00× | met |"),
        md);
    assertTrue(
        md.contains("| env step ≥ 100× faster than Gymnasium | acrobot | 200 ± 0× | met |"), md);
    // greedy 2 µs against 39 µs for SB3 on paper nets: 0.051 of predict, under a third.
    assertTrue(
        md.contains(
            "| greedy ≤ ⅓ of SB3 predict (39 µs) | cartpole, paper | 0.051 ± 0.000× of predict | met |"),
        md);
    assertTrue(md.contains("Test CPU, 2 logical cores"), md);
    assertTrue(md.contains("- The gpu cases (device=gpu): none here"), md);
  }

  @Test
  void writesAtomicallyAndRefusesOtherFiles() throws IOException {
    Path doc = dir.resolve("docs/benchmarks.md");
    ArrayNode a = JSON.createArrayNode();
    a.add(entry(ENV + "step", Map.of("env", "cartpole"), 40, 1.0, "ns/op", 0));
    Report.write(doc, JmhResults.read(write(a)), info(), "jmh.json");
    assertTrue(Files.readString(doc).startsWith("# Benchmarks"));
    try (var files = Files.list(doc.getParent())) {
      assertEquals(1, files.count(), "no temp file left behind");
    }
    Path notJmh = dir.resolve("other.json");
    Files.writeString(notJmh, "{\"a\": 1}");
    assertThrows(IllegalArgumentException.class, () -> JmhResults.read(notJmh));
  }

  @Test
  void gpuRowsAreDroppedWhereNoGpuWasSeen() throws IOException {
    ArrayNode a = JSON.createArrayNode();
    for (String device : new String[] {"cpu", "gpu"}) {
      a.add(
          entry(
              POLICY + "greedy",
              Map.of("env", "cartpole", "preset", "paper", "device", device),
              device.equals("cpu") ? 2.0 : 0.001,
              0.0,
              "us/op",
              0));
      a.add(
          entry(
              POLICY + "equizero",
              Map.of("env", "cartpole", "preset", "paper", "device", device),
              device.equals("cpu") ? 2.4 : 0.001,
              0.0,
              "us/op",
              0));
    }
    String md = Report.render(JmhResults.read(write(a)), info(), "jmh.json");
    assertTrue(md.contains("Device `cpu`"), md);
    assertTrue(!md.contains("Device `gpu`") && !md.contains("paper, gpu"), md);
  }

  @Test
  void runInfoRoundTrips() throws IOException {
    Path file = dir.resolve("run.json");
    info().write(file);
    assertEquals(info(), RunInfo.read(file));
  }
}
