package io.equirl.agents.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;

/**
 * A fixed-size input batch that enters DJL through a direct buffer. On the CPU the first array made
 * from it aliases the buffer and is kept, so refilling the buffer is refilling the array: one
 * native call fewer per batch. On a GPU every batch is a fresh copy.
 *
 * <p>Owns the buffer; the kept array belongs to the first scope's parent manager. Not thread-safe.
 */
public final class DirectInput {
  private final ByteBuffer bytes;
  private final FloatBuffer floats;
  private NDArray persistent;

  /** An input of {@code size} floats. */
  public DirectInput(int size) {
    bytes = ByteBuffer.allocateDirect(size * Float.BYTES).order(ByteOrder.nativeOrder());
    floats = bytes.asFloatBuffer();
  }

  /** Copies the first {@code size} floats of {@code values} into the buffer. */
  public void fill(float[] values) {
    floats.clear();
    floats.put(values, 0, floats.capacity());
  }

  /**
   * The buffer as a {@code [rows, cols]} array lent to {@code scope}: the operations on it join the
   * scope and are freed with it, while the array itself outlives the scope on the CPU.
   */
  public NDArray array(NDManager scope, int rows, int cols) {
    if (persistent != null) {
      // Results of an operation join the manager of its first operand: lend the array to the
      // scope so the forward's intermediates are freed with it, not kept by the network.
      persistent.tempAttach(scope);
      return persistent;
    }
    bytes.clear();
    NDArray array = scope.create(bytes, new Shape(rows, cols), DataType.FLOAT32);
    if (!array.getDevice().isGpu()) {
      array.attach(scope.getParentManager());
      array.tempAttach(scope);
      persistent = array;
    }
    return array;
  }
}
