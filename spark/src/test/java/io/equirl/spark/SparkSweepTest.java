package io.equirl.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 2 envs × 2 seeds sweep on embedded Spark ({@code local[2,4]}, tiny budgets) against the same
 * sweep run by the local runner in this JVM: the same numbers, whichever JVM ran a seed; a seed
 * whose worker is killed mid-pretraining is retried by Spark, resumes from its checkpoint and ends
 * with the same numbers; a finished sweep run again schedules nothing.
 */
class SparkSweepTest {
  private static final List<String> ENVS = List.of("cartpole", "acrobot");
  private static final String[] BUDGET = {
    "--seeds", "2", "--steps", "1200", "--lambda-steps", "200", "--episodes", "2"
  };
  private static final String MASTER = "local[2,4]";

  @TempDir static Path tmp;
  private static Path reference;

  @BeforeAll
  static void runLocally() {
    reference = tmp.resolve("local");
    Run r = Run.local(args("experiment", "--env", String.join(",", ENVS), "--out", reference));
    assertEquals(0, r.code(), r.err());
  }

  @Test
  void sparkSweepGivesTheLocalRunnersNumbersAndNeverRedoesAFinishedRun() throws Exception {
    Path out = tmp.resolve("spark");
    String[] sweep =
        args(
            "experiment",
            "--env",
            String.join(",", ENVS),
            "--engine",
            "spark",
            "--master",
            MASTER,
            "--out",
            out);
    Run r = Run.spark(sweep);
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("4 runs on Spark (" + MASTER + ")"), r.err());
    for (String env : ENVS) {
      for (String file : List.of("results.csv", "results.md")) {
        assertEquals(
            Files.readAllLines(reference.resolve(env).resolve(file)),
            Files.readAllLines(out.resolve(env).resolve(file)),
            env + "/" + file);
      }
      assertTrue(Files.size(out.resolve(env).resolve("fig-" + env + ".png")) > 0, env);
    }

    String log = Files.readString(out.resolve("acrobot/seed-1.log"));
    Run again = Run.spark(sweep);
    assertEquals(0, again.code(), again.err());
    assertFalse(again.err().contains("runs on Spark"), "nothing scheduled: " + again.err());
    assertEquals(log, Files.readString(out.resolve("acrobot/seed-1.log")), "no worker started");
    assertEquals(
        Files.readAllLines(reference.resolve("acrobot/results.csv")),
        Files.readAllLines(out.resolve("acrobot/results.csv")));
  }

  @Test
  void aKilledWorkerIsRetriedAndResumesFromItsCheckpoint() throws Exception {
    Path out = tmp.resolve("killed");
    AtomicBoolean killed = new AtomicBoolean();
    AtomicReference<String> why = new AtomicReference<>("the sweep ended first");
    Thread killer =
        new Thread(
            () -> {
              try {
                killed.set(killOnceCheckpointed(out));
                why.set("pretraining ended before a checkpoint was seen");
              } catch (InterruptedException e) {
                // the sweep ended first
              } catch (IOException | RuntimeException e) {
                why.set(e.toString());
              }
            });
    killer.setDaemon(true);
    killer.start();
    Run r =
        Run.spark(
            args(
                "experiment",
                "--env",
                "acrobot",
                "--checkpoint-every",
                "400",
                "--engine",
                "spark",
                "--master",
                MASTER,
                "--out",
                out));
    killer.interrupt();
    assertEquals(0, r.code(), r.err());
    assertTrue(killed.get(), "the worker of seed 1 was not killed: " + why.get());
    String log = Files.readString(out.resolve("seed-1.log"));
    assertTrue(log.contains("pretrain (resumed at step"), log);
    assertEquals(
        Files.readAllLines(reference.resolve("acrobot/results.csv")),
        Files.readAllLines(out.resolve("results.csv")));
  }

  /** Waits for seed 1's first checkpoint, then kills its worker (kill -9); true if it did. */
  private static boolean killOnceCheckpointed(Path out) throws InterruptedException, IOException {
    Path seed = out.resolve("seed-1");
    Path checkpoints = seed.resolve("checkpoints");
    while (!Files.exists(seed.resolve("lambda.json"))) {
      Optional<ProcessHandle> worker =
          ProcessHandle.current()
              .descendants()
              .filter(
                  p -> {
                    String line = commandLine(p);
                    return line.contains(" experiment-seed ")
                        && line.contains(out.toString())
                        && line.endsWith(" --seed-index 1");
                  })
              .findFirst();
      if (worker.isPresent() && Files.isDirectory(checkpoints)) {
        try (Stream<Path> steps = Files.list(checkpoints)) {
          // A checkpoint is written under a temporary name and renamed to step-N when whole.
          if (steps.anyMatch(p -> p.getFileName().toString().startsWith("step-"))) {
            return worker.get().destroyForcibly();
          }
        }
      }
      Thread.sleep(20);
    }
    return false; // pretraining ended before a checkpoint was seen
  }

  /**
   * A process's whole command line, from Linux's /proc: {@code ProcessHandle.Info} cuts it at one
   * page (4096 bytes), which a worker's (JDK options, class path) passes.
   */
  private static String commandLine(ProcessHandle p) {
    try {
      return Files.readString(Path.of("/proc", Long.toString(p.pid()), "cmdline"))
          .replace('\0', ' ')
          .strip();
    } catch (IOException gone) {
      return "";
    }
  }

  private static String[] args(String command, Object... rest) {
    List<String> all = new ArrayList<>(List.of(command));
    all.addAll(List.of(BUDGET));
    for (Object o : rest) {
      all.add(o.toString());
    }
    return all.toArray(String[]::new);
  }
}
