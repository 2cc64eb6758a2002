package io.equirl.groups;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Factories for the groups the project uses: cyclic groups, the flip group and the dihedral group
 * of the square. Permutation groups come from {@link PermutationGroup#generatedBy}.
 *
 * <p>Each factory returns one shared instance per group (groups are immutable), so an env's
 * observation action and an agent's action permutation built separately from {@code Groups.flip()}
 * act by the same group and can be combined by the operators.
 */
public final class Groups {
  private static final Map<Integer, FiniteGroup> CYCLIC = new ConcurrentHashMap<>();
  private static final FiniteGroup FLIP =
      FiniteGroup.fromTable("C2", List.of("e", "flip"), new int[][] {{0, 1}, {1, 0}});
  private static final FiniteGroup D4 = buildDihedral4();
  private static final FiniteGroup TRIVIAL =
      FiniteGroup.fromTable("C1", List.of("e"), new int[][] {{0}});

  private Groups() {}

  /**
   * The cyclic group C_n with elements {@code e, r, r2, ..., r(n-1)}, where {@code r} generates it
   * and {@code r^a · r^b = r^(a+b mod n)}. C4 is the group of 90° rotations.
   */
  public static FiniteGroup cyclic(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("cyclic group order must be >= 1, got " + n);
    }
    return CYCLIC.computeIfAbsent(n, Groups::buildCyclic);
  }

  private static FiniteGroup buildCyclic(int n) {
    List<String> labels = new ArrayList<>(n);
    int[][] table = new int[n][n];
    for (int a = 0; a < n; a++) {
      labels.add(rotationLabel(a));
      for (int b = 0; b < n; b++) {
        table[a][b] = (a + b) % n;
      }
    }
    return FiniteGroup.fromTable("C" + n, labels, table);
  }

  /**
   * C2 with elements {@code e} and {@code flip}: the reflection symmetry of CartPole and Acrobot.
   */
  public static FiniteGroup flip() {
    return FLIP;
  }

  /**
   * The dihedral group D4 of the square's rotations and reflections, order 8.
   *
   * <p>Element {@code r^k f^s} has index {@code 4s + k} and label {@code e, r, r2, r3, f, rf, r2f,
   * r3f}: {@code r} is a 90° counter-clockwise rotation, {@code f} a left-right mirror, and {@code
   * r^k f^s} means "mirror s times, then rotate k times". The first four elements are the
   * rotations, in the same order as {@link #cyclic(int) cyclic(4)}. Relation: {@code f r f = r⁻¹}.
   */
  public static FiniteGroup dihedral4() {
    return D4;
  }

  private static FiniteGroup buildDihedral4() {
    List<String> labels = new ArrayList<>(8);
    int[][] table = new int[8][8];
    for (int s = 0; s < 2; s++) {
      for (int k = 0; k < 4; k++) {
        labels.add(s == 0 ? rotationLabel(k) : (k == 0 ? "f" : rotationLabel(k) + "f"));
      }
    }
    for (int a = 0; a < 8; a++) {
      for (int b = 0; b < 8; b++) {
        int ka = a % 4;
        int sa = a / 4;
        int kb = b % 4;
        int sb = b / 4;
        // r^ka f^sa r^kb f^sb = r^(ka + (-1)^sa kb) f^(sa+sb), since f r = r⁻¹ f
        int k = Math.floorMod(ka + (sa == 0 ? kb : -kb), 4);
        int s = (sa + sb) % 2;
        table[a][b] = 4 * s + k;
      }
    }
    return FiniteGroup.fromTable("D4", labels, table);
  }

  /** The trivial group {e}; with it every operator reduces to the plain model. */
  public static FiniteGroup trivial() {
    return TRIVIAL;
  }

  private static String rotationLabel(int k) {
    return k == 0 ? "e" : k == 1 ? "r" : "r" + k;
  }
}
