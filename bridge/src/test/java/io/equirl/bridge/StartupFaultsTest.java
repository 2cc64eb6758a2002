package io.equirl.bridge;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Python that cannot serve: each case gives one message that says what to install. */
class StartupFaultsTest {

  @AfterAll
  static void noOrphans() {
    PythonTests.assertNoChildProcesses();
  }

  @Test
  void missingPythonSaysWhatToInstall() {
    BridgeOptions options = BridgeOptions.defaults().withPython("/nonexistent/equirl-python");
    BridgeException e =
        assertThrows(
            BridgeException.class, () -> GymnasiumEnv.make(GymSpec.of("CartPole-v1"), options));
    assertTrue(
        e.getMessage().contains("cannot run Python '/nonexistent/equirl-python'"), e.getMessage());
    assertTrue(e.getMessage().contains("pip install gymnasium py4j"), e.getMessage());
  }

  @Test
  void notAPythonAtAllIsReportedWithItsExitStatus() {
    assumeTrue(Files.isExecutable(Path.of("/bin/false")), "needs /bin/false");
    BridgeOptions options = BridgeOptions.defaults().withPython("/bin/false");
    BridgeException e =
        assertThrows(
            BridgeException.class, () -> GymnasiumEnv.make(GymSpec.of("CartPole-v1"), options));
    assertTrue(
        e.getMessage().contains("exited with status 1 before the Gymnasium server started"),
        e.getMessage());
  }

  @Test
  void pythonWithoutGymnasiumSaysWhatToInstall(@TempDir Path dir) throws IOException {
    String python = BridgeOptions.defaults().resolvedPython();
    assumeTrue(runs(python), () -> python + " --version failed; skipping");
    // A package that fails to import hides any installed gymnasium, as if it were missing.
    Files.createDirectories(dir.resolve("gymnasium"));
    Files.writeString(dir.resolve("gymnasium/__init__.py"), "raise ImportError('hidden')\n");
    BridgeOptions options = BridgeOptions.defaults().withEnvironment("PYTHONPATH", dir.toString());
    BridgeException e =
        assertThrows(
            BridgeException.class, () -> GymnasiumEnv.make(GymSpec.of("CartPole-v1"), options));
    assertTrue(e.getMessage().contains("lacks gymnasium"), e.getMessage());
    assertTrue(e.getMessage().contains("pip install gymnasium py4j"), e.getMessage());
  }

  @Test
  void silentPythonTimesOutAtStart(@TempDir Path dir) throws IOException {
    BridgeOptions options =
        BridgeOptions.defaults()
            .withPython(fakePython(dir, "exec sleep 30"))
            .withStartTimeout(Duration.ofMillis(500));
    BridgeException e =
        assertThrows(
            BridgeException.class, () -> GymnasiumEnv.make(GymSpec.of("CartPole-v1"), options));
    assertTrue(
        e.getMessage().contains("did not start the Gymnasium server within"), e.getMessage());
  }

  @Test
  void crashAtStartQuotesStderr(@TempDir Path dir) throws IOException {
    BridgeOptions options =
        BridgeOptions.defaults().withPython(fakePython(dir, "echo 'fatal: no luck' >&2; exit 5"));
    BridgeException e =
        assertThrows(
            BridgeException.class, () -> GymnasiumEnv.make(GymSpec.of("CartPole-v1"), options));
    assertTrue(e.getMessage().contains("exited with status 5"), e.getMessage());
    assertTrue(e.getMessage().endsWith("fatal: no luck"), e.getMessage());
  }

  @Test
  void serverThatDoesNotAnswerIsStopped(@TempDir Path dir) throws IOException {
    // Announces a port where nothing listens, then idles: the first call must fail, not hang.
    BridgeOptions options =
        BridgeOptions.defaults().withPython(fakePython(dir, "echo 'EQUIRL-PORT 1'; exec sleep 30"));
    BridgeException e =
        assertThrows(
            BridgeException.class, () -> GymnasiumEnv.make(GymSpec.of("CartPole-v1"), options));
    assertTrue(e.getMessage().contains("make on gym:CartPole-v1 failed"), e.getMessage());
    assertTrue(e.getMessage().contains("stopped answering"), e.getMessage());
  }

  /** A shell script standing in for Python, running {@code body}. */
  private static String fakePython(Path dir, String body) throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh");
    Path script = dir.resolve("fake-python");
    Files.writeString(script, "#!/bin/sh\n" + body + "\n");
    assumeTrue(script.toFile().setExecutable(true), "cannot make a script executable");
    return script.toString();
  }

  private static boolean runs(String python) {
    try {
      return new ProcessBuilder(python, "--version").start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
