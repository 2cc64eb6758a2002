package io.equirl.benchmarks;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.equirl.agents.net.QNetwork;
import io.equirl.agents.policy.LambdaNetwork;
import io.equirl.groups.BatchModel;

/**
 * Batch models that run a Q-network's DJL block on the network's device, for the gpu cases: the
 * policies' own {@code QModel} calls the pure-Java CPU forward whatever the device.
 *
 * <p>Each forward copies the inputs to the device in one array, runs the block in a scope that is
 * closed before returning, and copies the outputs back. Own no network. Not thread-safe.
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

  private static void run(QNetwork network, float[] inputs, int batch, float[] out,
      boolean featuresOnly) {
    int size = network.observationSize();
    float[] rows = inputs.length == batch * size ? inputs : java.util.Arrays.copyOf(inputs,
        batch * size);
    try (NDManager scope = network.manager().newSubManager()) {
      NDArray x = scope.create(rows, new Shape(batch, size));
      NDArray y = featuresOnly ? network.features(x, false) : network.forward(x, false);
      float[] values = y.toFloatArray();
      System.arraycopy(values, 0, out, 0, values.length);
    }
  }
}
