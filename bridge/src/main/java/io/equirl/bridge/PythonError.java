package io.equirl.bridge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Python exception as Py4J hands it to Java: the formatted traceback, whose last line reads
 * {@code Type: message}.
 *
 * @param type the exception's type as Python prints it ({@code ValueError}, {@code
 *     gymnasium.error.NameNotFound}); empty when the traceback could not be read
 * @param message the exception's message
 * @param traceback the whole traceback text
 */
record PythonError(String type, String message, String traceback) {

  /** The text Py4J puts before the traceback of an exception raised in a Python proxy. */
  private static final String PROXY_PREFIX = "Return Message: ";

  private static final Pattern TYPED_LINE = Pattern.compile("([A-Za-z_][\\w.]*): (.*)");
  private static final Pattern BARE_TYPE = Pattern.compile("[A-Za-z_][\\w.]*");

  /** The Python error inside a Py4J exception message, or null when it holds none. */
  static PythonError fromPy4jMessage(String py4jMessage) {
    if (py4jMessage == null) {
      return null;
    }
    int at = py4jMessage.indexOf(PROXY_PREFIX);
    if (at < 0) {
      return null;
    }
    return fromTraceback(py4jMessage.substring(at + PROXY_PREFIX.length()));
  }

  /**
   * Reads type and message from the traceback's exception line: the last line that is not indented
   * and reads {@code Type: message} (a message of several lines runs to the end), or else a last
   * line that is a bare {@code Type}.
   */
  static PythonError fromTraceback(String traceback) {
    List<String> lines = traceback.strip().lines().toList();
    for (int i = lines.size() - 1; i >= 0; i--) {
      Matcher m = TYPED_LINE.matcher(lines.get(i));
      if (m.matches()) {
        List<String> message = new ArrayList<>(List.of(m.group(2)));
        message.addAll(lines.subList(i + 1, lines.size()));
        return new PythonError(m.group(1), String.join("\n", message), traceback);
      }
    }
    String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip();
    return BARE_TYPE.matcher(last).matches()
        ? new PythonError(last, "", traceback)
        : new PythonError("", last, traceback);
  }

  /** {@code Type: message}, as the last line of the traceback. */
  String summary() {
    if (type.isEmpty()) {
      return message;
    }
    return message.isEmpty() ? type : type + ": " + message;
  }
}
