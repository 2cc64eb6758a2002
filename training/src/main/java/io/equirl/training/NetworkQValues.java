package io.equirl.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import io.equirl.agents.engine.DirectInput;
import io.equirl.agents.net.QNetwork;
import io.equirl.agents.policy.Argmax;

/** Plain DQN's Q-values: the Q-network's own, and the target network's. Owns neither network. */
public final class NetworkQValues implements QValues {
  /**
   * Measured on a 2-core AMD EPYC: the JVM forward runs at about 6·10⁹ multiply-adds per second and
   * one native operation costs about 15 µs, so at batch 32 the [64, 64] nets of the paper presets
   * (1.4·10⁵ per batch) are 3× faster on the JVM, [256, 256] at batch 64 (4.3·10⁶) twice as fast in
   * DJL.
   */
  static final long JVM_TARGET_MAX_MULTIPLY_ADDS = 1L << 19;

  private final QNetwork online;
  private final QNetwork target;
  private final int batch;
  private final boolean targetOnJvm;
  private final DirectInput nextObservations;
  private final float[] q;

  /** The Q-values of {@code online} and {@code target} for batches of {@code batch}. */
  public NetworkQValues(QNetwork online, QNetwork target, int batch) {
    this.online = online;
    this.target = target;
    this.batch = batch;
    this.targetOnJvm = targetOnJvm(target, batch);
    this.nextObservations = new DirectInput(batch * online.observationSize());
    this.q = new float[online.numActions()];
  }

  /** DQN's head: these Q-values, and all of the network's parameters trained. */
  public static QHead head(QNetwork online, QNetwork target, int batch) {
    return new QHead(
        new NetworkQValues(online, target, batch), new NetworkParameters(online, target, true));
  }

  /**
   * Whether the TD targets come from the network's JVM forward rather than DJL: for a small MLP on
   * the CPU, where DJL's fixed cost per native operation (about 15 µs here, five operations for
   * [64, 64]) outweighs the arithmetic. Past {@link #JVM_TARGET_MAX_MULTIPLY_ADDS} per batch the
   * native matrix products win.
   */
  static boolean targetOnJvm(QNetwork target, int batch) {
    return target.hasJavaForward()
        && !target.device().isGpu()
        && batch * target.multiplyAddsPerRow() <= JVM_TARGET_MAX_MULTIPLY_ADDS;
  }

  @Override
  public int observationSize() {
    return online.observationSize();
  }

  @Override
  public int numActions() {
    return online.numActions();
  }

  @Override
  public QNetwork network() {
    return online;
  }

  @Override
  public int act(float[] observation) {
    online.forward(observation, 1, q);
    return Argmax.of(q, 0, q.length);
  }

  @Override
  public void targetValues(float[] observations, int rows, float[] out) {
    if (targetOnJvm || rows != batch) {
      target.forward(observations, rows, out);
      return;
    }
    nextObservations.fill(observations);
    try (NDManager scope = target.manager().newSubManager()) {
      NDArray values =
          target.forward(nextObservations.array(scope, rows, target.observationSize()), false);
      values.toByteBuffer(true).asFloatBuffer().get(out);
    }
  }

  @Override
  public void onlineValues(float[] observations, int rows, float[] out) {
    online.forward(observations, rows, out);
  }

  @Override
  public NDManager manager() {
    return online.manager();
  }

  @Override
  public NDArray trainingValues(NDArray observations) {
    return online.forward(observations, true);
  }
}
