package io.equirl.agents.policy;

import io.equirl.agents.net.QNetwork;
import io.equirl.groups.BatchModel;

/**
 * λ on observations: the {@link LambdaNetwork} applied to the frozen Q-network's penultimate
 * features, {@code λ(s) = λ_net(features(s))}, as a {@link BatchModel} with one output. Owns a
 * feature buffer that grows with the batch; owns neither network. Not thread-safe.
 */
public final class LambdaModel implements BatchModel {
  private final QNetwork q;
  private final LambdaNetwork lambda;
  private float[] features = new float[0];

  /**
   * @throws IllegalArgumentException when λ's input size is not the Q-network's feature size
   */
  public LambdaModel(QNetwork q, LambdaNetwork lambda) {
    if (lambda.featureSize() != q.featureSize()) {
      throw new IllegalArgumentException(
          "λ-network reads "
              + lambda.featureSize()
              + " features but the Q-network has "
              + q.featureSize());
    }
    this.q = q;
    this.lambda = lambda;
  }

  @Override
  public int inputSize() {
    return q.observationSize();
  }

  @Override
  public int outputSize() {
    return 1;
  }

  @Override
  public void forward(float[] inputs, int batchSize, float[] outputs) {
    int n = batchSize * q.featureSize();
    if (features.length < n) {
      features = new float[n];
    }
    q.features(inputs, batchSize, features);
    lambda.forward(features, batchSize, outputs);
  }
}
