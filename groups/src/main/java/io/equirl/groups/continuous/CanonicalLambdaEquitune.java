package io.equirl.groups.continuous;

import io.equirl.groups.BatchModel;

/**
 * Canonical-λ-equitune (paper eqs. 5–6) for SO(2) acting on sets of points in ℝ²: λ-equitune over a
 * finite set Θ ⊂ SO(2) of angles, applied to the canonicalized input {@code x̄ = h(x)⁻¹·x}.
 *
 * <ul>
 *   <li>Equivariant form (eq. 5), outputs are points in ℝ²: {@code M(x) = h(x)·Σ_θ λ(θ·x̄)
 *       θ⁻¹·M(θ·x̄) / Σ_θ λ(θ·x̄)}.
 *   <li>Invariant form (eq. 6), any outputs: {@code M(x) = Σ_θ λ(θ·x̄) M(θ·x̄) / Σ_θ λ(θ·x̄)}.
 * </ul>
 *
 * Since {@code h(R_φ·x) = φ + h(x)}, {@code x̄} is the same for {@code x} and {@code R_φ·x}, so the
 * sum is invariant and the outer {@code h(x)·} makes eq. 5 equivariant (Theorem 1), for any M, λ
 * and Θ. M and λ are each called once per call on the |Θ|·B stacked inputs. Not thread-safe (owns
 * buffers).
 */
public final class CanonicalLambdaEquitune {
  /** Whether outputs are invariant values (eq. 6) or points in ℝ² that rotate with x (eq. 5). */
  public enum Output {
    INVARIANT,
    EQUIVARIANT
  }

  private final BatchModel model;
  private final BatchModel lambda;
  private final Canonicalizer canonicalizer;
  private final double[] thetas;
  private final Output output;
  private final int points;
  private final int outSize;
  private float[] inputs = new float[0];
  private float[] outputs = new float[0];
  private float[] weights = new float[0];
  private double[] angles = new double[0];
  private final float[] canonical;
  private final float[] row;
  private final float[] sum;

  /**
   * @param model M on {@code points} points of ℝ² (input size {@code 2·points})
   * @param lambda λ, same input, output size 1, non-negative
   * @param thetas the finite set Θ of angles in radians, at least one
   */
  public CanonicalLambdaEquitune(
      BatchModel model,
      BatchModel lambda,
      Canonicalizer canonicalizer,
      double[] thetas,
      Output output) {
    if (model == null || lambda == null || canonicalizer == null || output == null) {
      throw new IllegalArgumentException("model, λ, canonicalizer and output must not be null");
    }
    if (model.inputSize() % 2 != 0
        || lambda.inputSize() != model.inputSize()
        || lambda.outputSize() != 1) {
      throw new IllegalArgumentException(
          "M must take points in ℝ² (even input size) and λ the "
              + "same input with output size 1");
    }
    if (output == Output.EQUIVARIANT && model.outputSize() % 2 != 0) {
      throw new IllegalArgumentException(
          "equivariant outputs are points in ℝ², need an even "
              + "output size, got "
              + model.outputSize());
    }
    if (thetas == null || thetas.length == 0) {
      throw new IllegalArgumentException("Θ needs at least one angle");
    }
    this.model = model;
    this.lambda = lambda;
    this.canonicalizer = canonicalizer;
    this.thetas = thetas.clone();
    this.output = output;
    this.points = model.inputSize() / 2;
    this.outSize = model.outputSize();
    this.canonical = new float[model.inputSize()];
    this.row = new float[outSize];
    this.sum = new float[outSize];
  }

  /** Writes the operator's outputs for the {@code batchSize} rows of {@code x} into {@code out}. */
  public void apply(float[] x, int batchSize, float[] out) {
    int n = 2 * points;
    int k = thetas.length;
    int rows = k * batchSize;
    if (x.length < batchSize * n || out.length < batchSize * outSize) {
      throw new IllegalArgumentException(
          "need " + batchSize + " rows of " + n + " inputs and " + outSize + " outputs");
    }
    if (inputs.length < rows * n) {
      inputs = new float[rows * n];
      outputs = new float[rows * outSize];
      weights = new float[rows];
    }
    if (angles.length < batchSize) {
      angles = new double[batchSize];
    }
    double[] h = angles;
    for (int b = 0; b < batchSize; b++) {
      h[b] = canonicalizer.angle(x, b * n, points);
      SO2.rotate(-h[b], x, b * n, points, canonical, 0); // x̄ = h(x)⁻¹·x
      for (int t = 0; t < k; t++) {
        SO2.rotate(thetas[t], canonical, 0, points, inputs, (t * batchSize + b) * n);
      }
    }
    model.forward(inputs, rows, outputs);
    lambda.forward(inputs, rows, weights);
    for (int b = 0; b < batchSize; b++) {
      combine(b, batchSize, h[b], out);
    }
  }

  /** {@code M(x)} of a single input, in a new array. */
  public float[] apply(float[] x) {
    float[] out = new float[outSize];
    apply(x, 1, out);
    return out;
  }

  private void combine(int b, int batchSize, double h, float[] out) {
    java.util.Arrays.fill(sum, 0f);
    double total = 0;
    for (int t = 0; t < thetas.length; t++) {
      int r = t * batchSize + b;
      float w = weights[r];
      if (!(w >= 0) || Float.isInfinite(w)) {
        throw new IllegalArgumentException("λ must be finite and non-negative, got " + w);
      }
      total += w;
      if (output == Output.EQUIVARIANT) {
        SO2.rotate(-thetas[t], outputs, r * outSize, outSize / 2, row, 0); // θ⁻¹·M(θ·x̄)
      } else {
        System.arraycopy(outputs, r * outSize, row, 0, outSize);
      }
      for (int j = 0; j < outSize; j++) {
        sum[j] += w * row[j];
      }
    }
    if (total == 0) {
      throw new IllegalArgumentException("λ sums to zero over Θ for sample " + b);
    }
    for (int j = 0; j < outSize; j++) {
      sum[j] = (float) (sum[j] / total);
    }
    if (output == Output.EQUIVARIANT) {
      SO2.rotate(h, sum, 0, outSize / 2, out, b * outSize); // h(x)·(...)
    } else {
      System.arraycopy(sum, 0, out, b * outSize, outSize);
    }
  }
}
