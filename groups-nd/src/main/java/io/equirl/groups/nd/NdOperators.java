package io.equirl.groups.nd;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import io.equirl.groups.FiniteGroup;
import io.equirl.groups.OrbitChecks;
import java.util.function.Function;

/**
 * Equitune, equizero, λ-equitune and the straight-through equizero on DJL NDArrays, for a model
 * {@code [N, ...] → [N, ...]} given as a function (see {@link NdModels} for DJL blocks).
 *
 * <p>Each operator stacks the |G| transforms of the batch {@code x [B, ...]} into one batch {@code
 * [|G|·B, ...]} and calls the model ONCE; gradients flow through the model and the actions.
 * Temporaries live in a sub-manager of {@code x}'s manager and are closed before returning; the
 * result is attached to {@code x}'s manager, and the caller owns it. Stateless and thread-safe as
 * far as the model is.
 */
public final class NdOperators {
  private NdOperators() {}

  /** Equitune (eq. 1): {@code 1/|G| Σ_g g⁻¹·M(g·x)}, shape {@code [B, ...]}. */
  public static NDArray equitune(
      Function<NDArray, NDArray> model, NdAction in, NdAction out, NDArray x) {
    check(in, out);
    return Scopes.scoped(x, scope -> orbit(model, in, out, x).mean(new int[] {0}));
  }

  /**
   * λ-equitune (eq. 4): {@code Σ_g λ(g·x) g⁻¹·M(g·x) / Σ_g λ(g·x)}. {@code lambda} maps the stacked
   * inputs {@code [|G|·B, ...]} to {@code [|G|·B]} or {@code [|G|·B, 1]} non-negative weights in
   * one call.
   *
   * @throws IllegalArgumentException when a weight is negative or not finite, or a sample's weights
   *     sum to zero
   */
  public static NDArray lambdaEquitune(
      Function<NDArray, NDArray> model,
      Function<NDArray, NDArray> lambda,
      NdAction in,
      NdAction out,
      NDArray x) {
    check(in, out);
    return Scopes.scoped(
        x,
        scope -> {
          int order = in.group().order();
          NDArray stacked = in.transformAll(x);
          NDArray back = out.inverseAll(model.apply(stacked)); // [|G|, B, ...]
          long batch = x.getShape().get(0);
          NDArray weights = lambda.apply(stacked).reshape(order, batch);
          float[] w = weights.stopGradient().toType(DataType.FLOAT32, false).toFloatArray();
          for (int b = 0; b < batch; b++) {
            OrbitChecks.lambdaSum(in.group(), w, (int) batch, b);
          }
          NDArray normalised = weights.div(weights.sum(new int[] {0}, true)); // eq. 4's denominator
          return back.mul(expand(normalised, back.getShape())).sum(new int[] {0});
        });
  }

  /**
   * Equizero (eq. 2): {@code g*⁻¹·M(g*·x)} per sample with {@code g* = argmin_g l(M(g·x))}; ties go
   * to the lowest loss, then the group's element order. {@code loss} maps the stacked raw outputs
   * {@code [|G|·B, ...]} to {@code [|G|·B]} losses.
   */
  public static EquizeroResult equizero(
      Function<NDArray, NDArray> model,
      Function<NDArray, NDArray> loss,
      NdAction in,
      NdAction out,
      NDArray x) {
    check(in, out);
    int[][] best = new int[1][];
    NDArray output =
        Scopes.scoped(
            x,
            scope -> {
              NDArray raw = model.apply(in.transformAll(x));
              NDArray back = out.inverseAll(raw);
              best[0] = argmin(loss.apply(raw), in.group());
              return back.mul(selection(scope, best[0], back.getShape())).sum(new int[] {0});
            });
    return new EquizeroResult(output, best[0]);
  }

  /**
   * The straight-through form (§3.3): {@code M_G(x) + stopgrad(M_G⁰(x) − M_G(x))}, whose value is
   * equizero's and whose gradient is equitune's. One model call serves both.
   */
  public static NDArray straightThrough(
      Function<NDArray, NDArray> model,
      Function<NDArray, NDArray> loss,
      NdAction in,
      NdAction out,
      NDArray x) {
    check(in, out);
    return Scopes.scoped(
        x,
        scope -> {
          NDArray raw = model.apply(in.transformAll(x));
          NDArray back = out.inverseAll(raw);
          NDArray equitune = back.mean(new int[] {0});
          int[] best = argmin(loss.apply(raw), in.group());
          NDArray equizero = back.mul(selection(scope, best, back.getShape())).sum(new int[] {0});
          return equitune.add(equizero.sub(equitune).stopGradient());
        });
  }

  /** Proxy loss {@code −max} over each output row, for Q-values. */
  public static Function<NDArray, NDArray> negativeMax() {
    return raw -> raw.reshape(raw.getShape().get(0), -1).max(new int[] {1}).neg();
  }

  /**
   * Proxy loss {@code −max_a softmax(Q)_a} over each output row, for Q-values: the NDArray form of
   * {@link io.equirl.groups.ProxyLoss#negativeMaxSoftmax()}.
   */
  public static Function<NDArray, NDArray> negativeMaxSoftmax() {
    return raw -> raw.reshape(raw.getShape().get(0), -1).softmax(1).max(new int[] {1}).neg();
  }

  /** Equizero's output {@code [B, ...]} (owned by the caller) and {@code g*} index per sample. */
  @SuppressWarnings("ArrayRecordComponent") // carries arrays by design; never compared by equals
  public record EquizeroResult(NDArray output, int[] best) {}

  private static NDArray orbit(
      Function<NDArray, NDArray> model, NdAction in, NdAction out, NDArray x) {
    return out.inverseAll(model.apply(in.transformAll(x)));
  }

  /** Per-sample argmin over the group, computed in Java so ties follow the element order. */
  private static int[] argmin(NDArray losses, FiniteGroup group) {
    int order = group.order();
    float[] l = losses.stopGradient().toType(DataType.FLOAT32, false).toFloatArray();
    if (l.length % order != 0) {
      throw new IllegalArgumentException(
          "proxy loss gave " + l.length + " values, expected one per stacked row");
    }
    int batch = l.length / order;
    double[] widened = new double[l.length];
    for (int i = 0; i < l.length; i++) {
      widened[i] = l[i];
    }
    int[] best = new int[batch];
    for (int b = 0; b < batch; b++) {
      best[b] = OrbitChecks.argmin(group, b, widened, b, batch);
    }
    return best;
  }

  /** A 0/1 mask {@code [|G|, B, 1, ...]} selecting element {@code best[b]} of each sample. */
  private static NDArray selection(NDManager scope, int[] best, Shape backShape) {
    int order = (int) backShape.get(0);
    int batch = best.length;
    float[] mask = new float[order * batch];
    for (int b = 0; b < batch; b++) {
      mask[best[b] * batch + b] = 1f;
    }
    return expand(Scopes.owned(scope.create(mask, new Shape(order, batch))), backShape);
  }

  /** Reshapes {@code [|G|, B]} weights to broadcast against {@code [|G|, B, ...]}. */
  private static NDArray expand(NDArray weights, Shape target) {
    long[] dims = new long[target.dimension()];
    java.util.Arrays.fill(dims, 1);
    dims[0] = target.get(0);
    dims[1] = target.get(1);
    return weights.reshape(new Shape(dims));
  }

  private static void check(NdAction in, NdAction out) {
    if (in.group() != out.group()) {
      throw new IllegalArgumentException(
          "input and output actions must share one group instance,"
              + " got "
              + in.group().name()
              + " and "
              + out.group().name());
    }
  }
}
