package io.equirl.vision.equi;

import ai.djl.engine.Engine;
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
import ai.djl.util.Pair;

/**
 * λ of λ-equitune (paper §5.2.2, D.4): two layers with 100 hidden units on the frozen network's
 * features, giving one positive weight per transformed input. The weight is {@code exp} of the
 * output (clipped against overflow), so eq. 4's normalisation is a softmax over the group.
 */
public final class LambdaNet implements AutoCloseable {
  /** Hidden units, as the paper. */
  public static final int HIDDEN = 100;

  private static final float CLIP = 30f;

  private final NDManager manager;
  private final SequentialBlock block;
  private final ParameterStore store;

  /** A fresh λ on {@code featureSize} features; the same seed gives the same weights. */
  public LambdaNet(int featureSize, long seed) {
    Engine.getInstance().setRandomSeed((int) seed);
    manager = NDManager.newBaseManager();
    block =
        new SequentialBlock()
            .add(Linear.builder().setUnits(HIDDEN).build())
            .add(Activation::relu)
            .add(Linear.builder().setUnits(1).build());
    block.initialize(manager, DataType.FLOAT32, new Shape(1, featureSize));
    store = new ParameterStore(manager, false);
  }

  /** Weights {@code [N]} of features {@code [N, featureSize]}. */
  public NDArray weights(NDArray features) {
    NDArray z = block.forward(store, new NDList(features), false).singletonOrThrow();
    return z.reshape(-1).clip(-CLIP, CLIP).exp();
  }

  /** Its parameters, for training. */
  public Iterable<Pair<String, Parameter>> parameters() {
    return block.getParameters();
  }

  @Override
  public void close() {
    manager.close();
  }
}
