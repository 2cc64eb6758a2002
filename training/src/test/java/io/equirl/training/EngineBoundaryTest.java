package io.equirl.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import io.equirl.agents.net.Architecture;
import io.equirl.agents.net.QNetwork;
import io.equirl.agents.net.QNetworkSpec;
import io.equirl.agents.net.SplitMix64;
import io.equirl.training.buffer.Batch;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine boundary ({@code io.equirl.agents.engine}: the JVM mirror, parameters and gradients
 * aliased through direct buffers, PyTorch's seeded backward) changes no number: {@link DqnUpdate}'s
 * gradient steps (forward, Huber, backward, clipping by global norm, Adam, target forward) agree to
 * 1e-6 with the same steps written in plain DJL: a {@code SequentialBlock}, its autograd on the
 * Huber loss, and {@code Optimizer.adam()}. Three steps, so Adam's moments and the cached gradient
 * views (used from the second step on) are covered; the clipping threshold is low enough to clip.
 */
class EngineBoundaryTest {
  private static final int OBS = 4;
  private static final int ACTIONS = 3;
  private static final int BATCH = 8;
  private static final List<Integer> HIDDEN = List.of(16, 16);
  private static final float LR = 1e-3f;
  // PyTorch adds ε to sqrt(v̂), DJL to sqrt(v) after folding the bias corrections into the step
  // size; with a tiny ε both are the same Adam.
  private static final float ADAM_EPS = 1e-12f;
  private static final DqnConfig CONFIG =
      ConfigOverrides.apply(
          DqnConfig.sb3Defaults(),
          List.of(
              "batch_size=" + BATCH,
              "learning_rate=" + LR,
              "adam_eps=" + ADAM_EPS,
              "max_grad_norm=0.5",
              "gamma=0.9"));

  @Test
  void threeGradientStepsMatchDjlAutogradAndAdam() {
    QNetworkSpec spec = new QNetworkSpec(Architecture.MLP, List.of(OBS), ACTIONS, HIDDEN);
    try (QNetwork online = QNetwork.create(spec, 11, Device.cpu());
        QNetwork target = QNetwork.create(spec, 12, Device.cpu());
        NDManager manager = NDManager.newBaseManager(Device.cpu())) {
      SequentialBlock reference = mlp(manager, online.parameters());
      SequentialBlock referenceTarget = mlp(manager, target.parameters());
      Optimizer adam =
          Optimizer.adam().optLearningRateTracker(Tracker.fixed(LR)).optEpsilon(ADAM_EPS).build();
      DqnUpdate update = new DqnUpdate(CONFIG, online, target);
      SplitMix64 rng = new SplitMix64(5);
      for (int step = 0; step < 3; step++) {
        Batch batch = randomBatch(rng);
        double loss = update.step(batch);
        double expected = referenceStep(manager, reference, referenceTarget, adam, batch);
        assertEquals(expected, loss, 1e-6, "Huber loss of step " + step);
        float[][] ours = online.parameters();
        List<Parameter> theirs = new ArrayList<>(reference.getParameters().values());
        for (int i = 0; i < ours.length; i++) {
          float[] want = theirs.get(i).getArray().toFloatArray();
          for (int k = 0; k < want.length; k++) {
            assertEquals(
                want[k], ours[i][k], 1e-6, "step " + step + ", parameter " + i + "[" + k + "]");
          }
        }
      }
    }
  }

  /** One DQN step in plain DJL; returns the loss. */
  private static double referenceStep(
      NDManager manager, SequentialBlock online, SequentialBlock target, Optimizer adam, Batch b) {
    try (NDManager scope = manager.newSubManager()) {
      ParameterStore store = new ParameterStore(scope, false);
      NDArray next = scope.create(b.nextObservations, new Shape(BATCH, OBS));
      NDArray qNext = target.forward(store, new NDList(next), false).singletonOrThrow();
      float[] notDone = new float[BATCH];
      float[] oneHot = new float[BATCH * ACTIONS];
      for (int i = 0; i < BATCH; i++) {
        notDone[i] = b.terminated[i] ? 0f : 1f;
        oneHot[i * ACTIONS + b.actions[i]] = 1f;
      }
      NDArray y =
          scope
              .create(b.rewards)
              .add(qNext.max(new int[] {1}).mul(CONFIG.gamma()).mul(scope.create(notDone)))
              .stopGradient();
      double loss;
      try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
        NDArray x = scope.create(b.observations, new Shape(BATCH, OBS));
        NDArray q = online.forward(store, new NDList(x), true).singletonOrThrow();
        NDArray taken = q.mul(scope.create(oneHot, new Shape(BATCH, ACTIONS))).sum(new int[] {1});
        NDArray d = taken.sub(y);
        NDArray huber = NDArrays.where(d.abs().lt(1f), d.mul(d).mul(0.5f), d.abs().sub(0.5f));
        NDArray mean = huber.mean();
        loss = mean.getFloat();
        collector.backward(mean);
      }
      List<Parameter> params = new ArrayList<>(online.getParameters().values());
      double squares = 0;
      for (Parameter p : params) {
        squares +=
            p.getArray().getGradient().pow(2).sum().toType(DataType.FLOAT64, false).getDouble();
      }
      double coefficient = CONFIG.maxGradNorm() / (Math.sqrt(squares) + 1e-6);
      for (Parameter p : params) {
        NDArray grad = p.getArray().getGradient();
        if (coefficient < 1) {
          grad.muli((float) coefficient);
        }
        adam.update(p.getId(), p.getArray(), grad);
        grad.muli(0f);
      }
      return loss;
    }
  }

  /** An MLP block as DJL builds one, holding {@code values}. */
  private static SequentialBlock mlp(NDManager manager, float[][] values) {
    SequentialBlock block = new SequentialBlock();
    for (int width : HIDDEN) {
      block.add(Linear.builder().setUnits(width).build()).add(Activation::relu);
    }
    block.add(Linear.builder().setUnits(ACTIONS).build());
    block.initialize(manager, DataType.FLOAT32, new Shape(1, OBS));
    List<Parameter> params = new ArrayList<>(block.getParameters().values());
    for (int i = 0; i < params.size(); i++) {
      params.get(i).getArray().set(values[i]);
    }
    return block;
  }

  private static Batch randomBatch(SplitMix64 rng) {
    Batch b = new Batch(BATCH, OBS);
    for (int i = 0; i < BATCH * OBS; i++) {
      b.observations[i] = (float) (2 * rng.nextDouble() - 1);
      b.nextObservations[i] = (float) (2 * rng.nextDouble() - 1);
    }
    for (int i = 0; i < BATCH; i++) {
      b.actions[i] = rng.nextInt(ACTIONS);
      b.rewards[i] = (float) (3 * rng.nextDouble());
      b.terminated[i] = rng.nextDouble() < 0.25;
    }
    return b;
  }
}
