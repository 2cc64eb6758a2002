package io.equirl.groups;

/**
 * A group acting on a finite index set {@code {0..n-1}} by permutations: discrete RL actions, class
 * labels, vocabulary words.
 *
 * <p>On points, {@code apply(g, i)} is where {@code g} sends {@code i}, and {@code apply(gh, i) =
 * apply(g, apply(h, i))}. As an {@link ArrayAction} it moves the components of a vector indexed by
 * the set along with the points: {@code (g·v)[g·i] = v[i]}, i.e. {@code (g·v)[j] = v[g⁻¹·j]}. So
 * Q-values over actions follow their actions: if the flip swaps "left" and "right", {@code flip·q}
 * has the old "left" value in the "right" slot.
 */
public final class PermutationAction extends GatherAction {
  private final int[][] permutations;

  private PermutationAction(FiniteGroup group, int n, int[][] permutations, int[][] sources) {
    super(group, n, sources, null);
    this.permutations = permutations;
  }

  /**
   * The action where element {@code g} sends point {@code i} to {@code permutations[g.index()][i]}.
   *
   * @throws IllegalArgumentException when a row is not a permutation or the rows do not compose as
   *     an action of {@code group}
   */
  public static PermutationAction of(FiniteGroup group, int[][] permutations) {
    if (permutations.length != group.order() || permutations.length == 0) {
      throw new IllegalArgumentException(
          "need one permutation per element of "
              + group.name()
              + " ("
              + group.order()
              + "), got "
              + permutations.length);
    }
    int n = permutations[0] == null ? 0 : permutations[0].length;
    int[][] perms = new int[permutations.length][];
    int[][] sources = new int[permutations.length][];
    for (GroupElement g : group.elements()) {
      PermutationGroup.checkPermutation(permutations[g.index()], n, "permutation of " + g);
      perms[g.index()] = permutations[g.index()].clone();
    }
    for (GroupElement g : group.elements()) {
      sources[g.index()] = perms[g.inverse().index()]; // (g·v)[j] = v[g⁻¹·j]
    }
    return new PermutationAction(group, n, perms, sources);
  }

  /** The action of a permutation group on its own set. */
  public static PermutationAction of(PermutationGroup permutationGroup) {
    return permutationGroup.action();
  }

  /**
   * For a group of order 2 on {@code n} points: the non-identity element swaps each listed pair,
   * e.g. {@code swap(Groups.flip(), 2, 0, 1)} swaps CartPole's "push left" and "push right".
   */
  public static PermutationAction swap(FiniteGroup group, int n, int... pairs) {
    SignedPermutationAction.requireOrderTwo(group);
    if (pairs.length % 2 != 0) {
      throw new IllegalArgumentException(
          "swap needs pairs of points, got " + pairs.length + " numbers");
    }
    int[] p = SignedPermutationAction.identityMap(n);
    for (int k = 0; k < pairs.length; k += 2) {
      int a = pairs[k];
      int b = pairs[k + 1];
      if (a < 0 || a >= n || b < 0 || b >= n || p[a] != a || p[b] != b || a == b) {
        throw new IllegalArgumentException(
            "swap pairs must be distinct points in 0.."
                + (n - 1)
                + ", each used once; bad pair ("
                + a
                + ", "
                + b
                + ")");
      }
      p[a] = b;
      p[b] = a;
    }
    return of(group, new int[][] {SignedPermutationAction.identityMap(n), p});
  }

  /** The trivial action: every element fixes every point (labels that do not change). */
  public static PermutationAction trivial(FiniteGroup group, int n) {
    int[][] perms = new int[group.order()][];
    for (int k = 0; k < perms.length; k++) {
      perms[k] = SignedPermutationAction.identityMap(n);
    }
    return of(group, perms);
  }

  /** The regular action of a group on its own elements: {@code g} sends {@code h} to {@code gh}. */
  public static PermutationAction regular(FiniteGroup group) {
    int n = group.order();
    int[][] perms = new int[n][n];
    for (int g = 0; g < n; g++) {
      for (int h = 0; h < n; h++) {
        perms[g][h] = group.composeIndex(g, h);
      }
    }
    return of(group, perms);
  }

  /** Where {@code g} sends point {@code i}. */
  public int apply(GroupElement g, int i) {
    if (i < 0 || i >= size()) {
      throw new IllegalArgumentException("point " + i + " outside 0.." + (size() - 1));
    }
    return permutations[checked(g)][i];
  }

  /** A copy of the permutation of {@code g}: point {@code i} goes to {@code result[i]}. */
  public int[] permutation(GroupElement g) {
    return permutations[checked(g)].clone();
  }

  private int checked(GroupElement g) {
    if (!group().contains(g)) {
      throw new IllegalArgumentException(
          "element " + g + " does not belong to group " + group().name() + " of this action");
    }
    return g.index();
  }
}
