package io.equirl.training.lambda;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import io.equirl.agents.policy.LambdaNetwork;
import java.util.ArrayList;
import java.util.List;

/**
 * The DJL twin of a {@link LambdaNetwork}, for gradients: {@code Linear(hidden) → ReLU → Linear(1)
 * → softplus + ε}, parameters in the same layout. The Java network stays the source of truth for
 * acting; {@link #push} copies its values in, {@link #takeGradients} reads the gradients out and
 * zeroes them. Owns its manager; not thread-safe.
 */
final class LambdaBlock implements AutoCloseable {
  private final NDManager manager;
  private final SequentialBlock block;
  private final ParameterStore store;
  private final List<Parameter> params;

  LambdaBlock(LambdaNetwork net) {
    this.manager = NDManager.newBaseManager();
    this.block =
        new SequentialBlock()
            .add(Linear.builder().setUnits(net.hidden()).build())
            .add(Activation::relu)
            .add(Linear.builder().setUnits(1).build())
            .add(
                x ->
                    new NDList(
                        Activation.softPlus(x.singletonOrThrow()).add(LambdaNetwork.EPSILON)));
    block.initialize(manager, DataType.FLOAT32, new Shape(1, net.featureSize()));
    this.store = new ParameterStore(manager, false);
    this.params = new ArrayList<>(block.getParameters().values());
    push(net);
  }

  /** λ of features {@code [N, F]}, shape {@code [N, 1]}, with gradients to λ's parameters. */
  NDArray forward(NDArray features) {
    return block.forward(store, new NDList(features), true).singletonOrThrow();
  }

  /** Copies the Java network's parameters into the block. */
  void push(LambdaNetwork net) {
    float[][] values = net.parameters();
    for (int i = 0; i < params.size(); i++) {
      params.get(i).getArray().set(values[i]);
    }
  }

  /** Reads each parameter's gradient into {@code out} and zeroes it. */
  void takeGradients(float[][] out) {
    for (int i = 0; i < params.size(); i++) {
      NDArray grad = params.get(i).getArray().getGradient();
      float[] g = grad.toFloatArray();
      System.arraycopy(g, 0, out[i], 0, out[i].length);
      grad.muli(0f);
      grad.close();
    }
  }

  @Override
  public void close() {
    manager.close();
  }
}
