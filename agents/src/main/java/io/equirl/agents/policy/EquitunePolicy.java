package io.equirl.agents.policy;

import io.equirl.envs.EnvSymmetry;
import io.equirl.groups.BatchModel;
import io.equirl.groups.Equitune;

/**
 * {@code argmax_a} of the equituned Q-values {@code 1/|G| Σ_g g⁻¹·Q(g·s)} (paper eq. 1), through
 * {@link Equitune}: one model call on the |G| stacked transforms per decision; allocation-free
 * after the first call.
 */
public final class EquitunePolicy extends AbstractPolicy {
  private final Equitune equitune;
  private final float[] values;

  /** Equitune of {@code q} under the env's {@code symmetry}. */
  public EquitunePolicy(BatchModel q, EnvSymmetry symmetry) {
    this.equitune = new Equitune(q, symmetry.observations(), symmetry.actions());
    this.values = new float[q.outputSize()];
  }

  @Override
  public int act(float[] observation) {
    equitune.apply(observation, 1, values);
    return Argmax.of(values, 0, values.length);
  }

  @Override
  public PolicyKind kind() {
    return PolicyKind.EQUITUNE;
  }
}
