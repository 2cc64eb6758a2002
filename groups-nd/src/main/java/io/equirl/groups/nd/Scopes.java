package io.equirl.groups.nd;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.function.Function;

/** Runs NDArray code in a temporary sub-manager so only its result outlives the call. */
final class Scopes {
  private Scopes() {}

  /**
   * Runs {@code body} with {@code x} temporarily attached to a new sub-manager of its own manager;
   * every array created on the way is closed afterwards, except the result, which is attached to
   * {@code x}'s manager. Autograd keeps what backward needs, so gradients still flow.
   */
  static NDArray scoped(NDArray x, Function<NDManager, NDArray> body) {
    NDManager parent = x.getManager();
    try (NDManager scope = parent.newSubManager()) {
      x.tempAttach(scope);
      NDArray result = body.apply(scope);
      result.attach(parent);
      return result;
    }
  }

  /**
   * A copy of {@code fromJava} in memory the engine owns, closing the original. Arrays made from
   * Java data may alias a direct buffer that the JVM frees once the array is closed; autograd would
   * then read freed memory in backward, after the scope closed. Use it for every constant that can
   * enter the graph (indices, signs, matrices, masks).
   */
  static NDArray owned(NDArray fromJava) {
    NDArray copy = fromJava.duplicate();
    fromJava.close();
    return copy;
  }
}
