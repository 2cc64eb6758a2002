package io.equirl.bridge;

/**
 * A failure of the Python side of the Gymnasium bridge: Python missing or lacking a module, the
 * process dying or not answering, or a Python exception raised inside the env.
 *
 * <p>Bad input that Java can judge itself (an unknown env id, an action outside the space, an
 * unsupported space) is reported as {@link IllegalArgumentException} instead, so that the CLI
 * answers it with its bad-input exit code.
 */
public class BridgeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String pythonType;

  /** A failure without a Python exception behind it (start-up, a dead process, a timeout). */
  public BridgeException(String message) {
    this(message, null, null);
  }

  /** A failure with a cause on the Java side. */
  public BridgeException(String message, Throwable cause) {
    this(message, null, cause);
  }

  /**
   * A Python exception raised inside the env.
   *
   * @param pythonType the Python exception's type, such as {@code ValueError}; null when none
   */
  public BridgeException(String message, String pythonType, Throwable cause) {
    super(message, cause);
    this.pythonType = pythonType;
  }

  /** The Python exception's type (as Python prints it), or null when Python raised nothing. */
  public String pythonType() {
    return pythonType;
  }
}
