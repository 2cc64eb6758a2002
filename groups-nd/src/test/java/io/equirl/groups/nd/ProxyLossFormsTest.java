package io.equirl.groups.nd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.equirl.groups.ProxyLoss;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Each proxy loss has one float-array form ({@link ProxyLoss}) and one NDArray form ({@link
 * NdOperators}); they give the same loss for every row, so equizero picks the same {@code g*}
 * whichever path runs it.
 */
class ProxyLossFormsTest {
  private static final int ROWS = 16;
  private static final int WIDTH = 5;

  private static void sameLosses(ProxyLoss plain, Function<NDArray, NDArray> nd) {
    Random random = new Random(21);
    float[] outputs = new float[ROWS * WIDTH];
    for (int i = 0; i < outputs.length; i++) {
      outputs[i] = (float) (4 * random.nextGaussian());
    }
    try (NDManager manager = NDManager.newBaseManager()) {
      float[] losses = nd.apply(manager.create(outputs, new Shape(ROWS, WIDTH))).toFloatArray();
      for (int r = 0; r < ROWS; r++) {
        assertEquals(plain.loss(outputs, r * WIDTH, WIDTH), losses[r], 1e-6, "row " + r);
      }
    }
  }

  @Test
  void negativeMaxAgrees() {
    sameLosses(ProxyLoss.negativeMax(), NdOperators.negativeMax());
  }

  @Test
  void negativeMaxSoftmaxAgrees() {
    sameLosses(ProxyLoss.negativeMaxSoftmax(), NdOperators.negativeMaxSoftmax());
  }
}
