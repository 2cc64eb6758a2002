package io.equirl.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * No orphans when a JVM ends without closing its env: at exit the shutdown hook ends Python, and
 * when the JVM is killed (no hook runs) Python exits because its stdin closed; the server script's
 * temporary copy is deleted at exit, or by the next JVM after a kill. Each case runs {@link
 * LifetimeProbe} in a child JVM. Skipped where Python lacks gymnasium or py4j.
 */
@ExtendWith(NeedsGymnasium.class)
class ProcessLifetimeTest {

  @Test
  void shutdownHookEndsPythonAtExit() throws Exception {
    Process jvm = probe("exit");
    BufferedReader out = lines(jvm);
    long python = readPythonPid(out);
    Path script = readScript(out);
    assertTrue(jvm.waitFor(30, TimeUnit.SECONDS), "the probe JVM did not exit");
    assertEquals(0, jvm.exitValue());
    assertGone(python);
    assertFalse(Files.exists(script), "left behind: " + script);
  }

  @Test
  void killedJvmLeavesNoPythonAndTheNextJvmDeletesItsScript() throws Exception {
    Process jvm = probe("hang");
    BufferedReader out = lines(jvm);
    long python = readPythonPid(out);
    Path script = readScript(out);
    assertTrue(ProcessHandle.of(python).isPresent(), "Python should run while the JVM does");
    jvm.destroyForcibly();
    assertTrue(jvm.waitFor(30, TimeUnit.SECONDS));
    assertGone(python);
    // kill -9 ran no exit hook, so the killed JVM's copy of the script is still there ...
    assertTrue(Files.exists(script), "expected the killed JVM's script at " + script);
    // ... until the next JVM that starts a server.
    Process next = probe("exit");
    readPythonPid(lines(next));
    assertTrue(next.waitFor(30, TimeUnit.SECONDS), "the probe JVM did not exit");
    assertFalse(Files.exists(script), "left behind: " + script);
  }

  private static Process probe(String mode) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
            List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                LifetimeProbe.class.getName(),
                mode));
    builder.redirectError(ProcessBuilder.Redirect.DISCARD);
    return builder.start();
  }

  private static BufferedReader lines(Process jvm) {
    return new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8));
  }

  private static long readPythonPid(BufferedReader out) throws IOException {
    String line = out.readLine();
    assertTrue(line != null && line.startsWith("PID "), "probe said: " + line);
    return Long.parseLong(line.substring(4).trim());
  }

  private static Path readScript(BufferedReader out) throws IOException {
    String line = out.readLine();
    assertTrue(line != null && line.startsWith("SCRIPT "), "probe said: " + line);
    return Path.of(line.substring(7).trim());
  }

  /** Waits a few seconds for the process to end, then asserts it has. */
  private static void assertGone(long pid) throws Exception {
    Optional<ProcessHandle> handle = ProcessHandle.of(pid);
    if (handle.isPresent()) {
      handle.get().onExit().get(10, TimeUnit.SECONDS);
    }
    assertTrue(
        ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true),
        "Python " + pid + " outlived its JVM");
  }
}
