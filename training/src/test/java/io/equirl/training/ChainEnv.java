package io.equirl.training;

import io.equirl.envs.BoxSpace;
import io.equirl.envs.DiscreteSpace;
import io.equirl.envs.Env;
import io.equirl.envs.StepResult;
import java.util.Random;

/**
 * A tiny test env: a walk on positions 0..9 starting at a seeded random position; action 1 moves
 * right, 0 left (with a seeded 10% slip); reaching 9 terminates with reward 1, every other step
 * costs 0.01, and 30 steps truncate. Observation: position / 9 and a constant 1.
 */
final class ChainEnv implements Env {
  private final BoxSpace space = BoxSpace.uniform(new int[] {2}, 0f, 1f);
  private final DiscreteSpace actions = new DiscreteSpace(2);
  private final float[] obs = new float[2];
  private final StepResult result = new StepResult(2);
  private Random random = new Random(0);
  private int position;
  private int steps;
  private boolean done = true;

  @Override
  public String id() {
    return "Chain-v0";
  }

  @Override
  public BoxSpace observationSpace() {
    return space;
  }

  @Override
  public DiscreteSpace actionSpace() {
    return actions;
  }

  @Override
  public float[] reset(long seed) {
    if (seed < 0) {
      throw new IllegalArgumentException("negative seed " + seed);
    }
    random = new Random(seed);
    return reset();
  }

  @Override
  public float[] reset() {
    position = random.nextInt(5);
    steps = 0;
    done = false;
    fill(obs);
    return obs;
  }

  @Override
  public StepResult step(int action) {
    if (done) {
      throw new IllegalStateException("step after the episode ended");
    }
    actions.requireContains(action);
    boolean slip = random.nextDouble() < 0.1;
    position = Math.max(0, Math.min(9, position + ((action == 1) != slip ? 1 : -1)));
    steps++;
    boolean terminated = position == 9;
    boolean truncated = !terminated && steps >= 30;
    done = terminated || truncated;
    fill(result.observation());
    return result.set(terminated ? 1.0 : -0.01, terminated, truncated);
  }

  private void fill(float[] o) {
    o[0] = position / 9f;
    o[1] = 1f;
  }

  @Override
  public void close() {}
}
