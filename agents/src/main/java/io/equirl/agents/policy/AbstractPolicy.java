package io.equirl.agents.policy;

import ai.djl.modality.rl.ActionSpace;
import ai.djl.modality.rl.agent.RlAgent;
import ai.djl.modality.rl.env.RlEnv;
import ai.djl.ndarray.NDList;

/**
 * The DJL side shared by every policy: as an {@link RlAgent} it reads the env's observation (one
 * array, flattened) and returns entry {@link #act} of the env's action space, which must list the
 * discrete actions in index order. The policies are not trained through DJL's {@link
 * RlAgent#trainBatch} (λ is trained by {@code equirl lambda-train}, finetuning is {@code equirl
 * finetune}), so that method refuses.
 */
public abstract class AbstractPolicy implements Policy, RlAgent {
  private float[] observation = new float[0];

  @Override
  public NDList chooseAction(RlEnv env, boolean training) {
    float[] flat = env.getObservation().singletonOrThrow().toFloatArray();
    if (observation.length != flat.length) {
      observation = new float[flat.length];
    }
    System.arraycopy(flat, 0, observation, 0, flat.length);
    ActionSpace space = env.getActionSpace();
    int a = act(observation);
    if (a >= space.size()) {
      throw new IllegalArgumentException(
          "policy chose action "
              + a
              + " but the env's action space"
              + " lists "
              + space.size()
              + " actions");
    }
    return space.get(a);
  }

  @Override
  public void trainBatch(RlEnv.Step[] batchSteps) {
    throw new UnsupportedOperationException(
        kind()
            + " policy is not trained through RlAgent;"
            + " use equirl lambda-train or equirl finetune");
  }
}
