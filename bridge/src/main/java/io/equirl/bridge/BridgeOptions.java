package io.equirl.bridge;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the bridge starts and talks to its Python process.
 *
 * @param python the Python executable (a path or a name looked up on {@code PATH}); null to use the
 *     environment variable {@value #PYTHON_VARIABLE}, else {@value #DEFAULT_PYTHON}
 * @param environment variables added to the Python process's environment (for example {@code
 *     PYTHONPATH}); the JVM's own environment is inherited underneath
 * @param startTimeout how long Python may take to import Gymnasium and Py4J and start listening
 * @param callTimeout how long one call (make, reset, step) may take before the process is deemed
 *     hung, stopped, and the call fails
 */
public record BridgeOptions(
    String python, Map<String, String> environment, Duration startTimeout, Duration callTimeout) {

  /** The environment variable naming the Python executable when no option does. */
  public static final String PYTHON_VARIABLE = "EQUIRL_PYTHON";

  /** The executable used when neither the option nor {@value #PYTHON_VARIABLE} names one. */
  public static final String DEFAULT_PYTHON = "python3";

  public BridgeOptions {
    if (python != null && python.isBlank()) {
      throw new IllegalArgumentException("the Python executable must not be blank");
    }
    environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
    requirePositive("startTimeout", startTimeout);
    requirePositive("callTimeout", callTimeout);
    if (callTimeout.toMillis() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("callTimeout " + callTimeout + " is too long");
    }
  }

  /** Python from {@value #PYTHON_VARIABLE} or {@code python3}; 60 s to start, 60 s per call. */
  public static BridgeOptions defaults() {
    return new BridgeOptions(null, Map.of(), Duration.ofSeconds(60), Duration.ofSeconds(60));
  }

  /** These options with the Python executable {@code python} (null: the default lookup). */
  public BridgeOptions withPython(String python) {
    return new BridgeOptions(python, environment, startTimeout, callTimeout);
  }

  /** These options with {@code name=value} added to the Python process's environment. */
  public BridgeOptions withEnvironment(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(environment);
    more.put(name, value);
    return new BridgeOptions(python, more, startTimeout, callTimeout);
  }

  /** These options with another start-up timeout. */
  public BridgeOptions withStartTimeout(Duration startTimeout) {
    return new BridgeOptions(python, environment, startTimeout, callTimeout);
  }

  /** These options with another per-call timeout. */
  public BridgeOptions withCallTimeout(Duration callTimeout) {
    return new BridgeOptions(python, environment, startTimeout, callTimeout);
  }

  /** The executable to run: the option, else {@value #PYTHON_VARIABLE}, else {@code python3}. */
  public String resolvedPython() {
    return resolvePython(python, System.getenv(PYTHON_VARIABLE));
  }

  static String resolvePython(String option, String variable) {
    if (option != null) {
      return option;
    }
    return variable == null || variable.isBlank() ? DEFAULT_PYTHON : variable;
  }

  private static void requirePositive(String name, Duration d) {
    if (d == null || d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, got " + d);
    }
  }
}
