package io.equirl.agents.policy;

import io.equirl.agents.engine.MlpMirror;
import io.equirl.agents.net.SplitMix64;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The λ-network of λ-equitune: two layers on the frozen Q-network's penultimate features, {@code
 * λ(f) = softplus(w2·relu(W1 f + b1) + b2) + ε}, always positive (ε = {@value #EPSILON} keeps
 * {@code Σ_g λ} away from zero). The paper's λ for CLIP is likewise two layers on frozen encoder
 * features (appendix D.4).
 *
 * <p>Parameters are four tensors in DJL's {@code Linear} layout, weight {@code [out][in]} then
 * bias: {@code W1 [hidden][features]}, {@code b1 [hidden]}, {@code w2 [1][hidden]}, {@code b2 [1]}.
 * The forward is plain Java (allocation-free); training happens elsewhere through {@link
 * #parameters()} and {@link #setParameters}. The initial {@code b2} is {@code log(e − 1)} so that λ
 * starts near 1, i.e. near equitune. Not thread-safe.
 */
public final class LambdaNetwork {
  /** The default hidden width, as in the issue (two layers, 100 hidden units). */
  public static final int DEFAULT_HIDDEN = 100;

  /** Added to the softplus so λ is strictly positive. */
  public static final float EPSILON = 1e-3f;

  private static final int MAGIC = 0x4c414d42; // "LAMB"
  private static final int VERSION = 1;

  private final int featureSize;
  private final int hidden;
  private final float[][] params;
  private final MlpMirror firstLayer;
  private boolean firstLayerStale = true;
  private float[] h = new float[0];

  private LambdaNetwork(int featureSize, int hidden) {
    if (featureSize < 1 || hidden < 1) {
      throw new IllegalArgumentException(
          "λ-network needs feature size and hidden width >= 1, got "
              + featureSize
              + " and "
              + hidden);
    }
    this.featureSize = featureSize;
    this.hidden = hidden;
    this.params =
        new float[][] {
          new float[hidden * featureSize], new float[hidden], new float[hidden], new float[1]
        };
    // W1 as the acting forward's mirror: all |G| rows in one pass over each weight row, each
    // hidden unit summed in the same order as the dot product it replaces.
    this.firstLayer = new MlpMirror(featureSize, java.util.List.of(), hidden);
  }

  /** A λ-network initialised as PyTorch's {@code nn.Linear} (U(±1/√fan_in)) from {@code seed}. */
  public static LambdaNetwork create(int featureSize, int hidden, long seed) {
    LambdaNetwork net = new LambdaNetwork(featureSize, hidden);
    SplitMix64 rng = new SplitMix64(seed);
    fill(net.params[0], rng, 1 / Math.sqrt(featureSize));
    fill(net.params[1], rng, 1 / Math.sqrt(featureSize));
    fill(net.params[2], rng, 1 / Math.sqrt(hidden));
    net.params[3][0] = (float) Math.log(Math.E - 1); // softplus(b2) = 1 at w2 = 0
    return net;
  }

  /** A network whose λ is the same constant {@code value} (> ε) everywhere: for tests. */
  public static LambdaNetwork constant(int featureSize, float value) {
    if (!(value > EPSILON)) {
      throw new IllegalArgumentException("constant λ must exceed " + EPSILON + ", got " + value);
    }
    LambdaNetwork net = new LambdaNetwork(featureSize, 1);
    double z = value - EPSILON;
    net.params[3][0] = (float) (z > 20 ? z : Math.log(Math.expm1(z))); // softplus⁻¹
    return net;
  }

  private static void fill(float[] p, SplitMix64 rng, double bound) {
    for (int i = 0; i < p.length; i++) {
      p[i] = (float) ((2 * rng.nextDouble() - 1) * bound);
    }
  }

  public int featureSize() {
    return featureSize;
  }

  public int hidden() {
    return hidden;
  }

  /** λ of {@code batch} feature rows ({@code features[batch·featureSize]}) into {@code out}. */
  public void forward(float[] features, int batch, float[] out) {
    if (firstLayerStale) {
      firstLayer.load(0, params[0], params[1]);
      firstLayerStale = false;
    }
    if (h.length < batch * hidden) {
      h = new float[batch * hidden];
    }
    firstLayer.forward(features, batch, h);
    float[] w2 = params[2];
    float b2 = params[3][0];
    for (int b = 0; b < batch; b++) {
      int base = b * hidden;
      double z = b2;
      for (int j = 0; j < hidden; j++) {
        float s = h[base + j];
        z += w2[j] * (s > 0 ? s : 0);
      }
      out[b] = (float) softplus(z) + EPSILON;
    }
  }

  /** {@code log(1 + e^z)}, without overflow. */
  public static double softplus(double z) {
    return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
  }

  /** A deep copy of the four parameter tensors (layout in the class comment). */
  public float[][] parameters() {
    float[][] copy = new float[params.length][];
    for (int i = 0; i < params.length; i++) {
      copy[i] = params[i].clone();
    }
    return copy;
  }

  /** Replaces the parameters; shapes must match. */
  public void setParameters(float[][] values) {
    if (values.length != params.length) {
      throw new IllegalArgumentException("λ-network has 4 parameter tensors, got " + values.length);
    }
    for (int i = 0; i < params.length; i++) {
      if (values[i].length != params[i].length) {
        throw new IllegalArgumentException(
            "λ parameter " + i + " has " + params[i].length + " values, got " + values[i].length);
      }
      System.arraycopy(values[i], 0, params[i], 0, params[i].length);
    }
    firstLayerStale = true;
  }

  /** A copy with the same parameters. */
  public LambdaNetwork copy() {
    LambdaNetwork c = new LambdaNetwork(featureSize, hidden);
    c.setParameters(params);
    return c;
  }

  // ---- saving: magic, version, sizes, then the tensors, big-endian ------------------------------

  /** Writes the network to {@code file} through a temporary file and an atomic rename. */
  public void save(Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        write(out);
      }
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Writes the versioned format. */
  public void write(OutputStream stream) throws IOException {
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream));
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    out.writeInt(featureSize);
    out.writeInt(hidden);
    for (float[] p : params) {
      for (float v : p) {
        out.writeFloat(v);
      }
    }
    out.flush();
  }

  /** Reads a network written by {@link #save}. */
  public static LambdaNetwork load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (java.io.EOFException e) {
      throw new IOException(file + ": truncated λ-network file", e);
    }
  }

  private static LambdaNetwork read(InputStream stream, String name) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(stream));
    if (in.readInt() != MAGIC) {
      throw new IOException(name + " is not a λ-network file");
    }
    int version = in.readInt();
    switch (version) {
      case 1 -> {
        LambdaNetwork net = new LambdaNetwork(in.readInt(), in.readInt());
        for (float[] p : net.params) {
          for (int i = 0; i < p.length; i++) {
            p[i] = in.readFloat();
          }
        }
        return net;
      }
      default -> throw new IOException(name + ": unsupported λ-network file version " + version);
    }
  }
}
