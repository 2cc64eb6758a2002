package io.equirl.agents.policy;

import io.equirl.envs.EnvSymmetry;
import io.equirl.groups.BatchModel;
import io.equirl.groups.Equizero;
import io.equirl.groups.GroupElement;
import io.equirl.groups.PermutationAction;
import io.equirl.groups.ProxyLoss;

/**
 * Equizero for Q-networks (paper eq. 2 and appendix C.1): {@code g* = argmax_g max_a
 * softmax(Q(g·s))_a}, then the action {@code g*⁻¹·argmax_a Q(g*·s, a)}.
 *
 * <p>{@code g*} is found by {@link Equizero} with the proxy loss {@link
 * ProxyLoss#negativeMaxSoftmax()}, so ties between group elements are broken as the group core
 * breaks them (the first element in the group's order). One model call on the |G| stacked
 * transforms per decision; allocation-free after the first call.
 */
public final class EquizeroPolicy extends AbstractPolicy {
  private final Equizero equizero;
  private final PermutationAction actions;
  private final float[] values;
  private final float[] raw;

  /** Equizero of {@code q} under the env's {@code symmetry}. */
  public EquizeroPolicy(BatchModel q, EnvSymmetry symmetry) {
    this.equizero =
        new Equizero(
            q, symmetry.observations(), symmetry.actions(), ProxyLoss.negativeMaxSoftmax());
    this.actions = symmetry.actions();
    this.values = new float[q.outputSize()];
    this.raw = new float[q.outputSize()];
  }

  @Override
  public int act(float[] observation) {
    equizero.apply(observation, 1, values);
    GroupElement best = equizero.best(0);
    equizero.modelOutputAtBest(0, raw, 0);
    return actions.apply(best.inverse(), Argmax.of(raw, 0, raw.length));
  }

  /** {@code g*} of the last decision. */
  public GroupElement lastBest() {
    return equizero.best(0);
  }

  @Override
  public PolicyKind kind() {
    return PolicyKind.EQUIZERO;
  }
}
