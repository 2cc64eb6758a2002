package io.equirl.groups.nd;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.util.function.Function;

/** Adapters from DJL blocks to the model functions that {@link NdOperators} take. */
public final class NdModels {
  private NdModels() {}

  /**
   * {@code x ↦ block.forward(x)} with one input and one output; {@code training} selects training
   * mode (dropout, batch norm). The block's parameters stay owned by the block.
   */
  public static Function<NDArray, NDArray> of(
      Block block, ParameterStore parameters, boolean training) {
    return x -> block.forward(parameters, new NDList(x), training).singletonOrThrow();
  }
}
