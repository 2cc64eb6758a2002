package io.equirl.agents.djl;

import ai.djl.modality.rl.ActionSpace;
import ai.djl.modality.rl.LruReplayBuffer;
import ai.djl.modality.rl.ReplayBuffer;
import ai.djl.modality.rl.env.RlEnv;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import io.equirl.envs.Env;
import io.equirl.envs.StepResult;

/**
 * An {@link Env} seen as a DJL {@link RlEnv}.
 *
 * <p>Observations are {@code float32} arrays of the env's observation shape, actions are {@code
 * int32} scalars {@code 0..n-1}, rewards {@code float32} scalars. {@link Step#isDone()} is DJL's
 * merged flag; {@link DjlStep#terminated()} and {@link DjlStep#truncated()} keep the two apart for
 * code that bootstraps correctly.
 *
 * <p><b>Memory.</b> Arrays handed out (observations, action spaces, the arrays of a step's getters)
 * live in a scope that is closed at the next {@link #reset()} or {@link #step}; copy what must
 * outlive it. Steps themselves hold plain Java data, so the replay buffer kept while {@code
 * training} holds no native memory. Not thread-safe; closing closes the wrapped env.
 */
public final class DjlEnv implements RlEnv {
  private final Env env;
  private final NDManager manager;
  private final ReplayBuffer replay;
  private final long firstSeed;
  private NDManager scope;
  private float[] observation;
  private boolean seeded;

  /**
   * Wraps {@code env}; the first {@link #reset()} uses {@code seed}, later ones continue its random
   * stream, as Gymnasium's seeding does.
   *
   * @param batchSize steps per {@link #getBatch()}
   * @param bufferSize steps kept for {@link #getBatch()} when stepping with {@code training}
   */
  public DjlEnv(Env env, NDManager manager, long seed, int batchSize, int bufferSize) {
    this.env = env;
    this.manager = manager.newSubManager();
    this.replay = new LruReplayBuffer(batchSize, bufferSize);
    this.firstSeed = seed;
    this.scope = this.manager.newSubManager();
  }

  /** Wraps {@code env} with a small replay buffer (32 of the last 10,000 training steps). */
  public DjlEnv(Env env, NDManager manager, long seed) {
    this(env, manager, seed, 32, 10_000);
  }

  /** The wrapped env. */
  public Env env() {
    return env;
  }

  @Override
  public void reset() {
    float[] obs = seeded ? env.reset() : env.reset(firstSeed);
    seeded = true;
    observation = obs.clone();
    renewScope();
  }

  @Override
  public NDList getObservation() {
    requireStarted();
    return new NDList(observationArray(observation));
  }

  @Override
  public ActionSpace getActionSpace() {
    ActionSpace space = new ActionSpace();
    for (int a = 0; a < env.actionSpace().n(); a++) {
      space.add(new NDList(scope.create(a)));
    }
    return space;
  }

  @Override
  public Step step(NDList action, boolean training) {
    requireStarted();
    int a = action.singletonOrThrow().toType(ai.djl.ndarray.types.DataType.INT32, false).getInt();
    float[] pre = observation;
    StepResult r = env.step(a);
    observation = r.observation().clone();
    renewScope();
    DjlStep step =
        new DjlStep(this, pre, a, observation, (float) r.reward(), r.terminated(), r.truncated());
    if (training) {
      replay.addStep(step);
    }
    return step;
  }

  @Override
  public Step[] getBatch() {
    return replay.getBatch();
  }

  @Override
  public void close() {
    manager.close();
    env.close();
  }

  NDArray observationArray(float[] obs) {
    return scope.create(
        obs,
        new ai.djl.ndarray.types.Shape(
            java.util.Arrays.stream(env.observationSpace().shape()).asLongStream().toArray()));
  }

  NDManager scope() {
    return scope;
  }

  private void renewScope() {
    scope.close();
    scope = manager.newSubManager();
  }

  private void requireStarted() {
    if (observation == null) {
      throw new IllegalStateException("call reset() before the first step");
    }
  }
}
