package io.equirl.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import io.equirl.agents.net.QNetwork;

/**
 * Half of a {@link QHead}: the Q-values a configuration of the loop acts on and learns, online and
 * target. Plain DQN's are the network's ({@link NetworkQValues}); finetuning's and λ training's are
 * an equivariant wrapper's ({@link OrbitQValues}).
 */
public interface QValues {

  /** Floats per observation. */
  int observationSize();

  /** Q-values per observation. */
  int numActions();

  /** The Q-network read: trained by DQN and finetuning, frozen by λ training. */
  QNetwork network();

  /** The greedy action of the policy being trained (the loop adds exploration). */
  int act(float[] observation);

  /** Target Q-values of {@code batch} observations, without gradients. */
  void targetValues(float[] observations, int batch, float[] out);

  /** Online Q-values of {@code batch} observations, without gradients (double DQN's choice). */
  void onlineValues(float[] observations, int batch, float[] out);

  /** The manager whose sub-managers scope a gradient step's temporaries. */
  NDManager manager();

  /** Online Q-values {@code [B, actions]} with gradients to the trained parameters. */
  NDArray trainingValues(NDArray observations);
}
