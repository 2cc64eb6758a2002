package io.equirl.vision.equi;

import ai.djl.ndarray.NDArray;
import io.equirl.groups.nd.NdOperators;
import java.util.Locale;
import java.util.function.Function;

/**
 * Equizero's proxy losses on class logits, the two the paper tried for classification: the negative
 * maximal probability and the entropy of the softmax (both pick the transform the network is most
 * confident on).
 */
public enum ProxyLosses {
  /** {@code −max_c softmax(z)_c}. */
  MAX_PROBABILITY,
  /** {@code −Σ_c p_c log p_c} with {@code p = softmax(z)}. */
  ENTROPY,
  /** {@code −max_c z_c}: for CLIP, the negative maximal similarity (the paper's choice there). */
  MAX_LOGIT;

  /** The loss of each row of stacked logits {@code [N, classes] → [N]}. */
  public Function<NDArray, NDArray> loss() {
    if (this == MAX_PROBABILITY) {
      return NdOperators.negativeMaxSoftmax();
    }
    if (this == MAX_LOGIT) {
      return NdOperators.negativeMax();
    }
    return raw -> raw.softmax(1).mul(raw.logSoftmax(1)).sum(new int[] {1}).neg();
  }

  /** The name in tables: {@code maxprob}, {@code entropy} or {@code maxlogit}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace("_", "").replace("probability", "prob");
  }
}
