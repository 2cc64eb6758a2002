package io.equirl.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

  @Test
  void defaultsAreTheFullRunOfEveryQuestion() {
    BenchOptions o = BenchOptions.parse();
    assertEquals(List.copyOf(BenchOptions.QUESTIONS.keySet()), o.questions());
    assertFalse(o.quick());
    assertEquals(5, o.iterations());
    assertEquals(1, o.torchThreads());
    assertTrue(o.gcProfile());
    assertEquals(
        Path.of("docs/benchmarks-run.json"),
        BenchOptions.parse("--json", "docs/benchmarks.json").runInfo());
  }

  @Test
  void quickShortensOnlyWhatIsNotGiven() {
    BenchOptions o = BenchOptions.parse("--quick", "--iterations", "7", "--only", "env, policy");
    assertTrue(o.quick());
    assertEquals(7, o.iterations());
    assertEquals(2, o.warmup());
    assertEquals(0.2, o.seconds());
    assertEquals(List.of("env", "policy"), o.questions());
  }

  @Test
  void badInputNamesTheOption() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--only", "envs"));
    assertTrue(e.getMessage().contains("--only") && e.getMessage().contains("envs"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--threads", "0"))
            .getMessage()
            .contains("--threads"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--device", "tpu"))
            .getMessage()
            .contains("--device"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--forks"))
            .getMessage()
            .contains("--forks"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--bogus", "1"))
            .getMessage()
            .contains("--bogus"));
  }

  @Test
  void runnerExitsWithTwoOnBadOptions() {
    assertEquals(2, BenchRunner.run("--only", "nothing"));
    assertEquals(2, BenchRunner.run("--report-only", "--json", "/nonexistent/x.json"));
  }
}
