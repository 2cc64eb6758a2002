package io.equirl.envs;

/**
 * An env whose internal state can be read and set, for parity replays and symmetry tests: set a
 * recorded or transformed state, then {@link Env#step(int)} from it.
 *
 * <p>The state is the env's own float64 state vector (CartPole: {@code x, ẋ, θ, θ̇}; Acrobot:
 * {@code θ1, θ2, θ̇1, θ̇2}; see each env's javadoc), not the observation.
 */
public interface SettableState {

  /** Length of the state vector. */
  int stateSize();

  /** A copy of the current state. */
  double[] state();

  /**
   * Sets the state and continues an episode from it as if {@code elapsedSteps} steps had been
   * taken, so the step budget still truncates at the same step.
   *
   * @return the observation of that state, an env-owned buffer overwritten by the next call
   * @throws IllegalArgumentException if the state has the wrong length or is not a valid state, or
   *     {@code elapsedSteps} is outside {@code 0 .. maxEpisodeSteps-1}
   */
  float[] setState(double[] state, int elapsedSteps);

  /** {@link #setState(double[], int)} at the start of an episode. */
  default float[] setState(double[] state) {
    return setState(state, 0);
  }

  /**
   * Whether a step from a set state is a function of state and action alone (no random draws), so
   * that two steps from the same state agree; the MDP-symmetry check needs it.
   */
  default boolean deterministicSteps() {
    return true;
  }
}
