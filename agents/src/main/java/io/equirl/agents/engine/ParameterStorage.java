package io.equirl.agents.engine;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.List;

/**
 * Moves a block's parameter values in and its gradients out without a native call per tensor, on
 * the CPU: each parameter's storage is made a direct buffer owned here (written from the JVM
 * afterwards), and each gradient tensor is read and zeroed through a cached view of its storage. On
 * a GPU both fall back to DJL's ordinary copies.
 *
 * <p>Relies on two behaviours of DJL's PyTorch engine that its API does not promise: an array
 * created from a direct buffer on the CPU aliases that buffer, and PyTorch accumulates into an
 * existing {@code .grad} tensor in place. {@code EngineBoundaryTest} checks a whole gradient step
 * built on them against DJL's own autograd and Adam.
 *
 * <p>The arrays belong to the block's manager; the buffers to this object. Not thread-safe.
 */
public final class ParameterStorage {
  private final Device device;
  private final NDManager manager;
  private final List<Parameter> params;
  private final ByteBuffer[] hosts;
  private final NDArray[] aliased;
  private final NDArray[] gradHandles; // the handles behind gradViews, owned by the manager
  private final FloatBuffer[] gradViews;
  private final int[] sizes;
  private float[] zeros = new float[0];
  private long gradientReads;

  /** Storage for {@code params}, whose arrays live in {@code manager} on {@code device}. */
  public ParameterStorage(Device device, NDManager manager, List<Parameter> params) {
    this.device = device;
    this.manager = manager;
    this.params = params;
    int n = params.size();
    this.hosts = new ByteBuffer[n];
    this.aliased = new NDArray[n];
    this.gradHandles = new NDArray[n];
    this.gradViews = new FloatBuffer[n];
    this.sizes = new int[n];
    for (int i = 0; i < n; i++) {
      sizes[i] = Math.toIntExact(params.get(i).getArray().size());
      hosts[i] = ByteBuffer.allocateDirect(sizes[i] * Float.BYTES).order(ByteOrder.nativeOrder());
    }
  }

  /** The number of scalars in parameter {@code i}. */
  public int size(int i) {
    return sizes[i];
  }

  /** Writes {@code values} (flat, row-major, one array per parameter) into the block. */
  public void write(float[][] values) {
    for (int i = 0; i < values.length; i++) {
      hosts[i].asFloatBuffer().put(values[i]);
      NDArray array = params.get(i).getArray();
      // On the CPU the first set() makes the tensor's storage this direct buffer; afterwards
      // writing the buffer is writing the tensor. A GPU tensor copies from it every time.
      if (aliased[i] != array) {
        array.set(hosts[i]);
        aliased[i] = device.isGpu() ? null : array;
      }
    }
  }

  /**
   * Forgets the cached gradient views, after the block's arrays were replaced (a load): the next
   * read takes fresh handles.
   */
  public void forgetGradients() {
    for (int i = 0; i < gradViews.length; i++) {
      gradViews[i] = null;
      gradHandles[i] = null;
    }
    gradientReads = 0;
  }

  /**
   * Reads the gradient accumulated in each parameter into {@code out} and zeroes it, ready for the
   * next backward pass. Call it after a backward pass; on the CPU it reads the gradient storage
   * directly from the second call on.
   */
  public void takeGradients(float[][] out) {
    // The first call reads fresh handles: before any backward pass DJL would hand back a
    // stand-in array of zeros rather than the gradient tensor, which must not be cached.
    boolean cache = gradientReads++ > 0;
    for (int i = 0; i < params.size(); i++) {
      FloatBuffer view = cache ? gradientView(i) : null;
      if (view == null) {
        takeGradientCopy(i, out[i]);
        continue;
      }
      view.get(0, out[i], 0, sizes[i]);
      view.put(0, zeros, 0, sizes[i]);
    }
  }

  /**
   * A view of parameter {@code i}'s gradient storage, cached once the gradient exists (CPU only).
   * PyTorch accumulates into an existing {@code .grad} in place, and we zero it in place, so the
   * storage stays the same tensor from one backward pass to the next.
   */
  private FloatBuffer gradientView(int i) {
    if (device.isGpu()) {
      return null;
    }
    if (gradViews[i] == null) {
      NDArray weight = params.get(i).getArray();
      if (!weight.hasGradient()) {
        return null;
      }
      NDArray grad = weight.getGradient();
      grad.attach(manager);
      gradHandles[i] = grad;
      gradViews[i] = grad.toByteBuffer(true).asFloatBuffer();
      if (zeros.length < sizes[i]) {
        zeros = new float[sizes[i]];
      }
    }
    return gradViews[i];
  }

  private void takeGradientCopy(int i, float[] out) {
    try (NDManager scope = manager.newSubManager()) {
      NDArray grad = params.get(i).getArray().getGradient();
      grad.attach(scope);
      grad.toByteBuffer(true).asFloatBuffer().get(out, 0, sizes[i]);
      grad.muli(0f);
    }
  }
}
