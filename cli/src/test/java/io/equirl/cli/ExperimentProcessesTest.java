package io.equirl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code equirl experiment --jobs 2} as a user runs it, in a JVM of its own with real worker JVMs
 * under it: a second writer on its {@code --out} or on a seed directory fails at once naming the
 * holder's pid; kill -9 of the experiment (no shutdown hook runs) and SIGTERM each leave no process
 * behind; a rerun after kill -9 deletes the killed writer's temporary files.
 */
class ExperimentProcessesTest {
  /** Far more pretraining than the test waits for: the workers are busy when it acts. */
  private static final long STEPS = 1_000_000;

  /** Generous bounds for a loaded two-core machine; the test waits only as long as it must. */
  private static final Duration START = Duration.ofMinutes(4);

  private static final Duration END = Duration.ofSeconds(30);

  @TempDir Path tmp;

  @Test
  void secondWritersFailAndNoWorkerOutlivesAKilledExperiment() throws Exception {
    Path out = tmp.resolve("exp");
    Process experiment = start(out, "first.log");
    awaitWorkers(experiment, out, "first.log");
    long pid = experiment.pid();

    CliRun second = CliRun.of(SmallExperiment.args(out, STEPS, 1));
    assertEquals(1, second.code(), second.err());
    assertEquals(
        "equirl: "
            + out
            + " is being written by process "
            + pid
            + "; wait for it to finish,"
            + " or use another directory",
        second.err().strip());
    CliRun resume = CliRun.of("train", "--resume", out.resolve("seed-0").toString());
    assertEquals(1, resume.code(), resume.err());
    long holder = holderPid(resume.err());
    assertTrue(
        experiment.descendants().anyMatch(p -> p.pid() == holder),
        "seed-0 is held by " + holder + ", not by a worker: " + resume.err());

    // What a writer killed mid-rename leaves: a temporary file named after its pid.
    Path stale = Files.writeString(out.resolve(".results.csv." + pid + ".1.tmp"), "half");
    List<ProcessHandle> tree = experiment.descendants().toList();
    experiment.destroyForcibly(); // SIGKILL: no shutdown hook runs, workers must notice
    assertTrue(experiment.waitFor(END.toSeconds(), TimeUnit.SECONDS));
    assertAllEnd(tree);

    // The rerun takes the lock at once, deletes the dead writer's temporary file, and then
    // refuses the changed budget (which keeps this test short).
    CliRun rerun = CliRun.of(SmallExperiment.args(out, 999, 1));
    assertEquals(2, rerun.code(), rerun.err());
    assertTrue(rerun.err().contains("not of cartpole (paper, 999 steps)"), rerun.err());
    assertFalse(Files.exists(stale), "left behind: " + stale);

    // The same experiment again, on the same seed directories, ended by SIGTERM this time.
    Process again = start(out, "again.log");
    awaitWorkers(again, out, "again.log");
    List<ProcessHandle> againTree = again.descendants().toList();
    again.destroy();
    assertTrue(again.waitFor(END.toSeconds(), TimeUnit.SECONDS));
    assertAllEnd(againTree);
  }

  /** {@code equirl experiment --jobs 2} in a JVM of its own, as {@code bin/equirl} starts it. */
  private Process start(Path out, String log) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(EquiRl.class.getName());
    command.addAll(List.of(SmallExperiment.args(out, STEPS, 2)));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(tmp.resolve(log).toFile())
        .start();
  }

  /** Waits until both workers run and have started their seeds (each seed is locked). */
  private void awaitWorkers(Process experiment, Path out, String log) throws Exception {
    await(
        () ->
            experiment.descendants().count() >= 2
                && Files.isRegularFile(out.resolve("seed-0/config.json"))
                && Files.isRegularFile(out.resolve("seed-1/config.json")),
        START,
        () -> "workers never started; the experiment's output: " + read(tmp.resolve(log)));
    assertTrue(experiment.isAlive(), read(tmp.resolve(log)));
  }

  private static void assertAllEnd(List<ProcessHandle> tree) throws Exception {
    assertFalse(tree.isEmpty(), "no worker was seen");
    await(
        () -> tree.stream().noneMatch(ProcessHandle::isAlive),
        END,
        () -> "still running: " + tree.stream().filter(ProcessHandle::isAlive).toList());
  }

  private static long holderPid(String line) {
    String after = line.substring(line.indexOf("by process ") + "by process ".length());
    return Long.parseLong(after.substring(0, after.indexOf(';')));
  }

  private static void await(BooleanSupplier condition, Duration bound, Supplier<String> why)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(bound);
    while (!condition.getAsBoolean()) {
      assertTrue(Instant.now().isBefore(deadline), why);
      Thread.sleep(200);
    }
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file) : "(none)";
    } catch (IOException e) {
      return e.toString();
    }
  }
}
