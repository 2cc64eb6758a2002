package io.equirl.training;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import io.equirl.agents.engine.DirectInput;
import io.equirl.agents.engine.SeededBackward;
import io.equirl.agents.net.QNetwork;
import io.equirl.agents.policy.Argmax;
import io.equirl.training.buffer.Batch;
import io.equirl.training.optim.Adam;
import io.equirl.training.optim.GlobalNormClipping;
import io.equirl.training.optim.Huber;
import io.equirl.training.optim.TargetUpdate;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * One gradient step of the off-policy loop, as SB3's {@code DQN.train} does it: TD targets from the
 * target head without gradients, Huber loss on the Q-values of the taken actions, backward,
 * clipping by global norm, Adam. The {@link QHead} decides which Q-values and which parameters.
 *
 * <p>The loss head (Huber and its gradient), the clipping and Adam run on the JVM over float
 * arrays, so a step costs a few dozen native calls whatever the layer count. The Huber gradient
 * {@code G} (zero except at the taken actions), fed to backward as the gradient of {@code Q}, gives
 * {@code ∂loss/∂θ}. Batches enter DJL through the engine boundary's {@link DirectInput}.
 *
 * <p>Public for loops other than {@link DqnTrainer}'s (the JMH benchmarks time it directly). Owns
 * the master copies of the online and target parameters, not the head. Not thread-safe.
 */
public final class DqnUpdate {
  private final QValues values;
  private final TrainedParameters trained;
  private final float gamma;
  private final boolean doubleDqn;
  private final double maxGradNorm;
  private final double tau;
  private final Adam adam;
  private final float[][] onlineWeights;
  private final float[][] targetWeights;
  private final float[][] grads;
  private final int batch;
  private final int obsSize;
  private final int actions;
  private final DirectInput observations;
  private final DirectInput lossGradient;
  private final float[] qNext;
  private final float[] qNextOnline;
  private final float[] qAll;
  private final float[] qTaken;
  private final float[] tdTarget;
  private final float[] gTaken;
  private final float[] seed;

  /** Updates {@code head}'s trained parameters with {@code config}'s settings. */
  public DqnUpdate(DqnConfig config, QHead head) {
    this.values = head.values();
    this.trained = head.trained();
    this.gamma = (float) config.gamma();
    this.doubleDqn = config.doubleDqn();
    this.maxGradNorm = config.maxGradNorm();
    this.tau = config.tau();
    this.onlineWeights = trained.parameters();
    this.targetWeights = trained.targetParameters();
    this.grads = trained.parameters();
    int[] sizes = new int[onlineWeights.length];
    for (int i = 0; i < sizes.length; i++) {
      sizes[i] = onlineWeights[i].length;
    }
    this.adam = new Adam(config.learningRate(), config.adamEps(), sizes);
    this.batch = config.batchSize();
    this.obsSize = values.observationSize();
    this.actions = values.numActions();
    this.observations = new DirectInput(batch * obsSize);
    this.lossGradient = new DirectInput(batch * actions);
    this.qNext = new float[batch * actions];
    this.qNextOnline = new float[batch * actions];
    this.qAll = new float[batch * actions];
    this.qTaken = new float[batch];
    this.tdTarget = new float[batch];
    this.gTaken = new float[batch];
    this.seed = new float[batch * actions];
  }

  /** Plain DQN: updates {@code online} towards TD targets from {@code target}. */
  public DqnUpdate(DqnConfig config, QNetwork online, QNetwork target) {
    this(config, NetworkQValues.head(online, target, config.batchSize()));
  }

  /** Applies one gradient step on {@code b} and returns its Huber loss. */
  public double step(Batch b) {
    // TD target, no gradient: r + (1 - terminated) · γ · Q_target(s', a*).
    values.targetValues(b.nextObservations, batch, qNext);
    if (doubleDqn) {
      values.onlineValues(b.nextObservations, batch, qNextOnline);
    }
    for (int i = 0; i < batch; i++) {
      int base = i * actions;
      int best = Argmax.of(doubleDqn ? qNextOnline : qNext, base, actions);
      float bootstrap = b.terminated[i] ? 0f : gamma * qNext[base + best];
      tdTarget[i] = b.rewards[i] + bootstrap;
    }

    // Q(s, a), Huber loss, and its gradient seeded into the backward pass.
    double loss;
    observations.fill(b.observations);
    try (GradientCollector collector = Engine.getInstance().newGradientCollector();
        NDManager scope = values.manager().newSubManager()) {
      NDArray q = values.trainingValues(observations.array(scope, batch, obsSize));
      q.toByteBuffer(true).asFloatBuffer().get(qAll);
      for (int i = 0; i < batch; i++) {
        qTaken[i] = qAll[i * actions + b.actions[i]];
      }
      loss = Huber.lossAndGradient(qTaken, tdTarget, batch, gTaken);
      Arrays.fill(seed, 0f);
      for (int i = 0; i < batch; i++) {
        seed[i * actions + b.actions[i]] = gTaken[i];
      }
      lossGradient.fill(seed);
      SeededBackward.backward(collector, q, lossGradient.array(scope, batch, actions));
    }

    // Clip by global norm, Adam, and write the new parameters back into the head.
    trained.takeGradients(grads);
    GlobalNormClipping.clip(grads, maxGradNorm);
    adam.step(onlineWeights, grads);
    trained.setParameters(onlineWeights);
    return loss;
  }

  /** SB3's target update: Polyak with {@code tau} (a copy when tau is 1). */
  public void updateTarget() {
    TargetUpdate.polyak(onlineWeights, targetWeights, tau);
    trained.setTargetParameters(targetWeights);
  }

  /** Writes Adam's step count and moments. */
  void writeOptimizer(DataOutputStream out) throws IOException {
    adam.write(out);
  }

  /** The bytes {@link #writeOptimizer} writes. */
  long optimizerBytes() {
    return adam.serializedBytes();
  }

  /** Reads what {@link #writeOptimizer} wrote and re-reads the head's parameters. */
  void restore(DataInputStream optimizer) throws IOException {
    adam.read(optimizer);
    float[][] online = trained.parameters();
    float[][] target = trained.targetParameters();
    for (int i = 0; i < online.length; i++) {
      System.arraycopy(online[i], 0, onlineWeights[i], 0, online[i].length);
      System.arraycopy(target[i], 0, targetWeights[i], 0, target[i].length);
    }
  }
}
