package io.equirl.envs.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.equirl.envs.check.ToyWalkEnv.Flaw;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The checker passes a correct env and names each broken rule of a flawed one. */
class EnvCheckerTest {

  @Test
  void correctEnvPasses() {
    EnvChecker.Report report = EnvChecker.check(ToyWalkEnv::new);
    assertTrue(report.ok(), String.join("\n", report.problems()));
    assertTrue(report.skipped().isEmpty(), report.skipped().toString());
  }

  @ParameterizedTest
  @CsvSource({
    "ACCEPTS_BAD_ACTIONS, step(-1) should throw IllegalArgumentException",
    "STEPS_AFTER_END, step after the episode ended should throw IllegalStateException",
    "STEPS_BEFORE_RESET, step before the first reset should throw IllegalStateException",
    "ACCEPTS_NEGATIVE_SEED, reset(-1) should throw IllegalArgumentException",
    "OBS_OUT_OF_SPACE, outside [-1.0, 1.0]",
    "IGNORES_SEED, gave different episodes",
    "WRONG_SYMMETRY, step(flip·s, flip·0) ≠ flip·step(s, 0)",
  })
  void flawIsReported(Flaw flaw, String expected) {
    EnvChecker.Report report = EnvChecker.check(() -> new ToyWalkEnv(flaw));
    assertFalse(report.ok(), flaw + " went unnoticed");
    assertTrue(
        report.problems().stream().anyMatch(p -> p.contains(expected)),
        flaw + ": expected a problem containing '" + expected + "', got " + report.problems());
  }
}
