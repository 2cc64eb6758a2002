package io.equirl.groups;

/**
 * Equizero (paper eq. 2): {@code M_G⁰(x) = g*⁻¹·M(g*·x)} with {@code g* = argmin_g l(M(g·x))}.
 *
 * <p>Ties are broken deterministically: lowest loss, then the first element in the group's element
 * order. The result is equivariant wherever the argmin is unique. After a call, {@link #best(int)}
 * gives {@code g*} of each sample and {@link #modelOutputAtBest} the raw {@code M(g*·x)}.
 *
 * <p>One call runs the model once on all |G|·B transformed inputs; an instance owns its workspace
 * and allocates nothing after the first call of a given batch size. Not thread-safe.
 */
public final class Equizero {
  private final OrbitBatch orbit;
  private final ProxyLoss loss;
  private int[] best = new int[0];
  private double[] bestLoss = new double[0];
  private final double[] losses;

  /** Equizero of {@code model} under proxy loss {@code loss}. */
  public Equizero(BatchModel model, ArrayAction in, ArrayAction out, ProxyLoss loss) {
    if (loss == null) {
      throw new IllegalArgumentException("proxy loss must not be null");
    }
    this.orbit = new OrbitBatch(model, in, out);
    this.loss = loss;
    this.losses = new double[orbit.order];
  }

  /** Writes {@code M_G⁰(x_b)} for the {@code batchSize} rows of {@code x} into {@code out}. */
  public void apply(float[] x, int batchSize, float[] out) {
    orbit.run(x, batchSize);
    orbit.checkOutput(out, batchSize);
    if (best.length < batchSize) {
      best = new int[batchSize];
      bestLoss = new double[batchSize];
    }
    int m = orbit.outSize;
    for (int b = 0; b < batchSize; b++) {
      for (int g = 0; g < orbit.order; g++) {
        losses[g] = loss.loss(orbit.outputs, orbit.row(g, b) * m, m);
      }
      int argmin = OrbitChecks.argmin(orbit.group, b, losses, 0, 1);
      double min = losses[argmin];
      best[b] = argmin;
      bestLoss[b] = min;
      orbit.untransform(argmin, b, out, b * m);
    }
  }

  /** {@code M_G⁰(x)} of a single input, in a new array. */
  public float[] apply(float[] x) {
    float[] out = new float[orbit.outSize];
    apply(x, 1, out);
    return out;
  }

  /** {@code g*} of sample {@code b} in the last call. */
  public GroupElement best(int b) {
    orbit.checkSample(b);
    return orbit.group.element(best[b]);
  }

  /** The proxy loss {@code l(M(g*·x_b))} of the last call. */
  public double bestLoss(int b) {
    orbit.checkSample(b);
    return bestLoss[b];
  }

  /** Copies the raw model output {@code M(g*·x_b)} of the last call into {@code dst[offset..)}. */
  public void modelOutputAtBest(int b, float[] dst, int offset) {
    orbit.checkSample(b);
    System.arraycopy(
        orbit.outputs, orbit.row(best[b], b) * orbit.outSize, dst, offset, orbit.outSize);
  }

  /** The acting group. */
  public FiniteGroup group() {
    return orbit.group;
  }
}
