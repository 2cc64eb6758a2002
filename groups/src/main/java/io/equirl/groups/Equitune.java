package io.equirl.groups;

/**
 * Equitune (paper eq. 1): {@code M_G(x) = 1/|G| Σ_g g⁻¹·M(g·x)}, equivariant for any model M.
 *
 * <p>One call runs the model once on all |G|·B transformed inputs. An instance owns its workspace
 * and allocates nothing after the first call of a given batch size; it is not thread-safe.
 *
 * <pre>{@code
 * Equitune op = new Equitune(qNetwork, observationAction, actionPermutation);
 * op.apply(observation, 1, qValues);
 * }</pre>
 */
public final class Equitune {
  private final OrbitBatch orbit;
  private final float[] row;

  /** Equitune of {@code model}, with {@code in} acting on inputs and {@code out} on outputs. */
  public Equitune(BatchModel model, ArrayAction in, ArrayAction out) {
    this.orbit = new OrbitBatch(model, in, out);
    this.row = new float[out.size()];
  }

  /** Writes {@code M_G(x_b)} for the {@code batchSize} rows of {@code x} into {@code out}. */
  public void apply(float[] x, int batchSize, float[] out) {
    orbit.run(x, batchSize);
    orbit.checkOutput(out, batchSize);
    int m = orbit.outSize;
    float scale = 1f / orbit.order; // the normalisation 1/|G| of eq. 1
    java.util.Arrays.fill(out, 0, batchSize * m, 0f);
    for (int b = 0; b < batchSize; b++) {
      for (int g = 0; g < orbit.order; g++) {
        orbit.untransform(g, b, row, 0);
        for (int j = 0; j < m; j++) {
          out[b * m + j] += scale * row[j];
        }
      }
    }
  }

  /** {@code M_G(x)} of a single input, in a new array. */
  public float[] apply(float[] x) {
    float[] out = new float[orbit.outSize];
    apply(x, 1, out);
    return out;
  }

  /** The acting group. */
  public FiniteGroup group() {
    return orbit.group;
  }
}
