package io.equirl.scan.train;

import java.util.Arrays;
import java.util.Locale;

/** Which model is trained or evaluated: the plain one, or it through a wrapper. */
public enum ObjectiveKind {
  /** The pretrained model as it is. */
  PLAIN,
  /** Equitune: the |G| decodes' log-probability rows mapped back and averaged. */
  EQUITUNE,
  /** Equizero with the paper's proxy, minus the mean largest probability. */
  EQUIZERO,
  /** Equizero with the summed entropy of the decode as proxy. */
  EQUIZERO_ENTROPY;

  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The kind named {@code id} (e.g. {@code equizero-entropy}). */
  public static ObjectiveKind parse(String id) {
    for (ObjectiveKind k : values()) {
      if (k.id().equals(id.strip().toLowerCase(Locale.ROOT))) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "unknown wrapper '"
            + id
            + "'; known: "
            + Arrays.stream(values()).map(ObjectiveKind::id).toList());
  }
}
