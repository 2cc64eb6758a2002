package io.equirl.agents.policy;

import io.equirl.envs.EnvSymmetry;
import io.equirl.groups.BatchModel;
import io.equirl.groups.LambdaEquitune;

/**
 * {@code argmax_a} of the λ-equituned Q-values {@code Σ_g λ(g·s) g⁻¹·Q(g·s) / Σ_g λ(g·s)} (paper
 * eq. 4), through {@link LambdaEquitune}: per decision one Q-network call and one λ call, each on
 * the |G| stacked transforms; allocation-free after the first call.
 */
public final class LambdaEquitunePolicy extends AbstractPolicy {
  private final LambdaEquitune lambdaEquitune;
  private final float[] values;

  /**
   * λ-equitune of {@code q} weighted by {@code lambda} (an observation → one non-negative weight
   * model, e.g. {@link LambdaModel}) under the env's {@code symmetry}.
   */
  public LambdaEquitunePolicy(BatchModel q, BatchModel lambda, EnvSymmetry symmetry) {
    this.lambdaEquitune =
        new LambdaEquitune(q, lambda, symmetry.observations(), symmetry.actions());
    this.values = new float[q.outputSize()];
  }

  @Override
  public int act(float[] observation) {
    lambdaEquitune.apply(observation, 1, values);
    return Argmax.of(values, 0, values.length);
  }

  /** The λ-equituned Q-values of {@code batch} observations into {@code out}. */
  public void qValues(float[] observations, int batch, float[] out) {
    lambdaEquitune.apply(observations, batch, out);
  }

  @Override
  public PolicyKind kind() {
    return PolicyKind.LAMBDA;
  }
}
