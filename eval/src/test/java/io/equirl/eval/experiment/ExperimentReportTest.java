package io.equirl.eval.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.equirl.eval.EvalResult;
import io.equirl.eval.Json;
import io.equirl.eval.Summary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Aggregation across seeds, the written files, and the disjoint evaluation seeds. */
class ExperimentReportTest {

  private static EvalResult result(String policy, double... returns) {
    int[] lengths = new int[returns.length];
    return new EvalResult("CartPole-v1", policy, null, new long[returns.length], returns, lengths);
  }

  @Test
  void aggregatesPerSeedMeansAcrossSeeds(@TempDir Path dir) throws Exception {
    ExperimentConfig config = new ExperimentConfig("cartpole", 2, "paper", 1000L, 100, 2, dir);
    for (int k = 0; k < 2; k++) {
      Files.createDirectories(config.seedDir(k));
      double base = k == 0 ? 10 : 30;
      Json.write(
          config.seedDir(k).resolve(Experiment.SEED_RESULT),
          new SeedResult(
              k,
              List.of(result("greedy", base, base + 2), result("equizero", 2 * base, 2 * base))));
    }
    ExperimentReport report = ExperimentResults.write(config);
    // greedy: seed means 11 and 31 → 21 ± 10; equizero: 20 and 60 → 40 ± 20.
    Summary greedy = report.acrossSeeds().get("greedy");
    assertEquals(21, greedy.mean(), 1e-12);
    assertEquals(10, greedy.std(), 1e-12);
    assertEquals(40, report.acrossSeeds().get("equizero").mean(), 1e-12);
    List<String> csv = Files.readAllLines(dir.resolve("results.csv"));
    assertEquals(5, csv.size());
    assertEquals("1,greedy,31.000000,1.000000,0.000000,2", csv.get(3));
    assertTrue(
        Files.readString(dir.resolve("results.md"))
            .contains("| pretrained (greedy) | 21.0 ± 10.0 | 11.0, 31.0 |"));
    assertTrue(Files.size(dir.resolve("fig-cartpole.png")) > 1000);
  }

  @Test
  void evaluationSeedsAreDisjointAcrossSeeds() {
    ExperimentConfig config =
        new ExperimentConfig("acrobot", 5, "paper", null, 10, 10_000, Path.of("x"));
    java.util.Set<Long> all = new java.util.HashSet<>();
    for (int k = 0; k < 5; k++) {
      for (long s : config.evalSeeds(k)) {
        assertTrue(all.add(s), "seed " + s + " used twice");
      }
    }
  }

  @Test
  void badConfigNamesTheOption() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new ExperimentConfig("cartpole", 0, "paper", null, 10, 10, Path.of("x")));
    assertTrue(e.getMessage().startsWith("--seeds"), e.getMessage());
  }
}
