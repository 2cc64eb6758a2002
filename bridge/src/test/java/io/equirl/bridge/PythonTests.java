package io.equirl.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What the integration tests share: whether the configured Python can serve, the options that put
 * the test envs ({@code equirl_test_envs.py}) on its path, and the orphan check.
 */
final class PythonTests {
  private static Boolean usable;
  private static String why;

  private PythonTests() {}

  /** Skips the calling test unless {@code python -c "import gymnasium, py4j"} succeeds. */
  static synchronized void assumeGymnasiumAndPy4j() {
    if (usable == null) {
      String python = BridgeOptions.defaults().resolvedPython();
      String check = python + " -c \"import gymnasium, py4j\"";
      try {
        Process p =
            new ProcessBuilder(List.of(python, "-c", "import gymnasium, py4j"))
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean done = p.waitFor(60, TimeUnit.SECONDS);
        usable = done && p.exitValue() == 0;
        why = check + " failed: " + out.strip().lines().reduce((a, b) -> b).orElse("");
      } catch (IOException e) {
        usable = false;
        why = check + " failed: " + e.getMessage();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        usable = false;
        why = "interrupted";
      }
    }
    assumeTrue(usable, () -> "skipping the Gymnasium bridge tests: " + why);
  }

  /** Default options with the test envs' folder in front of PYTHONPATH. */
  static BridgeOptions options() {
    String testEnvs = testEnvsDir().toString();
    String path = System.getenv("PYTHONPATH");
    return BridgeOptions.defaults()
        .withEnvironment(
            "PYTHONPATH", path == null || path.isEmpty() ? testEnvs : testEnvs + ":" + path);
  }

  static Path testEnvsDir() {
    try {
      return Path.of(PythonTests.class.getResource("/python").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Asserts that no process started by this JVM is still alive. */
  static void assertNoChildProcesses() {
    List<ProcessHandle> alive =
        ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList();
    assertEquals(
        List.of(),
        alive.stream().map(PythonTests::describe).toList(),
        "processes left behind by this JVM");
  }

  private static String describe(ProcessHandle p) {
    return p.pid() + " " + p.info().commandLine().orElse("?");
  }
}
