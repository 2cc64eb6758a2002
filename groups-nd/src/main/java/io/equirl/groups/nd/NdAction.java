package io.equirl.groups.nd;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.equirl.groups.ArrayAction;
import io.equirl.groups.FiniteGroup;
import io.equirl.groups.GatherAction;
import io.equirl.groups.GroupElement;
import io.equirl.groups.MatrixAction;

/**
 * An {@link ArrayAction} applied to batches of NDArrays {@code [B, ...]} whose trailing dimensions
 * hold {@link #size()} values, with NDArray ops so gradients flow through it.
 *
 * <p>Gather actions (signed permutations, images, permutation actions) run as one {@code gather}
 * with signs; other actions as the dense matrix of their representation. The index and matrix
 * constants are built from plain Java arrays at construction and materialised per call in a
 * temporary sub-manager that is closed before returning; the result is attached to the input's
 * manager and owned by the caller. Immutable and thread-safe.
 */
public final class NdAction {
  private final ArrayAction action;
  private final FiniteGroup group;
  private final int size;
  private final int order;

  /** Gather form: {@code sources[g·n + i]} = source of component i under g; null for dense. */
  private final long[] sources;

  private final float[] signs;

  /** Dense form: {@code matrices[g][i·n + j]} = ρ(g)[i][j]; null for gather. */
  private final float[][] matrices;

  private NdAction(ArrayAction action) {
    this.action = action;
    this.group = action.group();
    this.size = action.size();
    this.order = group.order();
    if (action instanceof GatherAction gather) {
      sources = new long[order * size];
      signs = gather.isSigned() ? new float[order * size] : null;
      for (GroupElement g : group.elements()) {
        int[] src = gather.sourceIndices(g);
        float[] s = gather.signs(g);
        for (int i = 0; i < size; i++) {
          sources[g.index() * size + i] = src[i];
          if (signs != null) {
            signs[g.index() * size + i] = s[i];
          }
        }
      }
      matrices = null;
    } else {
      MatrixAction dense = action instanceof MatrixAction m ? m : MatrixAction.of(action);
      sources = null;
      signs = null;
      matrices = new float[order][size * size];
      for (GroupElement g : group.elements()) {
        float[][] rows = dense.matrix(g);
        for (int i = 0; i < size; i++) {
          System.arraycopy(rows[i], 0, matrices[g.index()], i * size, size);
        }
      }
    }
  }

  /** The NDArray form of {@code action}. */
  public static NdAction of(ArrayAction action) {
    if (action == null) {
      throw new IllegalArgumentException("action must not be null");
    }
    return new NdAction(action);
  }

  /** The plain-array action this applies. */
  public ArrayAction action() {
    return action;
  }

  /** The acting group. */
  public FiniteGroup group() {
    return group;
  }

  /** Values per sample. */
  public int size() {
    return size;
  }

  /** {@code g·x_b} for each sample of {@code x [B, ...]}, same shape. */
  public NDArray apply(GroupElement g, NDArray x) {
    if (!group.contains(g)) {
      throw new IllegalArgumentException("element " + g + " is not of group " + group.name());
    }
    return Scopes.scoped(x, m -> applyIn(m, g, x));
  }

  private NDArray applyIn(NDManager m, GroupElement g, NDArray x) {
    Shape shape = x.getShape();
    long batch = batchOf(shape);
    NDArray flat = x.reshape(batch, size);
    NDArray result;
    if (sources != null) {
      long[] src = new long[size];
      System.arraycopy(sources, g.index() * size, src, 0, size);
      result = gather(flat, Scopes.owned(m.create(src)), batch);
      if (signs != null) {
        float[] s = new float[size];
        System.arraycopy(signs, g.index() * size, s, 0, size);
        result = result.mul(Scopes.owned(m.create(s)));
      }
    } else {
      result =
          flat.matMul(
              Scopes.owned(m.create(matrices[g.index()], new Shape(size, size))).transpose());
    }
    return result.reshape(shape);
  }

  /**
   * All transforms stacked element-major: {@code [|G|·B, ...]}, row {@code g·B + b} holding {@code
   * g·x_b}. One gather (or one matmul) for the whole group.
   */
  public NDArray transformAll(NDArray x) {
    return Scopes.scoped(x, m -> transformAllIn(m, x));
  }

  private NDArray transformAllIn(NDManager m, NDArray x) {
    Shape shape = x.getShape();
    long batch = batchOf(shape);
    NDArray flat = x.reshape(batch, size);
    NDArray all; // [B, |G|·n]
    if (sources != null) {
      all = gather(flat, Scopes.owned(m.create(sources)), batch);
      if (signs != null) {
        all = all.mul(Scopes.owned(m.create(signs)));
      }
    } else {
      float[] w = new float[size * order * size]; // w[j, g·n + i] = ρ(g)[i][j]
      for (int g = 0; g < order; g++) {
        for (int i = 0; i < size; i++) {
          for (int j = 0; j < size; j++) {
            w[j * order * size + g * size + i] = matrices[g][i * size + j];
          }
        }
      }
      all = flat.matMul(Scopes.owned(m.create(w, new Shape(size, (long) order * size))));
    }
    NDArray stacked = all.reshape(batch, order, size).transpose(1, 0, 2);
    return stacked.reshape(withBatch(shape, order * batch));
  }

  /**
   * Maps stacked model outputs back: given {@code y [|G|·B, ...]} (row {@code g·B + b} = {@code
   * M(g·x_b)}), returns {@code [|G|, B, ...]} holding {@code g⁻¹·M(g·x_b)}.
   */
  public NDArray inverseAll(NDArray y) {
    return Scopes.scoped(y, m -> inverseAllIn(m, y));
  }

  private NDArray inverseAllIn(NDManager m, NDArray y) {
    Shape shape = y.getShape();
    long rows = batchOf(shape);
    if (rows % order != 0) {
      throw new IllegalArgumentException(
          "stacked outputs have " + rows + " rows, not a multiple of |G| = " + order);
    }
    long batch = rows / order;
    NDArray grouped = y.reshape(order, batch, size);
    NDArray back; // [|G|, B, n]
    if (sources != null) {
      long[] idx = new long[order * size];
      float[] s = signs == null ? null : new float[order * size];
      for (int g = 0; g < order; g++) {
        int inv = group.inverseIndex(g);
        for (int i = 0; i < size; i++) {
          idx[g * size + i] = (long) g * size + sources[inv * size + i];
          if (s != null) {
            s[g * size + i] = signs[inv * size + i];
          }
        }
      }
      NDArray perSample = grouped.transpose(1, 0, 2).reshape(batch, (long) order * size);
      NDArray gathered = gather(perSample, Scopes.owned(m.create(idx)), batch);
      if (s != null) {
        gathered = gathered.mul(Scopes.owned(m.create(s)));
      }
      back = gathered.reshape(batch, order, size).transpose(1, 0, 2);
    } else {
      float[] t = new float[order * size * size]; // t[g][j][i] = ρ(g⁻¹)[i][j]
      for (int g = 0; g < order; g++) {
        float[] inv = matrices[group.inverseIndex(g)];
        for (int i = 0; i < size; i++) {
          for (int j = 0; j < size; j++) {
            t[(g * size + j) * size + i] = inv[i * size + j];
          }
        }
      }
      back = grouped.batchMatMul(Scopes.owned(m.create(t, new Shape(order, size, size))));
    }
    long[] dims = new long[shape.dimension() + 1];
    dims[0] = order;
    dims[1] = batch;
    for (int d = 1; d < shape.dimension(); d++) {
      dims[d + 1] = shape.get(d);
    }
    return back.reshape(new Shape(dims));
  }

  private static NDArray gather(NDArray flat, NDArray index, long batch) {
    NDArray rows = index.reshape(1, index.size()).broadcast(new Shape(batch, index.size()));
    return flat.gather(rows, 1);
  }

  private long batchOf(Shape shape) {
    if (shape.dimension() < 2 || shape.size() / shape.get(0) != size) {
      throw new IllegalArgumentException(
          "expected a batch [B, ...] with " + size + " values per sample, got shape " + shape);
    }
    return shape.get(0);
  }

  private static Shape withBatch(Shape shape, long batch) {
    long[] dims = shape.getShape().clone();
    dims[0] = batch;
    return new Shape(dims);
  }
}
