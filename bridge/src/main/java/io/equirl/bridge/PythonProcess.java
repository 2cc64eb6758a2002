package io.equirl.bridge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Python child that runs {@code gym_server.py}: starts it, hands it the auth token, reads its
 * port, keeps the tail of its stderr, and makes sure it ends (on {@link #stop()}, on JVM shutdown,
 * and by itself when its stdin closes because the JVM died). Thread-safe.
 */
final class PythonProcess {
  /** What to install, said in every message about a Python that cannot serve. */
  static final String INSTALL_HINT = "pip install gymnasium py4j";

  private static final String SCRIPT = "gym_server.py";
  private static final String SCRIPT_PREFIX = "equirl-gym-server-";

  /** A copy's name: the prefix, the pid of the JVM that wrote it, a random part. */
  private static final Pattern SCRIPT_COPY =
      Pattern.compile(Pattern.quote(SCRIPT_PREFIX) + "(\\d{1,18})-\\d+\\.py");

  private static final String PORT_LINE = "EQUIRL-PORT ";
  private static final String MISSING_LINE = "EQUIRL-MISSING ";
  private static final int STDERR_TAIL_BYTES = 4096;
  private static final Set<PythonProcess> LIVE = ConcurrentHashMap.newKeySet();
  private static Path script;
  private static boolean hookAdded;

  private final String python;
  private final Process process;
  private final OutputStream stdin;
  private final OutputTail stderr;
  private final int port;
  private final String token;
  private final int callTimeoutMillis;

  private PythonProcess(String python, Process process, String token, BridgeOptions options) {
    this.python = python;
    this.process = process;
    this.token = token;
    this.callTimeoutMillis = (int) options.callTimeout().toMillis();
    this.stdin = process.getOutputStream();
    this.stderr =
        new OutputTail(process.getErrorStream(), STDERR_TAIL_BYTES, "equirl-python-stderr");
    LIVE.add(this);
    try {
      stdin.write((token + "\n").getBytes(StandardCharsets.US_ASCII));
      stdin.flush();
    } catch (IOException diedAtOnce) {
      // Reported below, with the exit status and stderr, when no port arrives.
    }
    try {
      this.port = awaitPort(options);
    } catch (RuntimeException e) {
      stop();
      throw e;
    }
  }

  /**
   * Starts the server with the options' Python.
   *
   * @throws BridgeException when Python cannot be run, lacks a module, or does not start in time
   */
  static PythonProcess start(BridgeOptions options) {
    String python = options.resolvedPython();
    ensureShutdownHook();
    ProcessBuilder builder = new ProcessBuilder(List.of(python, serverScript().toString()));
    builder.environment().putAll(options.environment());
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new BridgeException(cannotRun(python, e.getMessage()), e);
    }
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    return new PythonProcess(python, process, HexFormat.of().formatHex(random), options);
  }

  static String cannotRun(String python, String why) {
    return "cannot run Python '"
        + python
        + "' ("
        + why
        + "): the Gymnasium bridge needs Python 3"
        + " with `"
        + INSTALL_HINT
        + "`; name the executable with --python or "
        + BridgeOptions.PYTHON_VARIABLE;
  }

  static String lacksModules(String python, String modules) {
    return "Python '"
        + python
        + "' lacks "
        + modules.trim().replace(" ", ", ")
        + ": run `"
        + INSTALL_HINT
        + "` for that Python, or name another with --python or "
        + BridgeOptions.PYTHON_VARIABLE;
  }

  private int awaitPort(BridgeOptions options) {
    CompletableFuture<String> portLine = new CompletableFuture<>();
    Thread reader =
        new Thread(() -> readPortLine(process.getInputStream(), portLine), "equirl-python-stdout");
    reader.setDaemon(true);
    reader.start();
    String line;
    try {
      line = portLine.get(options.startTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new BridgeException(
          "Python '"
              + python
              + "' did not start the Gymnasium server within "
              + options.startTimeout().toSeconds()
              + " s"
              + stderrSuffix());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BridgeException("interrupted while Python was starting", e);
    } catch (ExecutionException e) {
      throw new BridgeException("cannot read Python's output", e.getCause());
    }
    if (line == null) {
      throw startFailure();
    }
    return Integer.parseInt(line.substring(PORT_LINE.length()).trim());
  }

  private static void readPortLine(InputStream stdout, CompletableFuture<String> portLine) {
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(stdout, StandardCharsets.UTF_8));
    try (lines) {
      for (String line; (line = lines.readLine()) != null; ) {
        if (line.startsWith(PORT_LINE)) {
          portLine.complete(line);
        }
      }
    } catch (IOException closed) {
      // The process ended; the future is completed below.
    }
    portLine.complete(null);
  }

  private BridgeException startFailure() {
    awaitExit(2000);
    stderr.awaitEnd(1000);
    String tail = stderr.text();
    int missing = tail.indexOf(MISSING_LINE);
    if (missing >= 0) {
      String modules =
          tail.substring(missing + MISSING_LINE.length()).lines().findFirst().orElse("");
      return new BridgeException(lacksModules(python, modules));
    }
    String status =
        process.isAlive() ? "closed its output" : "exited with status " + process.exitValue();
    return new BridgeException(
        "Python '"
            + python
            + "' "
            + status
            + " before the Gymnasium server started"
            + stderrSuffix());
  }

  int port() {
    return port;
  }

  String token() {
    return token;
  }

  /** How long one call may wait for Python's answer. */
  int callTimeoutMillis() {
    return callTimeoutMillis;
  }

  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** A description of the process's end, with its exit status and the tail of its stderr. */
  String deathNote() {
    awaitExit(1000);
    stderr.awaitEnd(500);
    String status =
        process.isAlive() ? "stopped answering" : "exited with status " + process.exitValue();
    return "the Python process (pid " + process.pid() + ") " + status + stderrSuffix();
  }

  private String stderrSuffix() {
    String tail = stderr.text();
    return tail.isEmpty() ? " (its stderr is empty)" : "; the tail of its stderr:\n" + tail;
  }

  private void awaitExit(long millis) {
    try {
      process.waitFor(millis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Ends the process and any it started: closes its stdin (it exits by itself), then sends SIGTERM,
   * then SIGKILL, waiting at most about a second for each. Idempotent.
   */
  void stop() {
    LIVE.remove(this);
    try {
      stdin.close();
    } catch (IOException alreadyGone) {
      // Closing is all we wanted.
    }
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    awaitExit(1000);
    if (process.isAlive()) {
      process.destroy();
      awaitExit(1000);
    }
    if (process.isAlive()) {
      process.destroyForcibly();
      awaitExit(1000);
    }
  }

  /** Kills the process at once, as the shutdown hook does; for tests of a crashing server. */
  void kill() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    awaitExit(2000);
  }

  /** Registers the one hook that ends every live server when the JVM shuts down. */
  static synchronized void ensureShutdownHook() {
    if (!hookAdded) {
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    for (PythonProcess p : LIVE) {
                      p.process.descendants().forEach(ProcessHandle::destroyForcibly);
                      p.process.destroyForcibly();
                    }
                  },
                  "equirl-python-shutdown"));
      hookAdded = true;
    }
  }

  /**
   * The shipped server script, copied once per JVM to a temporary file deleted at exit. Its name
   * holds this JVM's pid, so a JVM killed before it could delete its copy is recognised: the next
   * JVM that starts a server deletes the copies of dead JVMs.
   */
  static synchronized Path serverScript() {
    if (script == null || !Files.exists(script)) {
      try (InputStream in = PythonProcess.class.getResourceAsStream(SCRIPT)) {
        if (in == null) {
          throw new IllegalStateException("resource " + SCRIPT + " is missing from the bridge jar");
        }
        Path file =
            Files.createTempFile(SCRIPT_PREFIX + ProcessHandle.current().pid() + "-", ".py");
        file.toFile().deleteOnExit();
        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        deleteScriptsOfDeadJvms(file.getParent());
        script = file;
      } catch (IOException e) {
        throw new BridgeException("cannot extract the Gymnasium server script", e);
      }
    }
    return script;
  }

  /** Deletes the script copies in {@code dir} whose JVM is gone; never fails the caller. */
  static void deleteScriptsOfDeadJvms(Path dir) {
    try (DirectoryStream<Path> copies = Files.newDirectoryStream(dir, SCRIPT_PREFIX + "*.py")) {
      for (Path copy : copies) {
        Matcher m = SCRIPT_COPY.matcher(copy.getFileName().toString());
        if (m.matches()
            && ProcessHandle.of(Long.parseLong(m.group(1))).map(h -> !h.isAlive()).orElse(true)) {
          try {
            Files.deleteIfExists(copy);
          } catch (IOException notOurs) {
            // Another user's copy in a shared folder: theirs to delete.
          }
        }
      }
    } catch (IOException | DirectoryIteratorException unreadable) {
      // Tidying up is a courtesy; the server starts either way.
    }
  }
}
