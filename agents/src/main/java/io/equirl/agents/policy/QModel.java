package io.equirl.agents.policy;

import io.equirl.agents.net.QNetwork;
import io.equirl.groups.BatchModel;

/**
 * A {@link QNetwork}'s fast CPU forward as a {@link BatchModel}, the form the group operators call:
 * observations in, one Q-value per action out. Does not own the network.
 */
public final class QModel implements BatchModel {
  private final QNetwork network;

  /** The Q-values of {@code network}. */
  public QModel(QNetwork network) {
    this.network = network;
  }

  @Override
  public int inputSize() {
    return network.observationSize();
  }

  @Override
  public int outputSize() {
    return network.numActions();
  }

  @Override
  public void forward(float[] inputs, int batchSize, float[] outputs) {
    network.forward(inputs, batchSize, outputs);
  }
}
