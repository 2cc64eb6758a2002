package io.equirl.canonical;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import io.equirl.groups.BatchModel;
import io.equirl.groups.continuous.CanonicalLambdaEquitune;
import io.equirl.groups.continuous.Canonicalizer;
import io.equirl.groups.continuous.SO2;
import java.nio.FloatBuffer;

/**
 * A Table 13 model: the residual MLP M, and for canonical-λ-equitune the weight network λ, with the
 * canonicalizer h and the angles Θ of its {@link Variant}.
 *
 * <p>Training calls {@link #stack} then {@link #forward}, which computes eq. 6, {@code Σ_θ λ(θ·x̄)
 * M(θ·x̄) / Σ_θ λ(θ·x̄)} with {@code x̄ = h(x)⁻¹·x}, in DJL so M and λ get gradients (h is fixed:
 * the inputs are rotated on the JVM, outside the graph). {@link #predict} runs the trained networks
 * through the group core's {@link CanonicalLambdaEquitune} instead, so test errors and invariance
 * checks come from the operator whose invariance Theorem 1 proves.
 *
 * <p>λ is {@code softplus(λ-MLP) + ε}, strictly positive, as the λ-network of the RL tasks. Owns
 * its NDManager; close it. Not thread-safe.
 */
public final class CanonicalNet implements AutoCloseable {
  /** Hidden width of M. */
  public static final int HIDDEN = 100;

  /** Dense layers of M: input, three residual hidden-to-hidden layers, output. */
  public static final int LAYERS = 5;

  /** Hidden width of the two-layer λ-network. */
  public static final int LAMBDA_HIDDEN = 32;

  /** Keeps {@code Σ_θ λ} away from zero. */
  static final float EPSILON = 1e-3f;

  private static final int IN = Dataset.INPUT_SIZE;

  private final NDManager manager;
  private final Variant variant;
  private final Canonicalizer canonicalizer;
  private final Mlp model;
  private final Mlp lambda;
  private final double[] thetas;
  private final float[] canonical = new float[IN];

  private CanonicalNet(NDManager manager, Variant variant, Canonicalizer canonicalizer, long seed) {
    this.manager = manager;
    this.variant = variant;
    this.canonicalizer = canonicalizer;
    this.thetas = variant.thetas();
    this.model = Mlp.create(manager, IN, HIDDEN, LAYERS, 1, true, seed);
    this.lambda =
        variant.kind() == Variant.Kind.CANONICAL_LAMBDA
            ? Mlp.create(manager, IN, LAMBDA_HIDDEN, 2, 1, false, ~seed)
            : null;
  }

  /**
   * A freshly initialised model of {@code variant}, canonicalized by the direction of {@code x1 +
   * x2} (the group core's {@link Canonicalizer#meanDirection()}).
   */
  public static CanonicalNet create(Variant variant, long seed) {
    NDManager manager = NDManager.newBaseManager();
    try {
      return new CanonicalNet(manager, variant, Canonicalizer.meanDirection(), seed);
    } catch (RuntimeException e) {
      manager.close();
      throw e;
    }
  }

  public Variant variant() {
    return variant;
  }

  NDManager manager() {
    return manager;
  }

  /** M's parameters, then λ's. */
  NDList parameters() {
    NDList all = new NDList(model.parameters());
    if (lambda != null) {
      all.addAll(lambda.parameters());
    }
    return all;
  }

  /** Trainable floats: M plus λ. */
  public long parameterCount() {
    return model.parameterCount() + (lambda == null ? 0 : lambda.parameterCount());
  }

  /** Rows M reads per input row: |Θ| (one for the plain MLP). */
  int copies() {
    return Math.max(1, thetas.length);
  }

  /**
   * The rows M sees for the {@code batch} rows of {@code x}: {@code x} itself for the plain MLP,
   * else {@code θ_t·h(x_b)⁻¹·x_b} at row {@code t·batch + b}, the group core's layout.
   */
  float[] stack(float[] x, int batch) {
    if (variant.kind() == Variant.Kind.MLP) {
      return java.util.Arrays.copyOf(x, batch * IN);
    }
    float[] rows = new float[thetas.length * batch * IN];
    for (int b = 0; b < batch; b++) {
      double h = canonicalizer.angle(x, b * IN, IN / 2);
      SO2.rotate(-h, x, b * IN, IN / 2, canonical, 0);
      for (int t = 0; t < thetas.length; t++) {
        SO2.rotate(thetas[t], canonical, 0, IN / 2, rows, (t * batch + b) * IN);
      }
    }
    return rows;
  }

  /** Predictions {@code [batch]} for {@link #stack stacked} rows, as a differentiable graph. */
  NDArray forward(NDManager scope, float[] stacked, int batch) {
    int k = copies();
    NDArray rows = scope.create(stacked, new Shape((long) k * batch, IN));
    NDArray m = model.forward(rows).reshape(k, batch);
    if (lambda == null) {
      return m.reshape(batch);
    }
    NDArray w = Activation.softPlus(lambda.forward(rows)).add(EPSILON).reshape(k, batch);
    return w.mul(m).sum(new int[] {0}).div(w.sum(new int[] {0}));
  }

  /** Predictions of the {@code n} rows of {@code x}, through the group core's operator. */
  public float[] predict(float[] x, int n) {
    float[] out = new float[n];
    BatchModel m = asBatchModel(model, false);
    if (variant.kind() == Variant.Kind.MLP) {
      m.forward(x, n, out);
      return out;
    }
    BatchModel w =
        lambda == null
            ? BatchModel.perRow(IN, 1, (in, i, o, j) -> o[j] = 1f)
            : asBatchModel(lambda, true);
    new CanonicalLambdaEquitune(
            m, w, canonicalizer, thetas, CanonicalLambdaEquitune.Output.INVARIANT)
        .apply(x, n, out);
    return out;
  }

  /** Test mean squared error on {@code data}. */
  public double meanSquaredError(Dataset data) {
    float[] p = predict(data.x(), data.size());
    double s = 0;
    for (int i = 0; i < p.length; i++) {
      double d = p[i] - data.y()[i];
      s += d * d;
    }
    return s / p.length;
  }

  private BatchModel asBatchModel(Mlp mlp, boolean positive) {
    return new BatchModel() {
      @Override
      public int inputSize() {
        return mlp.inputSize();
      }

      @Override
      public int outputSize() {
        return mlp.outputSize();
      }

      @Override
      public void forward(float[] inputs, int batchSize, float[] outputs) {
        try (NDManager scope = manager.newSubManager()) {
          NDArray in =
              scope.create(FloatBuffer.wrap(inputs, 0, batchSize * IN), new Shape(batchSize, IN));
          NDArray y = mlp.forward(in);
          if (positive) {
            y = Activation.softPlus(y).add(EPSILON);
          }
          float[] values = y.toFloatArray();
          System.arraycopy(values, 0, outputs, 0, values.length);
        }
      }
    };
  }

  @Override
  public void close() {
    manager.close();
  }
}
