package io.equirl.scan.data;

import java.util.List;

/** One SCAN example: a command and the action sequence it means (without SOS or EOS). */
public record ScanPair(List<String> command, List<String> actions) {

  public ScanPair {
    command = List.copyOf(command);
    actions = List.copyOf(actions);
  }

  /** The pair in the published files' format, {@code IN: ... OUT: ...}. */
  public String toLine() {
    return "IN: " + String.join(" ", command) + " OUT: " + String.join(" ", actions);
  }
}
