package io.equirl.canonical;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import java.util.SplittableRandom;

/**
 * A ReLU MLP as DJL arrays: {@code layers} dense layers, {@code in → hidden → … → hidden → out}.
 * With {@code residual}, every hidden-to-hidden layer adds its input back ({@code h ← h + relu(W h
 * + b)}), the paper's "MLP with residual connections" for Table 13. Weights start as PyTorch's
 * {@code nn.Linear} (uniform in ±1/√fan_in) from a seed.
 *
 * <p>The arrays belong to the manager given at creation and require gradients; an optimiser updates
 * them in place through {@link #parameters()}.
 */
public final class Mlp {
  private final NDList parameters = new NDList();
  private final boolean residual;
  private final int inputSize;
  private final int outputSize;

  private Mlp(int inputSize, int outputSize, boolean residual) {
    this.inputSize = inputSize;
    this.outputSize = outputSize;
    this.residual = residual;
  }

  /**
   * An MLP with the given layer count, initialised as PyTorch's {@code nn.Linear} from the seed.
   *
   * @param layers dense layers, at least 2 (input and output layer)
   * @param seed the initialisation seed
   */
  public static Mlp create(
      NDManager manager,
      int inputSize,
      int hidden,
      int layers,
      int outputSize,
      boolean residual,
      long seed) {
    if (layers < 2 || hidden < 1 || inputSize < 1 || outputSize < 1) {
      throw new IllegalArgumentException(
          "an MLP needs at least 2 layers and positive sizes, got "
              + layers
              + " layers of width "
              + hidden);
    }
    Mlp mlp = new Mlp(inputSize, outputSize, residual);
    SplittableRandom rng = new SplittableRandom(seed);
    for (int l = 0; l < layers; l++) {
      int in = l == 0 ? inputSize : hidden;
      int out = l == layers - 1 ? outputSize : hidden;
      double bound = 1 / Math.sqrt(in);
      mlp.parameters.add(uniform(manager, rng, bound, new Shape(in, out)));
      mlp.parameters.add(uniform(manager, rng, bound, new Shape(out)));
    }
    return mlp;
  }

  private static NDArray uniform(
      NDManager manager, SplittableRandom rng, double bound, Shape shape) {
    float[] values = new float[(int) shape.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = (float) ((2 * rng.nextDouble() - 1) * bound);
    }
    NDArray array = manager.create(values, shape);
    array.setRequiresGradient(true);
    return array;
  }

  /** The outputs {@code [rows, outputSize]} of inputs {@code [rows, inputSize]}. */
  public NDArray forward(NDArray x) {
    int layers = parameters.size() / 2;
    NDArray h = x;
    for (int l = 0; l < layers; l++) {
      NDArray z = h.matMul(parameters.get(2 * l)).add(parameters.get(2 * l + 1));
      if (l == layers - 1) {
        return z;
      }
      NDArray a = Activation.relu(z);
      h = residual && l > 0 ? h.add(a) : a;
    }
    throw new AssertionError("unreachable: an MLP has at least two layers");
  }

  /** Weight then bias of each layer, in order; updated in place by the optimiser. */
  public NDList parameters() {
    return parameters;
  }

  /** The number of trainable floats. */
  public long parameterCount() {
    long n = 0;
    for (NDArray p : parameters) {
      n += p.size();
    }
    return n;
  }

  public int inputSize() {
    return inputSize;
  }

  public int outputSize() {
    return outputSize;
  }
}
