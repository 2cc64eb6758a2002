package io.equirl.scan.model;

import java.util.Arrays;
import java.util.Locale;

/** The recurrent cell a model uses, as the reference's {@code --layer_type}. */
public enum CellType {
  LSTM,
  GRU,
  RNN;

  /** A new cell of this type (cells hold scratch space: one per model instance). */
  Cell create(int input, int hidden) {
    return switch (this) {
      case LSTM -> new LstmCell(input, hidden);
      case GRU -> new GruCell(input, hidden);
      case RNN -> new RnnCell(input, hidden);
    };
  }

  /** The name users type: lstm, gru, rnn. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The cell named {@code id}, in any case.
   *
   * @throws IllegalArgumentException naming the known cells when {@code id} is none of them
   */
  public static CellType parse(String id) {
    for (CellType c : values()) {
      if (c.name().equalsIgnoreCase(id.strip())) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "unknown cell '" + id + "'; known: " + Arrays.stream(values()).map(CellType::id).toList());
  }
}
