package io.equirl.agents.net;

import java.util.Locale;

/** The body of a Q-network: fully connected layers, or two small convolutions before them. */
public enum Architecture {
  /** Flattened observation through {@code net_arch} ReLU layers, as SB3's {@code MlpPolicy}. */
  MLP,
  /** For grid images (Gridworld's 1×21×21): two 3×3 convolutions, then the {@code net_arch} MLP. */
  CNN;

  /** The lower-case name used in configs ({@code mlp}, {@code cnn}). */
  public String configName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code mlp} or {@code cnn}; anything else is refused listing both. */
  public static Architecture parse(String name) {
    for (Architecture a : values()) {
      if (a.configName().equalsIgnoreCase(name)) {
        return a;
      }
    }
    throw new IllegalArgumentException(
        "network: unknown architecture '" + name + "', valid: mlp, cnn");
  }
}
