package io.equirl.bridge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The fault cases of the bridge with a working Python: bad specs, Python exceptions, a process that
 * dies or hangs. Skipped where Python lacks gymnasium or py4j.
 */
@ExtendWith(NeedsGymnasium.class)
class BridgeFaultsTest {
  /** The bound on how long a call may take to notice a dead process. */
  private static final Duration DEATH_NOTICED = Duration.ofSeconds(2);

  private static final String FAULTY = "gym:equirl_test_envs:EquiRLFaulty-v0";

  private static GymnasiumEnv make(String spec) {
    return GymnasiumEnv.make(GymSpec.parse(spec), PythonTests.options());
  }

  @Test
  void unknownIdCarriesGymnasiumsMessage() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> make("gym:NoSuchEnv-v7"));
    assertTrue(e.getMessage().contains("gym:NoSuchEnv-v7"), e.getMessage());
    assertTrue(
        e.getMessage().contains("NoSuchEnv") && e.getMessage().contains("doesn't exist"),
        e.getMessage());
  }

  @Test
  void unknownKeywordCarriesPythonsMessage() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> make("gym:CartPole-v1?no_such_knob=3"));
    assertTrue(
        e.getMessage().contains("TypeError") && e.getMessage().contains("no_such_knob"),
        e.getMessage());
  }

  @Test
  void unsupportedObservationSpaceIsNamed() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> make("gym:Blackjack-v1"));
    assertTrue(e.getMessage().contains("Tuple("), e.getMessage());
    assertTrue(e.getMessage().contains("Box and Discrete observations"), e.getMessage());
  }

  @Test
  void unsupportedActionSpaceIsNamed() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> make("gym:Pendulum-v1"));
    assertTrue(e.getMessage().contains("action space Box("), e.getMessage());
    assertTrue(e.getMessage().contains("Discrete actions only"), e.getMessage());
  }

  @Test
  void badActionAndSeedAreRefusedInJava() {
    try (GymnasiumEnv env = make("gym:CartPole-v1")) {
      assertThrows(IllegalStateException.class, () -> env.step(0), "step before reset");
      env.reset(0);
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> env.step(-1));
      assertTrue(e.getMessage().contains("-1") && e.getMessage().contains("Discrete(2)"));
      assertThrows(IllegalArgumentException.class, () -> env.reset(-5));
    }
  }

  @Test
  void pythonExceptionInStepCarriesItsMessage() {
    try (GymnasiumEnv env = make(FAULTY)) {
      env.reset(0);
      BridgeException e = assertThrows(BridgeException.class, () -> env.step(1));
      assertEquals("ValueError", e.pythonType());
      assertTrue(e.getMessage().contains("the faulty env refuses action 11"), e.getMessage());
      // The process survives a Python exception; the env goes on.
      assertArrayEquals(new float[] {.1f, .1f, .1f, .1f, .1f, .1f}, env.step(0).observation());
    }
  }

  @Test
  void deathInStepFailsFastWithStderrTail() {
    try (GymnasiumEnv env = make(FAULTY)) {
      env.reset(0);
      BridgeException e =
          assertTimeoutPreemptively(
              DEATH_NOTICED, () -> assertThrows(BridgeException.class, () -> env.step(2)));
      assertTrue(e.getMessage().contains("faulty env: dying on purpose"), e.getMessage());
      assertTrue(e.getMessage().contains("exited with status 7"), e.getMessage());
      assertFalse(ProcessHandle.of(env.pythonPid()).map(ProcessHandle::isAlive).orElse(false));
      BridgeException again =
          assertTimeoutPreemptively(
              DEATH_NOTICED, () -> assertThrows(BridgeException.class, () -> env.reset(0)));
      assertTrue(again.getMessage().contains("dying on purpose"), again.getMessage());
    }
  }

  @Test
  void deathBetweenCallsFailsTheNextCallFast() {
    try (GymnasiumEnv env = make("gym:CartPole-v1")) {
      env.reset(0);
      env.killPythonForTest();
      BridgeException e =
          assertTimeoutPreemptively(
              DEATH_NOTICED, () -> assertThrows(BridgeException.class, () -> env.step(0)));
      assertTrue(e.getMessage().contains("exited with status"), e.getMessage());
    }
  }

  @Test
  void hungPythonTimesOutAndIsEnded() {
    BridgeOptions quick = PythonTests.options().withCallTimeout(Duration.ofMillis(500));
    try (GymnasiumEnv env = GymnasiumEnv.make(GymSpec.parse(FAULTY), quick)) {
      env.reset(0);
      BridgeException e =
          assertTimeoutPreemptively(
              Duration.ofSeconds(10), () -> assertThrows(BridgeException.class, () -> env.step(3)));
      assertTrue(e.getMessage().contains("stopped answering"), e.getMessage());
      assertFalse(ProcessHandle.of(env.pythonPid()).map(ProcessHandle::isAlive).orElse(false));
    }
  }
}
