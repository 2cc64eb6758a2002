package io.equirl.cli;

/**
 * The program-wide {@code --verbose} flag (or {@code EQUIRL_DEBUG=1}): set while the command line
 * is parsed, before any engine class logs, so that the engine's own log lines (DJL's INFO and WARN)
 * appear only when asked for, and failures add their stack trace to the one line they always print.
 * One flag for everything that should say more.
 */
final class Verbosity {
  /** The slf4j-simple property that {@code simplelogger.properties} sets to {@code error}. */
  static final String LOG_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

  private static volatile boolean verbose;

  private Verbosity() {}

  static void set(boolean on) {
    verbose = on;
    if (on && System.getProperty(LOG_LEVEL) == null) {
      System.setProperty(LOG_LEVEL, "info");
    }
  }

  static boolean verbose() {
    return verbose || "1".equals(System.getenv("EQUIRL_DEBUG"));
  }
}
