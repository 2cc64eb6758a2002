package io.equirl.benchmarks;

import io.equirl.agents.net.QNetwork;
import io.equirl.agents.policy.LambdaNetwork;
import io.equirl.groups.BatchModel;

/**
 * Batch models that run a Q-network's DJL block on the network's device, for the gpu cases: the
 * policies' own {@code QModel} calls the pure-Java CPU forward whatever the device.
 *
 * <p>Each forward is the network's {@link QNetwork#blockForward}: inputs to the device in one
 * array, the block in a scope closed before returning, outputs back. Own no network. Not
 * thread-safe.
 */
final class DjlModels {
  private DjlModels() {}

  /** Q-values through the DJL block. */
  static BatchModel q(QNetwork network) {
    return new BatchModel() {
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
        run(network, inputs, batchSize, outputs, false);
      }
    };
  }

  /** λ of the DJL block's penultimate features, the small λ-network itself on the JVM. */
  static BatchModel lambda(QNetwork network, LambdaNetwork lambda) {
    return new BatchModel() {
      private float[] features = new float[0];

      @Override
      public int inputSize() {
        return network.observationSize();
      }

      @Override
      public int outputSize() {
        return 1;
      }

      @Override
      public void forward(float[] inputs, int batchSize, float[] outputs) {
        int n = batchSize * network.featureSize();
        if (features.length < n) {
          features = new float[n];
        }
        run(network, inputs, batchSize, features, true);
        lambda.forward(features, batchSize, outputs);
      }
    };
  }

  private static void run(
      QNetwork network, float[] inputs, int batch, float[] out, boolean featuresOnly) {
    if (featuresOnly) {
      network.blockFeatures(inputs, batch, out);
    } else {
      network.blockForward(inputs, batch, out);
    }
  }
}
