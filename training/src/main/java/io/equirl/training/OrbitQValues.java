package io.equirl.training;

import ai.djl.ndarray.NDManager;
import io.equirl.agents.net.QNetwork;
import io.equirl.agents.policy.Policy;

/**
 * Q-values of an equivariant wrapper around a Q-network: acting through the wrapper's policy,
 * online and target values through the group core's plain-array operators; subclasses give the
 * NDArray form with gradients ({@link #trainingValues}). Owns none of the networks.
 */
public abstract class OrbitQValues implements QValues {
  /** A wrapper's Q-values on plain arrays, without gradients. */
  @FunctionalInterface
  public interface ArrayOp {
    /** Writes the Q-values of {@code batch} rows of {@code x} into {@code out}. */
    void apply(float[] x, int batch, float[] out);
  }

  private final QNetwork network;
  private final Policy policy;
  private final ArrayOp online;
  private final ArrayOp target;

  /**
   * @param network the Q-network inside the wrapper
   * @param policy the wrapper's greedy policy
   * @param online the wrapper on the trained parameters
   * @param target the wrapper on the target parameters
   */
  protected OrbitQValues(QNetwork network, Policy policy, ArrayOp online, ArrayOp target) {
    this.network = network;
    this.policy = policy;
    this.online = online;
    this.target = target;
  }

  @Override
  public int observationSize() {
    return network.observationSize();
  }

  @Override
  public int numActions() {
    return network.numActions();
  }

  @Override
  public QNetwork network() {
    return network;
  }

  @Override
  public int act(float[] observation) {
    return policy.act(observation);
  }

  @Override
  public void targetValues(float[] observations, int batch, float[] out) {
    target.apply(observations, batch, out);
  }

  @Override
  public void onlineValues(float[] observations, int batch, float[] out) {
    online.apply(observations, batch, out);
  }

  @Override
  public NDManager manager() {
    return network.manager();
  }
}
