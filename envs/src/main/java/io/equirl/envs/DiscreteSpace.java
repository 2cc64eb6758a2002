package io.equirl.envs;

/** The actions {@code 0, 1, ..., n-1}, as Gymnasium's {@code Discrete(n)}. */
public record DiscreteSpace(int n) {

  public DiscreteSpace {
    if (n <= 0) {
      throw new IllegalArgumentException("a discrete space needs n >= 1, got " + n);
    }
  }

  public boolean contains(int action) {
    return action >= 0 && action < n;
  }

  /** Throws the exception the {@link Env} contract promises for an action outside the space. */
  public void requireContains(int action) {
    if (!contains(action)) {
      throw new IllegalArgumentException(
          "action " + action + " is outside the action space " + this);
    }
  }

  @Override
  public String toString() {
    return "Discrete(" + n + ")";
  }
}
