package io.equirl.agents.djl;

import ai.djl.modality.rl.ActionSpace;
import ai.djl.modality.rl.agent.RlAgent;
import ai.djl.modality.rl.env.RlEnv;
import ai.djl.ndarray.NDList;
import io.equirl.agents.net.QNetwork;

/**
 * A Q-network's greedy policy, {@code argmax_a Q(s, a)} (first maximum on ties), as a DJL {@link
 * RlAgent}. It acts only: {@link #trainBatch} is refused, since DQN training with a target network
 * and truncation handled right lives in {@code io.equirl.training}.
 *
 * <p>Does not own the network. Not thread-safe (the network's acting path is not).
 */
public final class GreedyRlAgent implements RlAgent {
  private final QNetwork network;
  private final float[] q;

  /** The greedy agent of {@code network}, which it uses but does not own. */
  public GreedyRlAgent(QNetwork network) {
    this.network = network;
    this.q = new float[network.numActions()];
  }

  @Override
  public NDList chooseAction(RlEnv env, boolean training) {
    float[] obs = env.getObservation().singletonOrThrow().toFloatArray();
    ActionSpace space = env.getActionSpace();
    if (space.size() != network.numActions()) {
      throw new IllegalArgumentException(
          "the env offers "
              + space.size()
              + " actions, the network scores "
              + network.numActions());
    }
    network.forward(obs, 1, q);
    int best = 0;
    for (int a = 1; a < q.length; a++) {
      if (q[a] > q[best]) {
        best = a;
      }
    }
    return space.get(best);
  }

  @Override
  public void trainBatch(RlEnv.Step[] batchSteps) {
    throw new UnsupportedOperationException(
        "GreedyRlAgent only acts; train with io.equirl.training.DqnTrainer");
  }
}
