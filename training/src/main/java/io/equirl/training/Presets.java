package io.equirl.training;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Hyperparameter presets, one YAML resource per env and name ({@code presets/<env>-<preset>.yml}),
 * each a set of overrides on {@link DqnConfig#sb3Defaults()} as rl-baselines3-zoo keeps them.
 *
 * <ul>
 *   <li>{@code zoo}: rl-baselines3-zoo's {@code hyperparams/dqn.yml} for CartPole-v1 and
 *       Acrobot-v1; Gridworld has no zoo entry, so its file documents the values chosen.
 *   <li>{@code paper}: SB3's default DQN with {@code net_arch} [64, 64] and learning rate 1e-4, for
 *       100k steps (Gridworld, CartPole) or 70k (Acrobot), as the paper pretrained.
 * </ul>
 */
public final class Presets {
  /** The envs that have presets, by registry name. */
  public static final List<String> ENVS = List.of("cartpole", "acrobot", "gridworld");

  /** The preset names. */
  public static final List<String> NAMES = List.of("zoo", "paper");

  private static final String GYM_PREFIX = "gym:";

  /** SB3's defaults, read once: the base of every preset and of every config read back. */
  static final DqnConfig SB3_DEFAULTS = readComplete("presets/sb3-defaults.yml");

  private Presets() {}

  /**
   * The preset {@code preset} for {@code env}.
   *
   * @throws IllegalArgumentException for an unknown env or preset, listing the valid ones
   */
  public static DqnConfig load(String env, String preset) {
    if (!NAMES.contains(preset)) {
      throw new IllegalArgumentException(
          "preset: unknown preset '" + preset + "', valid: " + String.join(", ", NAMES));
    }
    if (env.startsWith(GYM_PREFIX)) {
      String known = nativeTwin(env);
      if (known != null) {
        return load(known, preset);
      }
      if (!preset.equals("paper")) {
        throw new IllegalArgumentException(
            "preset: only 'paper' (SB3's default DQN) applies to "
                + env
                + ", which has no tuned preset; tune it with --set key=value");
      }
      return read("presets/generic-paper.yml");
    }
    if (!ENVS.contains(env)) {
      throw new IllegalArgumentException(
          "env: unknown env '"
              + env
              + "', valid: "
              + String.join(", ", ENVS)
              + ", or gym:<Gymnasium id>");
    }
    return read("presets/" + env + "-" + preset + ".yml");
  }

  /**
   * The preset of λ training ({@code presets/lambda.yml}), in DQN's names; the caller sets {@code
   * gamma} to the pretrained model's.
   */
  public static DqnConfig lambda() {
    return read("presets/lambda.yml");
  }

  /**
   * The preset used when none is named: {@code zoo} where a tuned one exists, else {@code paper}.
   */
  public static String defaultPreset(String env) {
    return env.startsWith(GYM_PREFIX) && nativeTwin(env) == null ? "paper" : "zoo";
  }

  /**
   * The native env whose presets a bridged Gymnasium env shares: the same dynamics, so the same
   * tuned values ({@code gym:CartPole-v1} → cartpole); null for any other Gymnasium id.
   */
  static String nativeTwin(String gymSpec) {
    String id = gymSpec.substring(GYM_PREFIX.length());
    if (id.contains("?")) {
      return null; // keyword arguments may change the dynamics the presets were tuned for
    }
    return switch (id) {
      case "CartPole-v1" -> "cartpole";
      case "Acrobot-v1" -> "acrobot";
      default -> null;
    };
  }

  private static DqnConfig readComplete(String resource) {
    try (InputStream in = Presets.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing preset resource " + resource);
      }
      return ConfigOverrides.fromCompleteYaml(in, resource);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read preset " + resource + ": " + e.getMessage(), e);
    }
  }

  private static DqnConfig read(String resource) {
    try (InputStream in = Presets.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing preset resource " + resource);
      }
      return ConfigOverrides.fromYaml(DqnConfig.sb3Defaults(), in, resource);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read preset " + resource + ": " + e.getMessage(), e);
    }
  }
}
