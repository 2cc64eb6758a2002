package io.equirl.groups;

import java.util.Arrays;

/**
 * A group acting on vectors by permuting and negating components: {@code (g·x)[i] = sign_g[i] ·
 * x[source_g[i]]}.
 *
 * <pre>{@code
 * FiniteGroup flip = Groups.flip();
 * ArrayAction cartPole = SignedPermutationAction.negation(flip, 4);          // x ↦ −x
 * ArrayAction acrobot = SignedPermutationAction.signFlip(flip, 6, 1, 3, 4, 5); // sin θ1, sin θ2, θ̇1, θ̇2
 * }</pre>
 */
public final class SignedPermutationAction extends GatherAction {

  private SignedPermutationAction(FiniteGroup group, int size, int[][] sources, float[][] signs) {
    super(group, size, sources, signs);
  }

  /**
   * The action with the given index maps and signs, one per element (by index).
   *
   * @throws IllegalArgumentException when the maps are not permutations, the signs not ±1, or the
   *     maps do not compose as an action of {@code group}
   */
  public static SignedPermutationAction of(
      FiniteGroup group, int size, int[][] sources, float[][] signs) {
    return new SignedPermutationAction(group, size, sources, signs);
  }

  /** For a group of order 2: the non-identity element negates every component (x ↦ −x). */
  public static SignedPermutationAction negation(FiniteGroup group, int size) {
    int[] all = new int[size];
    Arrays.setAll(all, i -> i);
    return signFlip(group, size, all);
  }

  /** For a group of order 2: the non-identity element negates the listed components. */
  public static SignedPermutationAction signFlip(
      FiniteGroup group, int size, int... negatedIndices) {
    requireOrderTwo(group);
    float[] flipped = new float[size];
    Arrays.fill(flipped, 1f);
    for (int i : negatedIndices) {
      if (i < 0 || i >= size) {
        throw new IllegalArgumentException("negated index " + i + " outside 0.." + (size - 1));
      }
      flipped[i] = -1f;
    }
    float[] ones = new float[size];
    Arrays.fill(ones, 1f);
    int[] id = identityMap(size);
    return new SignedPermutationAction(
        group, size, new int[][] {id, id.clone()}, new float[][] {ones, flipped});
  }

  /** The trivial action: every element leaves every vector unchanged. */
  public static SignedPermutationAction trivial(FiniteGroup group, int size) {
    int[][] sources = new int[group.order()][];
    for (int k = 0; k < sources.length; k++) {
      sources[k] = identityMap(size);
    }
    return new SignedPermutationAction(group, size, sources, null);
  }

  static void requireOrderTwo(FiniteGroup group) {
    if (group.order() != 2) {
      throw new IllegalArgumentException(
          "this factory needs a group of order 2, got "
              + group.name()
              + " of order "
              + group.order());
    }
  }

  static int[] identityMap(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("action size must be >= 1, got " + size);
    }
    int[] id = new int[size];
    Arrays.setAll(id, i -> i);
    return id;
  }
}
