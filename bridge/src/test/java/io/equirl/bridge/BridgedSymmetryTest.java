package io.equirl.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.equirl.envs.SettableState;
import io.equirl.envs.check.EnvChecker;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The env checker, symmetry test included, on bridged envs: the native declarations hold for
 * Gymnasium's own CartPole and Acrobot, a user-named flip is checked the same way, and a wrong one
 * is caught. Skipped where Python lacks gymnasium or py4j.
 */
@ExtendWith(NeedsGymnasium.class)
class BridgedSymmetryTest {

  private static GymnasiumEnv make(String id) {
    return GymnasiumEnv.make(GymSpec.of(id), PythonTests.options());
  }

  @Test
  void nativeDeclarationsPassTheCheckerWithTheMdpTest() {
    for (String id : List.of("CartPole-v1", "Acrobot-v1")) {
      EnvChecker.Report report = GymSymmetries.check(() -> make(id));
      assertTrue(report.ok(), String.join("\n", report.problems()));
      assertEquals(List.of(), report.skipped(), "the MDP-symmetry test must have run for " + id);
    }
  }

  @Test
  void userNamedFlipIsChecked() {
    GymSymmetries.requireValid(
        () -> make("CartPole-v1").declareSymmetry(GymSymmetries.flip("----", "1,0", "----")));
  }

  @Test
  void wrongFlipIsCaught() {
    // Negating the cart's position but not its velocity is no symmetry of CartPole.
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                GymSymmetries.requireValid(
                    () ->
                        make("CartPole-v1")
                            .declareSymmetry(GymSymmetries.flip("-+--", "1,0", "-+--"))));
    assertTrue(e.getMessage().contains("step("), e.getMessage());
  }

  @Test
  void classicControlEnvsAreSettableOthersNot() {
    try (GymnasiumEnv cartPole = make("CartPole-v1");
        GymnasiumEnv lake = make("FrozenLake-v1")) {
      assertTrue(cartPole instanceof SettableState);
      assertFalse(lake instanceof SettableState);
      assertThrows(
          IllegalArgumentException.class,
          () -> cartPole.declareSymmetry(GymSymmetries.flip("--", "1,0", null)));
    }
  }
}
