package io.equirl.envs.grid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.equirl.envs.StepResult;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** What is particular to the Gridworld: picture, moves, capture, noise, knobs. */
class GridworldEnvTest {
  private static final int W = 21;

  private static GridworldEnv still() {
    return new GridworldEnv(GridworldConfig.defaults().withoutNoise());
  }

  /** The 3×3 block of cell (row, col) of a 21×21 image, row-major. */
  private static float[] cell(float[] obs, int row, int col) {
    float[] out = new float[9];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        out[3 * i + j] = obs[(3 * row + i) * W + 3 * col + j];
      }
    }
    return out;
  }

  private static final float[] PLUS = {0, 1, 0, 1, 1, 1, 0, 1, 0};
  private static final float[] CROSS = {1, 0, 1, 0, 1, 0, 1, 0, 1};

  private static int ones(float[] obs) {
    int n = 0;
    for (float v : obs) {
      n += v == 1f ? 1 : 0;
    }
    return n;
  }

  @Test
  void viewIsAgentCentredWithSpritesAtTheToroidalOffset() {
    GridworldEnv env = still();
    assertArrayEquals(new int[] {1, 21, 21}, env.observationSpace().shape());
    float[] obs = env.setState(new double[] {3, 3, 3, 5});
    assertArrayEquals(CROSS, cell(obs, 3, 3));
    assertArrayEquals(PLUS, cell(obs, 3, 5));
    assertEquals(10, ones(obs));
    // Prey one cell left of the agent across the seam: drawn left of centre.
    obs = env.setState(new double[] {0, 0, 6, 6});
    assertArrayEquals(PLUS, cell(obs, 2, 2));
    assertArrayEquals(CROSS, cell(obs, 3, 3));
  }

  @Test
  void movesFollowTheActionTable() {
    GridworldEnv env = still();
    int[][] expected = {{3, 3}, {2, 3}, {3, 4}, {4, 3}, {3, 2}};
    for (int a = 0; a < 5; a++) {
      env.setState(new double[] {3, 3, 0, 0});
      env.step(a);
      assertArrayEquals(new double[] {expected[a][0], expected[a][1], 0, 0}, env.state(), "a=" + a);
    }
    env.setState(new double[] {0, 6, 3, 3});
    env.step(2);
    assertArrayEquals(new double[] {0, 0, 3, 3}, env.state(), "right wraps around the torus");
  }

  @Test
  void catchingThePreyTerminatesWithRewardOne() {
    GridworldEnv env = still();
    env.setState(new double[] {3, 3, 3, 4});
    StepResult r = env.step(2);
    assertTrue(r.terminated());
    assertEquals(1.0, r.reward());
    assertArrayEquals(new float[] {1, 1, 1, 1, 1, 1, 1, 1, 1}, cell(r.observation(), 3, 3));
    env.setState(new double[] {3, 3, 3, 5});
    r = env.step(0);
    assertFalse(r.done());
    assertEquals(-0.1, r.reward());
  }

  @Test
  void truncatesAtStep100() {
    GridworldEnv env = still();
    env.reset(3);
    StepResult r = null;
    for (int t = 0; t < 100; t++) {
      assertTrue(r == null || !r.done());
      r = env.step(0); // the prey stands still and the agent too: never caught
    }
    assertTrue(r.truncated() && !r.terminated());
  }

  @Test
  void preyMovesWithProbabilityPointFifteenToEachNeighbourAlike() {
    GridworldEnv env = new GridworldEnv();
    int[] directions = new int[5]; // 0 = stayed, then by row/col change
    int steps = 0;
    env.reset(21);
    for (int k = 0; k < 20_000; k++) {
      double[] before = env.state();
      if (before[0] == before[2] && before[1] == before[3]) {
        env.reset();
        continue;
      }
      // Keep the agent far from the prey so every step shows one prey move.
      env.setState(
          new double[] {
            Math.floorMod((int) before[2] + 3, 7),
            Math.floorMod((int) before[3] + 3, 7),
            before[2],
            before[3]
          });
      env.step(0);
      double[] after = env.state();
      int dr = Math.floorMod((int) (after[2] - before[2]), 7);
      int dc = Math.floorMod((int) (after[3] - before[3]), 7);
      directions[dr == 0 && dc == 0 ? 0 : dr == 6 ? 1 : dc == 1 ? 2 : dr == 1 ? 3 : 4]++;
      steps++;
    }
    double moved = steps - directions[0];
    // Binomial(20000, 0.15): sd ≈ 50 moves; 5 sd.
    assertEquals(0.15 * steps, moved, 250, Arrays.toString(directions));
    for (int d = 1; d <= 4; d++) {
      assertEquals(
          moved / 4,
          directions[d],
          5 * Math.sqrt(moved * 0.25 * 0.75),
          Arrays.toString(directions));
    }
  }

  @Test
  void startsAreOnDistinctCellsAndCoverTheGrid() {
    GridworldEnv env = new GridworldEnv();
    int[] agentCells = new int[49];
    env.reset(8);
    for (int k = 0; k < 4_900; k++) {
      double[] s = env.state();
      assertFalse(s[0] == s[2] && s[1] == s[3], "agent starts on the prey");
      agentCells[(int) (7 * s[0] + s[1])]++;
      env.reset();
    }
    for (int c : agentCells) {
      assertTrue(c > 50 && c < 150, Arrays.toString(agentCells)); // mean 100, sd ≈ 10
    }
  }

  @Test
  void sameSeedSameEpisodeWithTheNoisyPrey() {
    GridworldEnv a = new GridworldEnv();
    GridworldEnv b = new GridworldEnv();
    assertArrayEquals(a.reset(99), b.reset(99));
    for (int t = 0; t < 100; t++) {
      StepResult ra = a.step(t % 5);
      StepResult rb = b.step(t % 5);
      assertArrayEquals(ra.observation(), rb.observation());
      assertArrayEquals(a.state(), b.state());
      if (ra.done()) {
        break;
      }
    }
    assertNotEquals(Arrays.toString(a.reset(99)), Arrays.toString(a.reset(100)));
  }

  @Test
  void otherSizesGiveOtherViews() {
    GridworldEnv env = new GridworldEnv(GridworldConfig.defaults().withSize(5));
    assertArrayEquals(new int[] {1, 15, 15}, env.observationSpace().shape());
    assertEquals(10, ones(env.reset(1)));
  }

  @Test
  void badKnobsAndStatesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> GridworldConfig.defaults().withSize(8));
    assertThrows(IllegalArgumentException.class, () -> GridworldConfig.defaults().withSize(1));
    assertThrows(IllegalArgumentException.class, () -> new GridworldConfig(7, 1.5, -0.1, 1, 100));
    assertThrows(IllegalArgumentException.class, () -> new GridworldConfig(7, 0.1, -0.1, 1, 0));
    GridworldEnv env = still();
    assertThrows(IllegalArgumentException.class, () -> env.setState(new double[] {0, 0, 0, 7}));
    assertThrows(IllegalArgumentException.class, () -> env.setState(new double[] {0, 0, 0.5, 1}));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> {
              env.reset(0);
              env.step(5);
            });
    assertTrue(e.getMessage().contains("5") && e.getMessage().contains("Discrete(5)"));
  }
}
