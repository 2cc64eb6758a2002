package io.equirl.envs.classic;

import io.equirl.envs.AbstractEnv;
import io.equirl.envs.BoxSpace;
import io.equirl.envs.DiscreteSpace;
import io.equirl.envs.SettableState;

/**
 * A classic-control env whose whole state is one float64 vector that its observation is computed
 * from: reading and setting that state is the same for every such env.
 */
abstract class VectorStateEnv extends AbstractEnv implements SettableState {
  /** The env's state, which {@link #observe} turns into an observation. */
  protected final double[] state;

  VectorStateEnv(
      DiscreteSpace actionSpace, BoxSpace observationSpace, int maxEpisodeSteps, int stateSize) {
    super(actionSpace, observationSpace, maxEpisodeSteps);
    this.state = new double[stateSize];
  }

  /** Writes the observation of {@link #state} into {@code obs}. */
  protected abstract void observe(float[] obs);

  @Override
  public final int stateSize() {
    return state.length;
  }

  @Override
  public final double[] state() {
    return state.clone();
  }

  @Override
  public final float[] setState(double[] newState, int elapsedSteps) {
    requireState(newState, state.length);
    float[] obs = resume(elapsedSteps);
    System.arraycopy(newState, 0, state, 0, state.length);
    observe(obs);
    return obs;
  }
}
