package io.equirl.groups;

/**
 * λ-equitune (paper eq. 4): {@code M_G^λ(x) = Σ_g λ(g·x) g⁻¹·M(g·x) / Σ_g λ(g·x)} for a
 * non-negative weight model λ. Equivariant for any M and λ (paper Theorem 2).
 *
 * <p>λ is a {@link BatchModel} with output size 1, evaluated on the same stacked batch of |G|·B
 * transformed inputs in one call; M is likewise called once. A negative or non-finite λ, or a sum
 * of zero over a sample's orbit, is an {@link IllegalArgumentException}, never a NaN. An instance
 * owns its workspace and allocates nothing after the first call of a given batch size. Not
 * thread-safe.
 */
public final class LambdaEquitune {
  private final OrbitBatch orbit;
  private final BatchModel lambda;
  private final float[] row;
  private float[] weights = new float[0];

  /** λ-equitune of {@code model} weighted by {@code lambda} (input size as M, output size 1). */
  public LambdaEquitune(BatchModel model, BatchModel lambda, ArrayAction in, ArrayAction out) {
    this.orbit = new OrbitBatch(model, in, out);
    if (lambda == null || lambda.inputSize() != in.size() || lambda.outputSize() != 1) {
      throw new IllegalArgumentException(
          "λ must be a model with input size "
              + in.size()
              + " and output size 1"
              + (lambda == null
                  ? ""
                  : ", got " + lambda.inputSize() + " → " + lambda.outputSize()));
    }
    this.lambda = lambda;
    this.row = new float[out.size()];
  }

  /** Writes {@code M_G^λ(x_b)} for the {@code batchSize} rows of {@code x} into {@code out}. */
  public void apply(float[] x, int batchSize, float[] out) {
    orbit.run(x, batchSize);
    orbit.checkOutput(out, batchSize);
    int rows = orbit.order * batchSize;
    if (weights.length < rows) {
      weights = new float[rows];
    }
    lambda.forward(orbit.inputs, rows, weights);
    int m = orbit.outSize;
    for (int b = 0; b < batchSize; b++) {
      double sum = OrbitChecks.lambdaSum(orbit.group, weights, batchSize, b);
      java.util.Arrays.fill(out, b * m, (b + 1) * m, 0f);
      for (int g = 0; g < orbit.order; g++) {
        float w = (float) (weights[orbit.row(g, b)] / sum); // normalisation of eq. 4
        orbit.untransform(g, b, row, 0);
        for (int j = 0; j < m; j++) {
          out[b * m + j] += w * row[j];
        }
      }
    }
  }

  /** {@code M_G^λ(x)} of a single input, in a new array. */
  public float[] apply(float[] x) {
    float[] out = new float[orbit.outSize];
    apply(x, 1, out);
    return out;
  }

  /** λ(g·x_b) from the last call. */
  public float lambdaAt(GroupElement g, int b) {
    orbit.checkSample(b);
    if (!orbit.group.contains(g)) {
      throw new IllegalArgumentException("element " + g + " is not of group " + orbit.group.name());
    }
    return weights[orbit.row(g.index(), b)];
  }

  /** The acting group. */
  public FiniteGroup group() {
    return orbit.group;
  }
}
