package io.equirl.groups;

/**
 * A group acting on vectors through a matrix representation: {@code g·x = ρ(g) x}.
 *
 * <p>Validated when built: {@code ρ(e) = I} and {@code ρ(g)ρ(h) = ρ(gh)} within {@link #TOLERANCE}.
 * Immutable and thread-safe.
 */
public final class MatrixAction implements ArrayAction {
  /** Entry-wise tolerance of the representation check. */
  public static final double TOLERANCE = 1e-5;

  private final FiniteGroup group;
  private final int size;
  private final float[][] matrices; // row-major, per element index

  private MatrixAction(FiniteGroup group, int size, float[][] matrices) {
    this.group = group;
    this.size = size;
    this.matrices = matrices;
  }

  /**
   * The action with {@code matrices[g.index()]} as {@code ρ(g)}, each {@code size × size}.
   *
   * @throws IllegalArgumentException when shapes are wrong or ρ is not a representation
   */
  public static MatrixAction of(FiniteGroup group, float[][][] matrices) {
    if (matrices.length != group.order()) {
      throw new IllegalArgumentException(
          "need one matrix per element of "
              + group.name()
              + " ("
              + group.order()
              + "), got "
              + matrices.length);
    }
    int n = matrices[0].length;
    float[][] flat = new float[matrices.length][n * n];
    for (GroupElement g : group.elements()) {
      float[][] m = matrices[g.index()];
      if (m.length != n) {
        throw new IllegalArgumentException("matrix of " + g + " must be " + n + "×" + n);
      }
      for (int r = 0; r < n; r++) {
        if (m[r].length != n) {
          throw new IllegalArgumentException("matrix of " + g + " must be " + n + "×" + n);
        }
        System.arraycopy(m[r], 0, flat[g.index()], r * n, n);
      }
    }
    checkRepresentation(group, n, flat);
    return new MatrixAction(group, n, flat);
  }

  /** The dense matrix of any action, read off by applying it to the basis vectors. */
  public static MatrixAction of(ArrayAction action) {
    int n = action.size();
    float[][][] m = new float[action.group().order()][n][n];
    float[] basis = new float[n];
    float[] column = new float[n];
    for (GroupElement g : action.group().elements()) {
      for (int j = 0; j < n; j++) {
        basis[j] = 1f;
        action.apply(g, basis, 0, column, 0);
        basis[j] = 0f;
        for (int i = 0; i < n; i++) {
          m[g.index()][i][j] = column[i];
        }
      }
    }
    return of(action.group(), m);
  }

  @Override
  public FiniteGroup group() {
    return group;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public void apply(GroupElement g, float[] x, int xOffset, float[] out, int outOffset) {
    if (!group.contains(g)) {
      throw new IllegalArgumentException(
          "element " + g + " does not belong to group " + group.name() + " of this action");
    }
    float[] m = matrices[g.index()];
    for (int i = 0; i < size; i++) {
      double sum = 0;
      int row = i * size;
      for (int j = 0; j < size; j++) {
        sum += m[row + j] * x[xOffset + j];
      }
      out[outOffset + i] = (float) sum;
    }
  }

  /** A copy of {@code ρ(g)} as {@code size × size} rows. */
  public float[][] matrix(GroupElement g) {
    if (!group.contains(g)) {
      throw new IllegalArgumentException(
          "element " + g + " does not belong to group " + group.name() + " of this action");
    }
    float[] m = matrices[g.index()];
    float[][] rows = new float[size][size];
    for (int i = 0; i < size; i++) {
      System.arraycopy(m, i * size, rows[i], 0, size);
    }
    return rows;
  }

  private static void checkRepresentation(FiniteGroup group, int n, float[][] m) {
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (Math.abs(m[0][i * n + j] - (i == j ? 1f : 0f)) > TOLERANCE) {
          throw new IllegalArgumentException(
              "not a representation: ρ(e) is not the identity at (" + i + ", " + j + ")");
        }
      }
    }
    for (GroupElement g : group.elements()) {
      for (GroupElement h : group.elements()) {
        float[] a = m[g.index()];
        float[] b = m[h.index()];
        float[] ab = m[group.compose(g, h).index()];
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < n; j++) {
            double sum = 0;
            for (int k = 0; k < n; k++) {
              sum += a[i * n + k] * b[k * n + j];
            }
            if (Math.abs(sum - ab[i * n + j]) > TOLERANCE) {
              throw new IllegalArgumentException(
                  "not a representation: ρ("
                      + g
                      + ")ρ("
                      + h
                      + ") ≠ ρ("
                      + group.compose(g, h)
                      + ") at ("
                      + i
                      + ", "
                      + j
                      + ")");
            }
          }
        }
      }
    }
  }
}
