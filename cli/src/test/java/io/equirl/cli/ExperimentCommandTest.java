package io.equirl.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small end-to-end {@code equirl experiment} on CartPole (tiny budget): it finishes, writes every
 * output file, and the numbers read back have the right shape and lie in CartPole's range. Then
 * {@code eval --through}, {@code lambda-train} and {@code finetune} on one of its models.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExperimentCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> POLICIES = List.of("greedy", "equitune", "equizero", "lambda");
  @TempDir static Path tmp;
  private static Path out;
  private static CliRun experiment;

  @BeforeAll
  static void runExperiment() {
    out = tmp.resolve("exp");
    experiment = CliRun.of(SmallExperiment.args(out, 1500, 1));
  }

  @Test
  @Order(1)
  void experimentWritesEveryFile() throws Exception {
    assertEquals(0, experiment.code(), experiment.err());
    for (String f : List.of("results.csv", "results.json", "results.md", "fig-cartpole.png")) {
      assertTrue(Files.size(out.resolve(f)) > 0, f);
    }
    for (int k = 0; k < 2; k++) {
      for (String f : List.of("config.json", "model.params", "lambda.params", "eval.json")) {
        assertTrue(Files.isRegularFile(out.resolve("seed-" + k).resolve(f)), "seed-" + k + "/" + f);
      }
    }
    byte[] png = Files.readAllBytes(out.resolve("fig-cartpole.png"));
    assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4));
    try (var files = Files.list(out)) {
      assertTrue(
          files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")),
          "no temporary file left");
    }
  }

  @Test
  @Order(2)
  void numbersReadBackHaveTheirShapeAndLieInCartPolesRange() throws Exception {
    List<String> csv = Files.readAllLines(out.resolve("results.csv"));
    assertEquals("seed,policy,mean_return,std_return,mean_length,episodes", csv.get(0));
    assertEquals(1 + 2 * 4, csv.size());
    Set<String> seen = new HashSet<>();
    for (String line : csv.subList(1, csv.size())) {
      String[] f = line.split(",", -1);
      seen.add(f[0] + "/" + f[1]);
      double mean = Double.parseDouble(f[2]);
      // CartPole pays 1 per step, so the return equals the length, within 1..500.
      assertTrue(mean >= 1 && mean <= 500, line);
      assertEquals(mean, Double.parseDouble(f[4]), 1e-9, line);
      assertEquals("3", f[5]);
    }
    assertEquals(8, seen.size(), "every seed × policy once");

    JsonNode json = JSON.readTree(out.resolve("results.json").toFile());
    assertEquals(8, json.get("rows").size());
    for (JsonNode row : json.get("rows")) {
      assertEquals(3, row.get("returns").size());
      double sum = 0;
      for (JsonNode r : row.get("returns")) {
        sum += r.asDouble();
      }
      assertEquals(row.get("mean_return").asDouble(), sum / 3, 1e-9);
    }
    JsonNode across = json.get("across_seeds");
    for (String p : POLICIES) {
      JsonNode s = across.get(p);
      assertTrue(
          s.get("min").asDouble() <= s.get("mean").asDouble()
              && s.get("mean").asDouble() <= s.get("max").asDouble(),
          p + ": " + s);
      assertTrue(s.get("std").asDouble() >= 0, p);
    }
    String md = Files.readString(out.resolve("results.md"));
    for (String label : List.of("pretrained (greedy)", "equitune", "equizero", "λ-equitune")) {
      assertTrue(md.contains("| " + label + " | "), label + " row in " + md);
    }
    // Evaluation seeds are the documented range, disjoint across seeds.
    JsonNode seed1 = JSON.readTree(out.resolve("seed-1/eval.json").toFile());
    assertEquals(1_000_010_000L, seed1.get("results").get(0).get("seeds").get(0).asLong());
  }

  @Test
  @Order(3)
  void equivariantEpisodesAreTheSameSeenThroughTheFlip() throws Exception {
    Path model = out.resolve("seed-0");
    for (String policy : List.of("equitune", "equizero", "lambda")) {
      Path plain = tmp.resolve(policy + "-plain.json");
      Path flipped = tmp.resolve(policy + "-flip.json");
      CliRun a =
          CliRun.of(
              "eval",
              "--model",
              model.toString(),
              "--policy",
              policy,
              "--episodes",
              "3",
              "--seed",
              "7",
              "--json",
              plain.toString());
      CliRun b =
          CliRun.of(
              "eval",
              "--model",
              model.toString(),
              "--policy",
              policy,
              "--episodes",
              "3",
              "--seed",
              "7",
              "--through",
              "flip",
              "--json",
              flipped.toString());
      assertEquals(0, a.code(), a.err());
      assertEquals(0, b.code(), b.err());
      assertEquals(
          JSON.readTree(plain.toFile()).get("returns"),
          JSON.readTree(flipped.toFile()).get("returns"),
          policy);
      assertEquals("flip", JSON.readTree(flipped.toFile()).get("through").asText());
    }
  }

  @Test
  @Order(4)
  void lambdaTrainAndFinetuneWriteModelsThatEvalReads() throws Exception {
    Path model = out.resolve("seed-1");
    CliRun l = CliRun.of("lambda-train", "--model", model.toString(), "--steps", "200");
    assertEquals(0, l.code(), l.err());
    JsonNode info = JSON.readTree(model.resolve("lambda.json").toFile());
    assertEquals(200, info.get("config").get("total_timesteps").asLong());
    Path tuned = tmp.resolve("tuned");
    CliRun f =
        CliRun.of(
            "finetune",
            "--model",
            model.toString(),
            "--policy",
            "lambda",
            "--steps",
            "300",
            "--out",
            tuned.toString());
    assertEquals(0, f.code(), f.err());
    CliRun e =
        CliRun.of("eval", "--model", tuned.toString(), "--policy", "lambda", "--episodes", "2");
    assertEquals(0, e.code(), e.err());
    assertTrue(e.out().contains("return: mean"), e.out());
    // An equizero finetune changes the network λ was trained against: no stale λ is copied.
    Path zero = tmp.resolve("tuned-equizero");
    assertEquals(
        0,
        CliRun.of(
                "finetune",
                "--model",
                model.toString(),
                "--policy",
                "equizero",
                "--steps",
                "300",
                "--out",
                zero.toString())
            .code());
    assertFalse(Files.exists(zero.resolve("lambda.params")));
    CliRun stale =
        CliRun.of("eval", "--model", zero.toString(), "--policy", "lambda", "--episodes", "2");
    assertEquals(2, stale.code(), stale.err());
    assertTrue(stale.err().contains("run equirl lambda-train --model " + zero), stale.err());
  }

  @Test
  @Order(5)
  void seedsRunAsSeparateProcessesGiveTheSameResults() throws Exception {
    Path parallel = tmp.resolve("exp-jobs");
    CliRun r = CliRun.of(SmallExperiment.args(parallel, 1500, 2));
    assertEquals(0, r.code(), r.err());
    assertTrue(Files.isRegularFile(parallel.resolve("seed-1.log")));
    // Same seeds and config on the CPU: the same numbers, whichever process ran them.
    assertEquals(
        Files.readAllLines(out.resolve("results.csv")),
        Files.readAllLines(parallel.resolve("results.csv")));
  }

  @Test
  @Order(6)
  void badInputIsAUsageError() {
    Path model = out.resolve("seed-0");
    CliRun p = CliRun.of("eval", "--model", model.toString(), "--policy", "best");
    assertEquals(2, p.code());
    assertTrue(p.err().contains("greedy, equitune, equizero, lambda"), p.err());
    CliRun g = CliRun.of("eval", "--model", model.toString(), "--through", "r9");
    assertEquals(2, g.code());
    assertTrue(g.err().contains("no element 'r9'"), g.err());
    CliRun env = CliRun.of("experiment", "--env", "pong", "--out", tmp.resolve("x").toString());
    assertEquals(2, env.code());
    assertTrue(env.err().contains("cartpole, acrobot, gridworld"), env.err());
    CliRun other = CliRun.of(SmallExperiment.args(out, 999, 1));
    assertEquals(2, other.code());
    assertTrue(
        other.err().contains("1500 steps), not of cartpole (paper, 999 steps)"), other.err());
    CliRun ft =
        CliRun.of(
            "finetune",
            "--model",
            model.toString(),
            "--policy",
            "greedy",
            "--steps",
            "10",
            "--out",
            tmp.resolve("y").toString());
    assertEquals(2, ft.code());
  }
}
