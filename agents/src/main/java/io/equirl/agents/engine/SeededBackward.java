package io.equirl.agents.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;

/**
 * Backpropagation from an output with a given output gradient (a "seed"): {@code ∂L/∂θ} for {@code
 * ∂L/∂y = seed}. The only direct call into PyTorch's JNI in the project.
 */
public final class SeededBackward {
  private SeededBackward() {}

  /**
   * Backpropagates {@code seed} from {@code y}. PyTorch takes the seed as the output gradient
   * directly; other engines get {@code sum(y ⊙ seed)}, whose gradient with respect to {@code y} is
   * {@code seed} exactly, at the price of three more native operations.
   */
  public static void backward(GradientCollector collector, NDArray y, NDArray seed) {
    if (y instanceof PtNDArray ptY && seed instanceof PtNDArray ptSeed) {
      JniUtils.backward(ptY, ptSeed, false, false);
    } else {
      collector.backward(y.mul(seed).sum());
    }
  }
}
