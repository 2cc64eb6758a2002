package io.equirl.bridge;

import io.equirl.envs.EnvFactory;
import io.equirl.envs.Envs;

/**
 * Hooks the bridge into {@link Envs#make(String)}: after {@link #register(BridgeOptions)}, {@code
 * Envs.make("gym:CartPole-v1")} makes a {@link GymnasiumEnv} with those options.
 *
 * <pre>{@code
 * GymEnvProvider.register(BridgeOptions.defaults().withPython(pythonFromCli)); // once, at start-up
 * try (Env env = Envs.make("gym:LunarLander-v3?continuous=false")) { ... }
 * }</pre>
 */
public final class GymEnvProvider implements EnvFactory {
  /** The prefix under which the bridge registers, {@code gym} as in {@code gym:CartPole-v1}. */
  public static final String PREFIX = "gym";

  private final BridgeOptions options;

  /** A factory making bridged envs with {@code options}. */
  public GymEnvProvider(BridgeOptions options) {
    this.options = options;
  }

  /**
   * Registers a factory with {@code options} for the {@code gym:} prefix; a later call replaces it.
   */
  public static void register(BridgeOptions options) {
    Envs.registerPrefix(PREFIX, new GymEnvProvider(options));
  }

  /**
   * Makes a bridged env from a full spec such as {@code gym:CartPole-v1?max_episode_steps=200}.
   *
   * @throws IllegalArgumentException for a bad spec or an env Gymnasium cannot make
   * @throws BridgeException when Python cannot serve
   */
  public static GymnasiumEnv make(String spec, BridgeOptions options) {
    return GymnasiumEnv.make(GymSpec.parse(spec), options);
  }

  /** Makes the env named by {@code id}, the part after {@code gym:}, as {@link Envs} hands it. */
  @Override
  public GymnasiumEnv make(String id) {
    return make(GymSpec.PREFIX + id, options);
  }
}
