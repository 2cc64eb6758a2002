package io.equirl.groups;

import java.util.Arrays;

/**
 * An action that moves and optionally negates components: {@code (g·x)[i] = sign_g[i] ·
 * x[source_g[i]]}. Signed permutations, image rotations and flips, and permutation actions are all
 * of this form, which lets the NDArray path apply them as one gather instead of a dense matrix.
 *
 * <p>Validated when built: each {@code source_g} is a permutation, each sign is ±1, and the maps
 * compose as an action ({@code source_gh = source_h ∘ source_g}). Immutable and thread-safe.
 */
public abstract class GatherAction implements ArrayAction {
  private final FiniteGroup group;
  private final int size;
  private final int[][] sources;
  private final float[][] signs;
  private final boolean signed;

  /**
   * @param sources {@code sources[g.index()][i]} = component of x read into component i of g·x
   * @param signs {@code signs[g.index()][i]} = ±1, or {@code null} for no negation
   */
  GatherAction(FiniteGroup group, int size, int[][] sources, float[][] signs) {
    if (size < 1) {
      throw new IllegalArgumentException("action size must be >= 1, got " + size);
    }
    if (sources.length != group.order() || (signs != null && signs.length != group.order())) {
      throw new IllegalArgumentException(
          "need one index map (and sign vector) per element of "
              + group.name()
              + " ("
              + group.order()
              + "), got "
              + sources.length);
    }
    this.group = group;
    this.size = size;
    this.sources = new int[sources.length][];
    this.signs = new float[sources.length][];
    boolean anyNegative = false;
    for (GroupElement g : group.elements()) {
      int k = g.index();
      PermutationGroup.checkPermutation(sources[k], size, "index map of " + g);
      this.sources[k] = sources[k].clone();
      this.signs[k] = new float[size];
      Arrays.fill(this.signs[k], 1f);
      if (signs != null) {
        if (signs[k] == null || signs[k].length != size) {
          throw new IllegalArgumentException("signs of " + g + " must have length " + size);
        }
        for (int i = 0; i < size; i++) {
          if (signs[k][i] != 1f && signs[k][i] != -1f) {
            throw new IllegalArgumentException(
                "sign " + i + " of " + g + " is " + signs[k][i] + ", must be +1 or -1");
          }
          anyNegative |= signs[k][i] < 0;
          this.signs[k][i] = signs[k][i];
        }
      }
    }
    this.signed = anyNegative;
    checkLaws();
  }

  @Override
  public final FiniteGroup group() {
    return group;
  }

  @Override
  public final int size() {
    return size;
  }

  @Override
  public final void apply(GroupElement g, float[] x, int xOffset, float[] out, int outOffset) {
    int[] src = sources[own(g)];
    if (signed) {
      float[] s = signs[g.index()];
      for (int i = 0; i < size; i++) {
        out[outOffset + i] = s[i] * x[xOffset + src[i]];
      }
    } else {
      for (int i = 0; i < size; i++) {
        out[outOffset + i] = x[xOffset + src[i]];
      }
    }
  }

  /** A copy of the index map of {@code g}: {@code (g·x)[i]} reads {@code x[result[i]]}. */
  public final int[] sourceIndices(GroupElement g) {
    return sources[own(g)].clone();
  }

  /** A copy of the signs of {@code g} (all +1 for an unsigned action). */
  public final float[] signs(GroupElement g) {
    return signs[own(g)].clone();
  }

  /** Whether any element negates a component. */
  public final boolean isSigned() {
    return signed;
  }

  private int own(GroupElement g) {
    if (!group.contains(g)) {
      throw new IllegalArgumentException(
          "element " + g + " does not belong to group " + group.name() + " of this action");
    }
    return g.index();
  }

  /** Exact check of the action laws on the index maps, before anyone can use a bad action. */
  private void checkLaws() {
    for (int i = 0; i < size; i++) {
      if (sources[0][i] != i || signs[0][i] != 1f) {
        throw new IllegalArgumentException(
            "not an action: the identity moves or negates component " + i);
      }
    }
    for (GroupElement g : group.elements()) {
      for (GroupElement h : group.elements()) {
        int[] sg = sources[g.index()];
        int[] sh = sources[h.index()];
        int gh = group.composeIndex(g.index(), h.index());
        for (int i = 0; i < size; i++) {
          // (g·(h·x))[i] = s_g[i] (h·x)[sg[i]] = s_g[i] s_h[sg[i]] x[sh[sg[i]]]
          float sign = signs[g.index()][i] * signs[h.index()][sg[i]];
          if (sources[gh][i] != sh[sg[i]] || signs[gh][i] != sign) {
            throw new IllegalArgumentException(
                "not an action: "
                    + g
                    + "·("
                    + h
                    + "·x) ≠ ("
                    + group.element(gh)
                    + ")·x at component "
                    + i);
          }
        }
      }
    }
  }
}
