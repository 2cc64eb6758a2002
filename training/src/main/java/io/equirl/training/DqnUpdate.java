package io.equirl.training;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;
import io.equirl.agents.net.QNetwork;
import io.equirl.training.buffer.Batch;
import io.equirl.training.optim.Adam;
import io.equirl.training.optim.GlobalNormClipping;
import io.equirl.training.optim.Huber;
import io.equirl.training.optim.TargetUpdate;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;

/**
 * One DQN gradient step, as SB3's {@code DQN.train} does it: TD targets from the target network
 * without gradients, Huber loss on the Q-values of the taken actions, backward, clipping by global
 * norm, Adam.
 *
 * <p>The online network's forward and backward run in DJL; the TD targets too, unless the network
 * is small enough that its JVM forward is faster ({@link #targetOnJvm(QNetwork, int)}). The loss
 * head (Huber and its gradient), the clipping and Adam run on the JVM over the float arrays that
 * also refresh the acting mirror, so a step costs a few dozen native calls whatever the layer
 * count. The Huber gradient {@code G} (zero except at the taken actions), fed to backward as the
 * gradient of {@code Q}, gives {@code ∂loss/∂θ}. Batches enter DJL through direct buffers, one
 * array per batch and network; on the CPU the arrays alias the buffers and are created once.
 *
 * <p>Public for loops other than {@link DqnTrainer}'s (the JMH benchmarks time it directly).
 * Owns the master copies of the online and target parameters, not the networks. Not thread-safe.
 */
public final class DqnUpdate {
  /**
   * Measured on a 2-core AMD EPYC: the JVM forward runs at about 6·10⁹ multiply-adds per
   * second and one native operation costs about 15 µs, so at batch 32 the [64, 64] nets of the
   * paper presets (1.4·10⁵ per batch) are 3× faster on the JVM, [256, 256] at batch 64
   * (4.3·10⁶) twice as fast in DJL.
   */
  static final long JVM_TARGET_MAX_MULTIPLY_ADDS = 1L << 19;

  private final DqnConfig config;
  private final QNetwork online;
  private final QNetwork target;
  private final Adam adam;
  private final float[][] onlineWeights;
  private final float[][] targetWeights;
  private final float[][] grads;
  private final int batch;
  private final int obsSize;
  private final int actions;
  private final Input observations;
  private final Input nextObservations;
  private final Input lossGradient;
  private final float[] qNext;
  private final float[] qNextOnline;
  private final float[] qAll;
  private final float[] qTaken;
  private final float[] tdTarget;
  private final float[] gTaken;
  private final float[] seed;
  private final boolean targetOnJvm;
  private double lastGradNorm;

  /**
   * Updates {@code online} towards TD targets from {@code target}, with {@code config}'s
   * settings.
   */
  public DqnUpdate(DqnConfig config, QNetwork online, QNetwork target) {
    this.config = config;
    this.online = online;
    this.target = target;
    this.onlineWeights = online.parameters();
    this.targetWeights = target.parameters();
    this.grads = online.parameters();
    int[] sizes = new int[onlineWeights.length];
    for (int i = 0; i < sizes.length; i++) {
      sizes[i] = onlineWeights[i].length;
    }
    this.adam = new Adam(config.learningRate(), config.adamEps(), sizes);
    this.batch = config.batchSize();
    this.obsSize = online.observationSize();
    this.actions = online.numActions();
    this.observations = new Input(batch * obsSize);
    this.nextObservations = new Input(batch * obsSize);
    this.lossGradient = new Input(batch * actions);
    this.qNext = new float[batch * actions];
    this.qNextOnline = new float[batch * actions];
    this.qAll = new float[batch * actions];
    this.qTaken = new float[batch];
    this.tdTarget = new float[batch];
    this.gTaken = new float[batch];
    this.seed = new float[batch * actions];
    this.targetOnJvm = targetOnJvm(target, batch);
  }

  /**
   * Whether the TD targets come from the network's JVM forward rather than DJL: for a small MLP
   * on the CPU, where DJL's fixed cost per native operation (about 15 µs here, five operations
   * for [64, 64]) outweighs the arithmetic. Past {@link #JVM_TARGET_MAX_MULTIPLY_ADDS} per batch
   * the native matrix products win.
   */
  static boolean targetOnJvm(QNetwork target, int batch) {
    return target.hasJavaForward() && !target.device().isGpu()
        && batch * target.multiplyAddsPerRow() <= JVM_TARGET_MAX_MULTIPLY_ADDS;
  }

  Adam adam() {
    return adam;
  }

  double lastGradNorm() {
    return lastGradNorm;
  }

  /** Applies one gradient step on {@code b} and returns its Huber loss. */
  public double step(Batch b) {
    float gamma = (float) config.gamma();

    // TD target, no gradient: r + (1 - terminated) · γ · Q_target(s', a*).
    if (targetOnJvm) {
      target.forward(b.nextObservations, batch, qNext);
    } else {
      nextObservations.fill(b.nextObservations);
      try (NDManager scope = target.manager().newSubManager()) {
        NDArray q = target.forward(nextObservations.array(scope, batch, obsSize), false);
        q.toByteBuffer(true).asFloatBuffer().get(qNext);
      }
    }
    if (config.doubleDqn()) {
      online.forward(b.nextObservations, batch, qNextOnline);
    }
    for (int i = 0; i < batch; i++) {
      int base = i * actions;
      int best = argmax(config.doubleDqn() ? qNextOnline : qNext, base, actions);
      float bootstrap = b.terminated[i] ? 0f : gamma * qNext[base + best];
      tdTarget[i] = b.rewards[i] + bootstrap;
    }

    // Q(s, a), Huber loss, and its gradient seeded into the backward pass.
    double loss;
    observations.fill(b.observations);
    try (GradientCollector collector = Engine.getInstance().newGradientCollector();
        NDManager scope = online.manager().newSubManager()) {
      NDArray q = online.forward(observations.array(scope, batch, obsSize), true);
      q.toByteBuffer(true).asFloatBuffer().get(qAll);
      for (int i = 0; i < batch; i++) {
        qTaken[i] = qAll[i * actions + b.actions[i]];
      }
      loss = Huber.lossAndGradient(qTaken, tdTarget, batch, gTaken);
      java.util.Arrays.fill(seed, 0f);
      for (int i = 0; i < batch; i++) {
        seed[i * actions + b.actions[i]] = gTaken[i];
      }
      lossGradient.fill(seed);
      NDArray g = lossGradient.array(scope, batch, actions);
      backward(collector, q, g);
    }

    // Clip by global norm, Adam, and write the new parameters into DJL and the mirror.
    online.takeGradients(grads);
    lastGradNorm = GlobalNormClipping.clip(grads, config.maxGradNorm());
    adam.step(onlineWeights, grads);
    online.setParameters(onlineWeights);
    return loss;
  }

  /** SB3's target update: Polyak with {@code tau} (a copy when tau is 1). */
  public void updateTarget() {
    TargetUpdate.polyak(onlineWeights, targetWeights, config.tau());
    target.setParameters(targetWeights);
  }

  /** Re-reads both networks' parameters after a checkpoint was loaded into them. */
  void reloadWeights() {
    online.copyParametersTo(onlineWeights);
    target.copyParametersTo(targetWeights);
  }

  /**
   * Backpropagates {@code seed} from {@code q}. PyTorch takes the seed as the output gradient
   * directly; other engines get {@code sum(q ⊙ seed)}, whose gradient with respect to {@code q} is
   * {@code seed} exactly, at the price of three more native operations per step.
   */
  private static void backward(GradientCollector collector, NDArray q, NDArray seed) {
    if (q instanceof PtNDArray && seed instanceof PtNDArray) {
      JniUtils.backward((PtNDArray) q, (PtNDArray) seed, false, false);
    } else {
      collector.backward(q.mul(seed).sum());
    }
  }

  static int argmax(float[] q, int from, int n) {
    int best = 0;
    float max = q[from];
    for (int a = 1; a < n; a++) {
      if (q[from + a] > max) {
        max = q[from + a];
        best = a;
      }
    }
    return best;
  }

  /** A direct buffer that a DJL input array aliases (CPU) or copies from (GPU). */
  private static final class Input {
    private final ByteBuffer bytes;
    private final FloatBuffer floats;
    private NDArray persistent;

    Input(int size) {
      bytes = ByteBuffer.allocateDirect(size * Float.BYTES).order(ByteOrder.nativeOrder());
      floats = bytes.asFloatBuffer();
    }

    void fill(float[] values) {
      floats.clear();
      floats.put(values, 0, floats.capacity());
    }

    NDArray array(NDManager scope, int rows, int cols) {
      if (persistent != null) {
        // Results of an operation join the manager of its first operand: lend the array to the
        // scope so the forward's intermediates are freed with it, not kept by the network.
        persistent.tempAttach(scope);
        return persistent;
      }
      bytes.clear();
      NDArray array = scope.create(bytes, new Shape(rows, cols), DataType.FLOAT32);
      if (!array.getDevice().isGpu()) {
        // On the CPU the array aliases the buffer: keep it, and refilling the buffer is
        // refilling the array (one native call fewer per batch and network).
        array.attach(scope.getParentManager());
        array.tempAttach(scope);
        persistent = array;
      }
      return array;
    }
  }
}
