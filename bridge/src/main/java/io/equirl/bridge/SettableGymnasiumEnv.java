package io.equirl.bridge;

import io.equirl.envs.BoxSpace;
import io.equirl.envs.DiscreteSpace;
import io.equirl.envs.SettableState;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Set;

/**
 * A bridged env whose {@code env.unwrapped} keeps a float64 {@code state}, as Gymnasium's
 * classic-control envs do: its state can be read and set, so that parity replays and the env
 * checker's MDP-symmetry test run through the bridge. Setting a state sets {@code
 * env.unwrapped.state} and {@code TimeLimit}'s step count, and reads the observation with the env's
 * own {@code _get_ob()}/{@code _get_obs()}, or takes the state itself where it has neither. Not
 * thread-safe.
 */
public final class SettableGymnasiumEnv extends GymnasiumEnv implements SettableState {
  /** Ids whose steps are known to draw no random numbers. */
  private static final Set<String> DETERMINISTIC = Set.of("CartPole-v1", "Acrobot-v1");

  private int stateSize = -1;

  SettableGymnasiumEnv(
      GymSpec spec, PythonLink link, BoxSpace observations, DiscreteSpace actions) {
    super(spec, link, observations, actions);
  }

  @Override
  public int stateSize() {
    if (stateSize < 0) {
      stateSize = state().length;
    }
    return stateSize;
  }

  /**
   * A copy of {@code env.unwrapped.state}.
   *
   * @throws BridgeException before the first reset, when Gymnasium's env has no state yet
   */
  @Override
  public double[] state() {
    byte[] bytes = link.call("state", link.server()::unwrappedState);
    double[] state = new double[bytes.length / 8];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(state);
    return state;
  }

  @Override
  public float[] setState(double[] state, int elapsedSteps) {
    if (elapsedSteps < 0) {
      throw new IllegalArgumentException("elapsedSteps must be >= 0, got " + elapsedSteps);
    }
    if (!everReset) {
      reset(0); // Gymnasium's OrderEnforcing refuses a step before the first reset
    }
    if (state.length != stateSize()) {
      throw new IllegalArgumentException(
          "a state of " + id() + " has " + stateSize() + " values, got " + state.length);
    }
    ByteBuffer bytes = ByteBuffer.allocate(8 * state.length).order(ByteOrder.LITTLE_ENDIAN);
    bytes.asDoubleBuffer().put(state);
    return readObservation(
        link.call("setState", () -> link.server().setState(bytes.array(), elapsedSteps)),
        "setState");
  }

  /** True for CartPole-v1 and Acrobot-v1; unknown envs may draw random numbers in a step. */
  @Override
  public boolean deterministicSteps() {
    return DETERMINISTIC.contains(spec().id());
  }
}
