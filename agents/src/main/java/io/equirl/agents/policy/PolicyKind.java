package io.equirl.agents.policy;

import java.util.Arrays;
import java.util.Locale;

/** The policies of the paper's Fig. 2, by their command-line names. */
public enum PolicyKind {
  /** {@code argmax_a Q(s, a)} of the pretrained network. */
  GREEDY,
  /** {@code argmax_a} of {@code 1/|G| Σ_g g⁻¹·Q(g·s)} (paper eq. 1). */
  EQUITUNE,
  /** {@code g*⁻¹·argmax_a Q(g*·s, a)}, {@code g* = argmax_g max_a softmax(Q(g·s))_a} (eq. 2). */
  EQUIZERO,
  /** {@code argmax_a} of {@code Σ_g λ(g·s) g⁻¹·Q(g·s) / Σ_g λ(g·s)} (eq. 4). */
  LAMBDA;

  /** The command-line name, e.g. {@code equizero}. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The kind named {@code name} (case-insensitive).
   *
   * @throws IllegalArgumentException listing the valid names
   */
  public static PolicyKind parse(String name) {
    for (PolicyKind k : values()) {
      if (k.cliName().equalsIgnoreCase(name == null ? "" : name.trim())) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "policy: unknown policy '"
            + name
            + "', valid: "
            + String.join(", ", Arrays.stream(values()).map(PolicyKind::cliName).toList()));
  }

  @Override
  public String toString() {
    return cliName();
  }
}
