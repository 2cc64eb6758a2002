package io.equirl.groups;

/**
 * A linear action of a finite group on flat float vectors of a fixed {@link #size()}.
 *
 * <p>{@code apply(g, x)} computes {@code g·x}. Implementations satisfy the action laws {@code e·x =
 * x} and {@code g·(h·x) = (gh)·x} (see {@link ActionLaws}). They are immutable and thread-safe;
 * {@link #apply(GroupElement, float[], int, float[], int)} allocates nothing.
 */
public interface ArrayAction {

  /** The acting group. */
  FiniteGroup group();

  /** Length of the vectors acted on. */
  int size();

  /**
   * Writes {@code g·x} into {@code out}: reads {@code x[xOffset .. xOffset+size)}, writes {@code
   * out[outOffset .. outOffset+size)}. The two ranges must not overlap ({@code out != x}).
   */
  void apply(GroupElement g, float[] x, int xOffset, float[] out, int outOffset);

  /** Returns {@code g·x} in a new array. */
  default float[] apply(GroupElement g, float[] x) {
    if (x.length != size()) {
      throw new IllegalArgumentException(
          "vector has length " + x.length + " but the action acts on length " + size());
    }
    float[] out = new float[size()];
    apply(g, x, 0, out, 0);
    return out;
  }
}
