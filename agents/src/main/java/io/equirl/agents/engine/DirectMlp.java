package io.equirl.agents.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import java.util.List;

/**
 * An MLP block's forward as direct linear and ReLU calls on its own parameter arrays: the same
 * computation as the block (so gradients reach the same parameters), without the block machinery's
 * per-layer Java overhead, which costs as much as the small matrix products themselves.
 */
public final class DirectMlp {
  private DirectMlp() {}

  /**
   * The first {@code layers} of the MLP whose parameters are {@code params} (weight then bias,
   * layer by layer), with ReLU after every layer but the network's last.
   */
  public static NDArray forward(List<Parameter> params, NDArray x, int layers) {
    int total = params.size() / 2;
    for (int l = 0; l < layers; l++) {
      NDArray w = params.get(2 * l).getArray();
      NDArray b = params.get(2 * l + 1).getArray();
      x = Linear.linear(x, w, b).singletonOrThrow();
      if (l < total - 1) {
        x = Activation.relu(x);
      }
    }
    return x;
  }
}
