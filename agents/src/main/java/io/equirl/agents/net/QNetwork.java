package io.equirl.agents.net;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import io.equirl.agents.engine.DirectMlp;
import io.equirl.agents.engine.MlpMirror;
import io.equirl.agents.engine.ParameterStorage;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Q-network: a DJL block ({@link #block()}, the source of truth for training and saving) that
 * maps a flat observation to one Q-value per action, with its penultimate features exposed for the
 * λ-network.
 *
 * <p><b>Two forwards.</b> {@link #forward(NDArray, boolean)} runs the DJL block (autograd, any
 * device). {@link #forward(float[], int, float[])} answers acting queries on the CPU: for an MLP it
 * runs a pure-Java mirror of the weights (no native call, no allocation), refreshed lazily after
 * {@link #setParameters}; for a CNN it runs the block.
 *
 * <p><b>Parameters.</b> Initialised from a seed as PyTorch initialises {@code nn.Linear} and {@code
 * nn.Conv2d} (uniform in ±1/√fan_in), so the same seed gives the same network on any engine state.
 * Values go in and gradients come out through the engine boundary's {@link ParameterStorage},
 * without a native call per tensor on the CPU.
 *
 * <p><b>Ownership.</b> This object owns its {@link NDManager} and every native array of the
 * network; {@link #close()} frees them. Not thread-safe (the acting path has scratch buffers).
 */
public final class QNetwork implements AutoCloseable {
  private final QNetworkSpec spec;
  private final Device device;
  private final NDManager manager;
  private final SequentialBlock body;
  private final Block head;
  private final SequentialBlock block;
  private final ParameterStore store;
  private final List<Parameter> params;
  private final float[][] values;
  private final ParameterStorage storage;
  private final MlpMirror mirror;
  private boolean mirrorStale = true;
  private ByteBuffer inputBuffer = ByteBuffer.allocateDirect(0);

  private QNetwork(QNetworkSpec spec, Device device) {
    this.spec = spec;
    this.device = device;
    this.manager = NDManager.newBaseManager(device);
    this.body = Blocks.body(spec);
    this.head = Blocks.head(spec);
    this.block = new SequentialBlock().add(body).add(head);
    block.initialize(manager, DataType.FLOAT32, new Shape(1, spec.observationSize()));
    this.store = new ParameterStore(manager, false);
    this.params = new ArrayList<>(block.getParameters().values());
    this.values = new float[params.size()][];
    this.storage = new ParameterStorage(device, manager, params);
    for (int i = 0; i < params.size(); i++) {
      values[i] = new float[storage.size(i)];
    }
    this.mirror =
        spec.architecture() == Architecture.MLP
            ? new MlpMirror(spec.observationSize(), spec.netArch(), spec.numActions())
            : null;
  }

  /**
   * A network with PyTorch's default initialisation drawn from {@code seed}.
   *
   * @param device where the DJL block lives ({@code Device.cpu()} or a GPU)
   */
  public static QNetwork create(QNetworkSpec spec, long seed, Device device) {
    QNetwork net = new QNetwork(spec, device);
    net.setParameters(TorchInit.values(net.params, new SplitMix64(seed)));
    return net;
  }

  /** A network with the parameters saved by {@link #save(Path)}. */
  public static QNetwork load(QNetworkSpec spec, Path file, Device device) throws IOException {
    QNetwork net = new QNetwork(spec, device);
    try {
      net.loadParameters(file);
    } catch (IOException | RuntimeException e) {
      net.close();
      throw e;
    }
    return net;
  }

  /** The network's shape. */
  public QNetworkSpec spec() {
    return spec;
  }

  /** Where the DJL block lives. */
  public Device device() {
    return device;
  }

  /** The whole DJL block (body then head); its parameters are owned by this network. */
  public Block block() {
    return block;
  }

  /** The DJL block up to the penultimate features. */
  public Block body() {
    return body;
  }

  /** The manager that owns the parameters. */
  public NDManager manager() {
    return manager;
  }

  /** Floats per observation. */
  public int observationSize() {
    return spec.observationSize();
  }

  /** Q-values per observation. */
  public int numActions() {
    return spec.numActions();
  }

  /**
   * Whether {@link #forward(float[], int, float[])} runs on the JVM (an MLP) rather than through
   * the DJL block.
   */
  public boolean hasJavaForward() {
    return mirror != null;
  }

  /** Multiply-adds of one observation's forward pass through the layers' weights (MLP only). */
  public long multiplyAddsPerRow() {
    long n = 0;
    for (int l = 0; l + 1 < values.length; l += 2) {
      n += values[l].length;
    }
    return n;
  }

  /** Floats of penultimate features per observation. */
  public int featureSize() {
    return spec.featureSize();
  }

  // ---- acting on the CPU ----------------------------------------------------------------------

  /**
   * Q-values of {@code batch} flat observations ({@code states[batch * observationSize]}) into
   * {@code qOut[batch * numActions]}; allocation-free for an MLP.
   */
  public void forward(float[] states, int batch, float[] qOut) {
    if (mirror != null) {
      mirror().forward(states, batch, qOut);
    } else {
      runBlock(states, batch, qOut, false);
    }
  }

  /** Penultimate features of {@code batch} observations into {@code out[batch * featureSize]}. */
  public void features(float[] states, int batch, float[] out) {
    if (mirror != null) {
      mirror().features(states, batch, out);
    } else {
      runBlock(states, batch, out, true);
    }
  }

  /**
   * Q-values of {@code batch} flat observations through the DJL block on the network's device, even
   * where {@link #forward(float[], int, float[])} would use the JVM mirror.
   */
  public void blockForward(float[] states, int batch, float[] qOut) {
    runBlock(states, batch, qOut, false);
  }

  /** Penultimate features through the DJL block on the network's device. */
  public void blockFeatures(float[] states, int batch, float[] out) {
    runBlock(states, batch, out, true);
  }

  private void runBlock(float[] states, int batch, float[] out, boolean featuresOnly) {
    int n = batch * observationSize();
    if (inputBuffer.capacity() < n * Float.BYTES) {
      inputBuffer = ByteBuffer.allocateDirect(n * Float.BYTES).order(ByteOrder.nativeOrder());
    }
    ByteBuffer input = inputBuffer.duplicate().order(ByteOrder.nativeOrder());
    input.clear().limit(n * Float.BYTES);
    input.asFloatBuffer().put(states, 0, n);
    try (NDManager scope = manager.newSubManager()) {
      NDArray x =
          scope.create(
              input.slice().order(ByteOrder.nativeOrder()),
              new Shape(batch, observationSize()),
              DataType.FLOAT32);
      NDArray y = featuresOnly ? features(x, false) : forward(x, false);
      y.toByteBuffer(true).asFloatBuffer().get(out, 0, Math.toIntExact(y.size()));
    }
  }

  // ---- DJL forwards ---------------------------------------------------------------------------

  /** Q-values {@code [B, actions]} of flat observations {@code [B, observationSize]}. */
  public NDArray forward(NDArray states, boolean training) {
    if (mirror != null) {
      return DirectMlp.forward(params, states, params.size() / 2);
    }
    return head.forward(store, new NDList(features(states, training)), training).singletonOrThrow();
  }

  /** Penultimate features {@code [B, featureSize]} of flat observations. */
  public NDArray features(NDArray states, boolean training) {
    if (mirror != null) {
      return DirectMlp.forward(params, states, params.size() / 2 - 1);
    }
    return body.forward(store, new NDList(states), training).singletonOrThrow();
  }

  /** Q-values {@code [B, actions]} from penultimate features {@code [B, featureSize]}. */
  public NDArray head(NDArray features, boolean training) {
    return head.forward(store, new NDList(features), training).singletonOrThrow();
  }

  // ---- parameters -----------------------------------------------------------------------------

  /** The number of parameter tensors, in the block's order (weight then bias, layer by layer). */
  public int parameterCount() {
    return params.size();
  }

  /** The shape of parameter tensor {@code i}. */
  public Shape parameterShape(int i) {
    return params.get(i).getArray().getShape();
  }

  /** The total number of scalar parameters. */
  public long parameterSize() {
    long n = 0;
    for (float[] v : values) {
      n += v.length;
    }
    return n;
  }

  /** A deep copy of every parameter tensor, flat and row-major. */
  public float[][] parameters() {
    float[][] copy = new float[values.length][];
    for (int i = 0; i < values.length; i++) {
      copy[i] = values[i].clone();
    }
    return copy;
  }

  /** Copies every parameter tensor into {@code out}, whose arrays must have the right lengths. */
  public void copyParametersTo(float[][] out) {
    for (int i = 0; i < values.length; i++) {
      System.arraycopy(values[i], 0, out[i], 0, values[i].length);
    }
  }

  /** Sets every parameter tensor (DJL block and Java mirror) from flat row-major values. */
  public void setParameters(float[][] newValues) {
    if (newValues.length != values.length) {
      throw new IllegalArgumentException(
          "expected " + values.length + " parameter tensors, got " + newValues.length);
    }
    for (int i = 0; i < values.length; i++) {
      if (newValues[i].length != values[i].length) {
        throw new IllegalArgumentException(
            "parameter " + i + " has " + values[i].length + " values, got " + newValues[i].length);
      }
      System.arraycopy(newValues[i], 0, values[i], 0, values[i].length);
    }
    push();
  }

  /** Copies the parameters of a network of the same spec. */
  public void copyFrom(QNetwork other) {
    if (!other.spec.equals(spec)) {
      throw new IllegalArgumentException("cannot copy " + other.spec + " into " + spec);
    }
    setParameters(other.values);
  }

  /**
   * Reads the gradient accumulated in each parameter into {@code out} and zeroes it, ready for the
   * next backward pass. Call it after a backward pass; on the CPU it reads the gradient storage
   * directly from the second call on.
   */
  public void takeGradients(float[][] out) {
    storage.takeGradients(out);
  }

  private void push() {
    storage.write(values);
    // The mirror is refreshed on the next acting forward, not here: zoo presets take 128
    // gradient steps between two acting calls.
    mirrorStale = true;
  }

  private MlpMirror mirror() {
    if (mirrorStale) {
      for (int l = 0; l < mirror.layers(); l++) {
        mirror.load(l, values[2 * l], values[2 * l + 1]);
      }
      mirrorStale = false;
    }
    return mirror;
  }

  // ---- saving ---------------------------------------------------------------------------------

  /** Writes the parameters in DJL's block format ({@link Block#saveParameters}). */
  public void save(OutputStream out) throws IOException {
    DataOutputStream dos = new DataOutputStream(new BufferedOutputStream(out));
    block.saveParameters(dos);
    dos.flush();
  }

  /** Writes the parameters to {@code file} (not atomically: callers rename a temp file). */
  public void save(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      save(out);
    }
  }

  /** Replaces the parameters with ones written by {@link #save}. */
  public void loadParameters(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      loadParameters(in);
    }
  }

  /** Replaces the parameters with ones written by {@link #save(OutputStream)}. */
  public void loadParameters(InputStream in) throws IOException {
    try (NDManager scope = manager.newSubManager()) {
      try {
        block.loadParameters(scope, new DataInputStream(new BufferedInputStream(in)));
      } catch (MalformedModelException e) {
        throw new IOException("not a saved Q-network of " + spec + ": " + e.getMessage(), e);
      }
      float[][] loaded = new float[params.size()][];
      for (int i = 0; i < params.size(); i++) {
        NDArray array = params.get(i).getArray();
        loaded[i] = array.toFloatArray();
        if (loaded[i].length != values[i].length) {
          throw new IOException(
              "parameter "
                  + i
                  + " has "
                  + loaded[i].length
                  + " values in the file, the network expects "
                  + values[i].length);
        }
        // Move the loaded tensor out of the scope and back under the network's manager.
        array.attach(manager);
        array.setRequiresGradient(true);
      }
      storage.forgetGradients();
      setParameters(loaded);
    }
  }

  @Override
  public void close() {
    manager.close();
  }

  @Override
  public String toString() {
    return "QNetwork(" + spec + ", " + parameterSize() + " parameters)";
  }
}
