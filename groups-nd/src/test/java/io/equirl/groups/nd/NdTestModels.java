package io.equirl.groups.nd;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.function.Function;

/** The float-path test MLP's weights as NDArrays, so both paths compute the same network. */
final class NdTestModels {
  private NdTestModels() {}

  /** {@code tanh(x W1ᵀ + b1) W2ᵀ + b2} on rows of {@code x} flattened to {@code [N, in]}. */
  static final class Mlp implements Function<NDArray, NDArray> {
    final NDArray w1;
    final NDArray b1;
    final NDArray w2;
    final NDArray b2;
    int calls;
    long lastRows;

    Mlp(
        NDManager manager,
        float[] w1,
        float[] b1,
        float[] w2,
        float[] b2,
        int in,
        int hidden,
        int out) {
      this.w1 = manager.create(w1, new Shape(hidden, in));
      this.b1 = manager.create(b1, new Shape(hidden));
      this.w2 = manager.create(w2, new Shape(out, hidden));
      this.b2 = manager.create(b2, new Shape(out));
    }

    void attachGradients() {
      w1.setRequiresGradient(true);
      b1.setRequiresGradient(true);
      w2.setRequiresGradient(true);
      b2.setRequiresGradient(true);
    }

    @Override
    public NDArray apply(NDArray x) {
      calls++;
      lastRows = x.getShape().get(0);
      NDArray rows = x.reshape(x.getShape().get(0), -1);
      return rows.matMul(w1.transpose()).add(b1).tanh().matMul(w2.transpose()).add(b2);
    }
  }
}
