package io.equirl.agents.policy;

import io.equirl.groups.BatchModel;

/**
 * {@code argmax_a Q(s, a)}: the pretrained network's own policy, not equivariant in general. One
 * model call of one row per decision; allocation-free.
 */
public final class GreedyPolicy extends AbstractPolicy {
  private final BatchModel q;
  private final float[] values;

  /** The greedy policy of {@code q} (one Q-value per action). */
  public GreedyPolicy(BatchModel q) {
    this.q = q;
    this.values = new float[q.outputSize()];
  }

  @Override
  public int act(float[] observation) {
    q.forward(observation, 1, values);
    return Argmax.of(values, 0, values.length);
  }

  @Override
  public PolicyKind kind() {
    return PolicyKind.GREEDY;
  }
}
