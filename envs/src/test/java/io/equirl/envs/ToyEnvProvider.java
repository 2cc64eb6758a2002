package io.equirl.envs;

import io.equirl.envs.classic.CartPoleEnv;

/** A provider found through META-INF/services in the tests: serves {@code toy:<anything>}. */
public final class ToyEnvProvider implements EnvProvider {

  @Override
  public String prefix() {
    return "toy";
  }

  @Override
  public Env make(String id) {
    if (!id.equals("CartPole-v1")) {
      throw new IllegalArgumentException("toy provider knows only CartPole-v1, not " + id);
    }
    return new CartPoleEnv();
  }
}
