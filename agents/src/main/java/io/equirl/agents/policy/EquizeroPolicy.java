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
 * <p>{@code g*} is found by {@link Equizero} with the proxy loss {@link #negativeMaxSoftmax()},
 * so ties between group elements are broken as the group core breaks them (the first element in
 * the group's order). One model call on the |G| stacked transforms per decision; allocation-free
 * after the first call.
 */
public final class EquizeroPolicy extends AbstractPolicy {
  private final Equizero equizero;
  private final PermutationAction actions;
  private final float[] values;
  private final float[] raw;

  /** Equizero of {@code q} under the env's {@code symmetry}. */
  public EquizeroPolicy(BatchModel q, EnvSymmetry symmetry) {
    this.equizero = new Equizero(q, symmetry.observations(), symmetry.actions(),
        negativeMaxSoftmax());
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

  /**
   * The proxy loss {@code l(Q) = −max_a softmax(Q)_a}: equizero picks the transform under which
   * the network is most confident of one action (appendix C.1). Computed stably as
   * {@code −1 / Σ_a exp(Q_a − max Q)}.
   */
  public static ProxyLoss negativeMaxSoftmax() {
    return (outputs, offset, length) -> {
      float max = Float.NEGATIVE_INFINITY;
      for (int i = 0; i < length; i++) {
        max = Math.max(max, outputs[offset + i]);
      }
      double sum = 0;
      for (int i = 0; i < length; i++) {
        sum += Math.exp(outputs[offset + i] - max);
      }
      return -1.0 / sum;
    };
  }

  @Override
  public PolicyKind kind() {
    return PolicyKind.EQUIZERO;
  }
}
