package io.equirl.bridge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.equirl.envs.EnvSymmetry;
import io.equirl.groups.GroupElement;
import org.junit.jupiter.api.Test;

/** User-named flips, parsed without Python. */
class GymSymmetriesTest {

  @Test
  void flipActsByTheNamedSignsAndPermutation() {
    EnvSymmetry flip = GymSymmetries.flip("+-+---", "2,1,0", "----");
    GroupElement g =
        flip.group().elements().stream().filter(e -> !e.isIdentity()).findFirst().orElseThrow();
    assertArrayEquals(
        new float[] {1, -2, 3, -4, -5, -6},
        flip.observations().apply(g, new float[] {1, 2, 3, 4, 5, 6}));
    assertEquals(2, flip.actions().apply(g, 0));
    assertEquals(1, flip.actions().apply(g, 1));
    assertArrayEquals(
        new double[] {-1, -2, -3, -4}, flip.states().apply(g, new double[] {1, 2, 3, 4}));
    assertFalse(GymSymmetries.flip("--", "1,0", null).actsOnStates());
  }

  @Test
  void knownIdsTakeTheNativeDeclaration() {
    assertTrue(GymSymmetries.known("CartPole-v1").isPresent());
    assertTrue(GymSymmetries.known("Acrobot-v1").isPresent());
    assertTrue(GymSymmetries.known("LunarLander-v3").isEmpty());
  }

  @Test
  void badPatternsAreNamed() {
    IllegalArgumentException signs =
        assertThrows(IllegalArgumentException.class, () -> GymSymmetries.flip("+x", "1,0", null));
    assertTrue(signs.getMessage().contains("'+x'"), signs.getMessage());
    IllegalArgumentException perm =
        assertThrows(IllegalArgumentException.class, () -> GymSymmetries.flip("--", "1,1", null));
    assertTrue(perm.getMessage().contains("'1,1'"), perm.getMessage());
    IllegalArgumentException cycle =
        assertThrows(IllegalArgumentException.class, () -> GymSymmetries.flip("--", "1,2,0", null));
    assertTrue(cycle.getMessage().contains("not an involution"), cycle.getMessage());
  }
}
