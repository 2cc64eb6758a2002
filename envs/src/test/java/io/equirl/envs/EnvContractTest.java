package io.equirl.envs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.equirl.envs.check.EnvChecker;
import io.equirl.envs.grid.GridworldConfig;
import io.equirl.envs.grid.GridworldEnv;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The generic contract: {@link EnvChecker} over every registered env finds no problem. */
class EnvContractTest {

  static List<String> registered() {
    return Envs.names();
  }

  @ParameterizedTest
  @MethodSource("registered")
  void registeredEnvPassesTheChecker(String name) {
    EnvChecker.Report report = EnvChecker.check(() -> Envs.make(name));
    assertTrue(report.ok(), String.join("\n", report.problems()));
  }

  @ParameterizedTest
  @MethodSource("registered")
  void deterministicEnvsRunTheMdpSymmetryTest(String name) {
    EnvChecker.Report report = EnvChecker.check(() -> Envs.make(name));
    boolean gridworld = name.equals(GridworldEnv.ID);
    // The default Gridworld's prey moves at random, so only it may skip the MDP-symmetry test.
    assertEquals(gridworld ? 1 : 0, report.skipped().size(), report.skipped().toString());
  }

  @Test
  void stillPreyGridworldPassesIncludingTheMdpSymmetryTest() {
    EnvChecker.Report report =
        EnvChecker.check(() -> new GridworldEnv(GridworldConfig.defaults().withoutNoise()));
    assertTrue(report.ok(), String.join("\n", report.problems()));
    assertTrue(report.skipped().isEmpty(), report.skipped().toString());
  }
}
