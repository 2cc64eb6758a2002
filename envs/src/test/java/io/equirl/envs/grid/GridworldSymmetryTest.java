package io.equirl.envs.grid;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.equirl.envs.EnvSymmetry;
import io.equirl.envs.check.MdpSymmetryCheck;
import io.equirl.groups.GroupElement;
import io.equirl.groups.PermutationAction;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * C4 is an MDP symmetry of the still-prey Gridworld on every state and action, and the opposite
 * rotation direction of the actions is not.
 */
class GridworldSymmetryTest {

  private static List<double[]> allStates(int n) {
    List<double[]> states = new ArrayList<>();
    for (int a = 0; a < n * n; a++) {
      for (int p = 0; p < n * n; p++) {
        states.add(new double[] {Math.floorDiv(a, n), a % n, Math.floorDiv(p, n), p % n});
      }
    }
    return states;
  }

  @Test
  void rotationIsAnMdpSymmetryOnEveryState() {
    for (int size : new int[] {7, 5}) {
      GridworldEnv env = new GridworldEnv(GridworldConfig.defaults().withSize(size).withoutNoise());
      EnvSymmetry symmetry = env.symmetry().orElseThrow();
      List<String> problems = MdpSymmetryCheck.check(env, symmetry, allStates(size), 0.0);
      assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
  }

  @Test
  void actionsRotatedTheOtherWayAreNotASymmetry() {
    GridworldEnv env = new GridworldEnv(GridworldConfig.defaults().withoutNoise());
    EnvSymmetry right = env.symmetry().orElseThrow();
    int[][] perms = new int[4][];
    for (GroupElement g : right.group().elements()) {
      // The inverse rotation's permutation: up → right → down → left.
      perms[g.index()] = right.actions().permutation(g.inverse());
    }
    EnvSymmetry wrong =
        new EnvSymmetry(
            right.group(),
            right.observations(),
            PermutationAction.of(right.group(), perms),
            right.states());
    assertFalse(MdpSymmetryCheck.check(env, wrong, allStates(7).subList(0, 200), 0.0).isEmpty());
  }
}
