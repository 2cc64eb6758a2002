package io.equirl.bridge;

/**
 * The Java face of the Python entry point in {@code gym_server.py}; Py4J implements it with a proxy
 * whose every call is one round trip. Method names must match the Python ones.
 */
interface GymServer {

  /**
   * Makes the env; returns {@code box SHAPE N} (SHAPE as comma-separated dimensions) or {@code
   * discrete SIZE N}, N being the number of actions.
   */
  String make(String envId, String kwargsJson);

  /** The observation bounds: all lows, then all highs, as little-endian float32. */
  byte[] bounds();

  /** {@code env.reset(seed=seed)}; the observation as little-endian float32. */
  byte[] reset(long seed);

  /** {@code env.reset()}; the observation as little-endian float32. */
  byte[] resetUnseeded();

  /** The observation (float32), the reward (float64), terminated and truncated (a byte each). */
  byte[] step(int action);

  /** {@code env.unwrapped.state} as little-endian float64, where the env keeps one. */
  byte[] unwrappedState();

  /** Whether {@code env.unwrapped} keeps a {@code state} attribute. */
  boolean hasState();

  /**
   * Sets {@code env.unwrapped.state} (little-endian float64) and the {@code TimeLimit} step count;
   * returns the observation of that state as little-endian float32.
   */
  byte[] setState(byte[] state, int elapsedSteps);

  /** {@code env.close()}. */
  void close();
}
