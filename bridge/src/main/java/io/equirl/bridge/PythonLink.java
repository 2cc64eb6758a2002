package io.equirl.bridge;

import java.net.InetAddress;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import py4j.ClientServer;
import py4j.Py4JException;

/**
 * One Python server process and the Py4J connection to it: every call goes through {@link #call},
 * which turns Py4J's failures into {@link BridgeException}s, and a process that died or hung leaves
 * the link broken for good. Not thread-safe.
 */
final class PythonLink implements AutoCloseable {
  private static final Logger PY4J_LOGGER = Logger.getLogger("py4j");

  static {
    // Py4J logs each connection at INFO and each failure with a stack trace; our exceptions say it.
    if (PY4J_LOGGER.getLevel() == null) {
      PY4J_LOGGER.setLevel(Level.OFF);
    }
  }

  private final String label;
  private final PythonProcess python;
  private final ClientServer clientServer;
  private final GymServer server;
  private String broken;
  private boolean closed;

  private PythonLink(String label, PythonProcess python) {
    this.label = label;
    this.python = python;
    this.clientServer =
        new ClientServer.ClientServerBuilder()
            .javaPort(0)
            .autoStartJavaServer(false)
            .pythonAddress(InetAddress.getLoopbackAddress())
            .pythonPort(python.port())
            .readTimeout(python.callTimeoutMillis())
            .authToken(python.token())
            .enableMemoryManagement(false)
            .build();
    this.server =
        (GymServer) clientServer.getPythonServerEntryPoint(new Class<?>[] {GymServer.class});
  }

  /**
   * Starts a server process and connects to it.
   *
   * @param label what the env is called in messages, such as {@code gym:CartPole-v1}
   */
  static PythonLink open(BridgeOptions options, String label) {
    PythonProcess python = PythonProcess.start(options);
    try {
      return new PythonLink(label, python);
    } catch (RuntimeException e) {
      python.stop();
      throw e;
    }
  }

  /** The Python entry point; call it only inside {@link #call}. */
  GymServer server() {
    return server;
  }

  /** Runs one call to Python, turning Py4J's failures into ours. */
  <T> T call(String what, Supplier<T> body) {
    if (closed) {
      throw new IllegalStateException(label + " is closed");
    }
    if (broken != null) {
      throw new BridgeException(broken);
    }
    if (!python.isAlive()) {
      throw fail(what, null);
    }
    try {
      return body.get();
    } catch (Py4JException e) {
      PythonError error = PythonError.fromPy4jMessage(e.getMessage());
      if (error == null) {
        throw fail(what, e);
      }
      throw new BridgeException(
          what + " on " + label + " raised " + error.summary(), error.type(), e);
    }
  }

  /** Marks the link broken after the process died or hung, and ends the process. */
  private BridgeException fail(String what, Throwable cause) {
    broken = what + " on " + label + " failed: " + python.deathNote();
    python.stop();
    shutdownQuietly();
    return new BridgeException(broken, cause);
  }

  long pid() {
    return python.pid();
  }

  /** Kills the process without closing the link, as a crash would; for tests. */
  void kill() {
    python.kill();
  }

  /** Closes the Python env (when the process still answers) and ends the process; idempotent. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (broken == null && python.isAlive()) {
      try {
        server.close();
      } catch (RuntimeException alreadyFailing) {
        // The process is ended below either way.
      }
    }
    python.stop();
    shutdownQuietly();
  }

  private void shutdownQuietly() {
    try {
      clientServer.shutdown();
    } catch (RuntimeException ignored) {
      // Sockets of a dead process: nothing left to release.
    }
  }
}
