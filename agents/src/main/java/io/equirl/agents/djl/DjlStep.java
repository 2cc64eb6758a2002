package io.equirl.agents.djl;

import ai.djl.modality.rl.ActionSpace;
import ai.djl.modality.rl.env.RlEnv;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;

/**
 * One transition of a {@link DjlEnv}, held as plain Java data; its getters create arrays in the
 * env's current scope (valid until the env's next step or reset).
 */
public final class DjlStep implements RlEnv.Step {
  private final DjlEnv env;
  private final float[] pre;
  private final int action;
  private final float[] post;
  private final float reward;
  private final boolean terminated;
  private final boolean truncated;

  DjlStep(
      DjlEnv env,
      float[] pre,
      int action,
      float[] post,
      float reward,
      boolean terminated,
      boolean truncated) {
    this.env = env;
    this.pre = pre;
    this.action = action;
    this.post = post;
    this.reward = reward;
    this.terminated = terminated;
    this.truncated = truncated;
  }

  @Override
  public NDList getPreObservation() {
    return new NDList(env.observationArray(pre));
  }

  @Override
  public NDList getAction() {
    return new NDList(env.scope().create(action));
  }

  @Override
  public NDList getPostObservation() {
    return new NDList(env.observationArray(post));
  }

  @Override
  public ActionSpace getPostActionSpace() {
    return env.getActionSpace();
  }

  @Override
  public NDArray getReward() {
    return env.scope().create(reward);
  }

  /** DJL's merged end flag: terminated or truncated. */
  @Override
  public boolean isDone() {
    return terminated || truncated;
  }

  /** True when the MDP reached a terminal state (do not bootstrap). */
  public boolean terminated() {
    return terminated;
  }

  /** True when a step budget cut the episode (do bootstrap). */
  public boolean truncated() {
    return truncated;
  }

  /** The action as an int. */
  public int actionIndex() {
    return action;
  }

  @Override
  public void close() {
    // Holds no native memory.
  }
}
