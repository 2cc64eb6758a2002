package io.equirl.agents.net;

import java.util.List;

/**
 * The shape of a Q-network: what it reads, how many Q-values it returns, and its hidden layers.
 *
 * @param architecture MLP, or CNN for grid observations
 * @param observationShape the env's observation shape ({@code [4]}, {@code [21, 21]}, {@code [1,
 *     21, 21]})
 * @param numActions the number of discrete actions, one Q-value each
 * @param netArch widths of the fully connected hidden layers (SB3's {@code net_arch}), ReLU after
 *     each
 */
public record QNetworkSpec(
    Architecture architecture,
    List<Integer> observationShape,
    int numActions,
    List<Integer> netArch) {

  public QNetworkSpec {
    if (architecture == null) {
      throw new IllegalArgumentException("network: architecture must be mlp or cnn");
    }
    observationShape = List.copyOf(observationShape);
    netArch = List.copyOf(netArch);
    if (observationShape.isEmpty() || observationShape.stream().anyMatch(d -> d <= 0)) {
      throw new IllegalArgumentException(
          "observation shape must be non-empty and positive, got " + observationShape);
    }
    if (numActions <= 0) {
      throw new IllegalArgumentException("numActions must be positive, got " + numActions);
    }
    if (netArch.stream().anyMatch(w -> w <= 0)) {
      throw new IllegalArgumentException("net_arch: every width must be positive, got " + netArch);
    }
    if (architecture == Architecture.CNN) {
      int rank = observationShape.size();
      if (rank < 2
          || rank > 3
          || observationShape.get(rank - 1) < 3
          || observationShape.get(rank - 2) < 3) {
        throw new IllegalArgumentException(
            "network: cnn needs a [H, W] or [C, H, W] observation"
                + " of at least 3×3, got "
                + observationShape);
      }
    }
  }

  /** The number of floats in one observation. */
  public int observationSize() {
    int n = 1;
    for (int d : observationShape) {
      n = Math.multiplyExact(n, d);
    }
    return n;
  }

  /** The width of the penultimate features: the last hidden layer, or the flattened input. */
  public int featureSize() {
    if (!netArch.isEmpty()) {
      return netArch.get(netArch.size() - 1);
    }
    return architecture == Architecture.MLP ? observationSize() : CnnShapes.of(this).flatSize();
  }
}
