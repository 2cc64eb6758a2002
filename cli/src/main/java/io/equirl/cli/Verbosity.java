package io.equirl.cli;

/**
 * Whether {@code --verbose} was given (or {@code EQUIRL_DEBUG=1} is set): failures then add their
 * stack trace to the one line they always print.
 */
final class Verbosity {
  private static volatile boolean verbose;

  private Verbosity() {}

  static void set(boolean on) {
    verbose = on;
  }

  static boolean verbose() {
    return verbose || "1".equals(System.getenv("EQUIRL_DEBUG"));
  }
}
