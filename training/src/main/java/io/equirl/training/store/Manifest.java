package io.equirl.training.store;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * The manifest of a training run, {@code config.json}: everything needed to reproduce it and to
 * load its model. Read through an explicit switch over {@link #formatVersion()}.
 *
 * @param formatVersion the save-format version ({@link #CURRENT_VERSION} when written by this code)
 * @param env the registry name of the env ({@code cartpole}, {@code acrobot}, {@code gridworld})
 * @param envId the env's own id ({@code CartPole-v1})
 * @param preset the preset the config started from
 * @param overrides the {@code --set key=value} overrides applied on top of the preset
 * @param seed the run's seed
 * @param device the DJL device trained on ({@code cpu()}, {@code gpu(0)})
 * @param config every resolved hyperparameter, as {@code DqnConfig}'s JSON
 * @param network the Q-network's architecture, observation shape, actions and hidden widths
 * @param versions equirl, DJL, engine and Java versions
 */
public record Manifest(
    @JsonProperty("format_version") int formatVersion,
    @JsonProperty("env") String env,
    @JsonProperty("env_id") String envId,
    @JsonProperty("preset") String preset,
    @JsonProperty("overrides") List<String> overrides,
    @JsonProperty("seed") long seed,
    @JsonProperty("device") String device,
    @JsonProperty("config") JsonNode config,
    @JsonProperty("network") Network network,
    @JsonProperty("versions") Map<String, String> versions) {

  /**
   * The version this code writes. Version 2 has the same fields as 1; it says that the directory
   * keeps a {@link Checksums} file, so a reader can tell a run written before checksums (version 1,
   * none to check) from one whose checksum file was deleted (an error).
   */
  public static final int CURRENT_VERSION = 2;

  /** The one validation of a run's manifest, whichever command reads it. */
  public Manifest {
    require(env, "env");
    require(config, "config");
    require(network, "network");
    if (seed < 0) {
      throw new IllegalArgumentException("seed: must be >= 0, got " + seed);
    }
    overrides = overrides == null ? List.of() : List.copyOf(overrides);
  }

  /** This manifest as this build writes it: the same run, {@link #CURRENT_VERSION}. */
  public Manifest asCurrentVersion() {
    return new Manifest(
        CURRENT_VERSION, env, envId, preset, overrides, seed, device, config, network, versions);
  }

  private static void require(Object value, String key) {
    if (value == null) {
      throw new FileReads.MissingKeyException(key);
    }
  }

  /**
   * The network part of the manifest.
   *
   * @param architecture {@code mlp} or {@code cnn}
   * @param observationShape the observation shape the network reads
   * @param numActions the number of Q-values
   * @param netArch hidden layer widths
   */
  public record Network(
      @JsonProperty("architecture") String architecture,
      @JsonProperty("observation_shape") List<Integer> observationShape,
      @JsonProperty("num_actions") int numActions,
      @JsonProperty("net_arch") List<Integer> netArch) {

    /** Every key present. */
    public Network {
      require(architecture, "network.architecture");
      require(observationShape, "network.observation_shape");
      require(netArch, "network.net_arch");
      if (numActions <= 0) {
        throw new IllegalArgumentException("network.num_actions: must be > 0, got " + numActions);
      }
    }
  }
}
