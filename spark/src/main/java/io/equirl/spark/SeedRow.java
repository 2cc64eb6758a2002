package io.equirl.spark;

import java.io.Serializable;

/**
 * What a task sends back to the driver: the env whose seed it ran and the seed's result row (the
 * text of {@code seed-k/eval.json}).
 */
record SeedRow(String env, String json) implements Serializable {
  private static final long serialVersionUID = 1L;
}
