package io.equirl.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bad sweep spec fails before any run starts: exit code 2, one line naming the field, and nothing
 * written, since the driver settles every experiment before Spark starts.
 */
class SweepSpecTest {
  @TempDir Path tmp;

  private void refused(String field, String... options) {
    Path out = tmp.resolve("sweep");
    String[] args = new String[options.length + 5];
    args[0] = "experiment";
    System.arraycopy(options, 0, args, 1, options.length);
    args[options.length + 1] = "--engine";
    args[options.length + 2] = "spark";
    args[options.length + 3] = "--out";
    args[options.length + 4] = out.toString();
    Run r = Run.spark(args);
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().startsWith("equirl: " + field), r.err());
    assertFalse(Files.exists(out), "nothing written for " + field);
  }

  @Test
  void anUnknownEnvAnywhereInTheSweepIsNamed() {
    refused("--env: unknown env 'pong'", "--env", "cartpole,pong");
  }

  @Test
  void aBadBudgetIsNamed() {
    refused("--episodes: must be in 1..10000, got 0", "--env", "cartpole", "--episodes", "0");
    refused("--seeds: must be in 1..100, got 0", "--env", "cartpole", "--seeds", "0");
    refused("--checkpoint-every", "--env", "cartpole", "--checkpoint-every", "-1");
  }

  @Test
  void anEnvNamedTwiceAndJobsAreRefused() {
    refused("--env: an env is named twice", "--env", "cartpole,cartpole");
    refused("--jobs: not used with --engine spark", "--env", "cartpole", "--jobs", "2");
  }

  @Test
  void theLocalProgramSaysHowToGetTheSparkEngine() {
    Run r = Run.local("experiment", "--env", "cartpole", "--engine", "spark", "--out", "x");
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("bin/equirl"), r.err());
    assertTrue(r.err().contains("mvn -B -pl spark -am package"), r.err());
    Run master = Run.local("experiment", "--env", "cartpole", "--master", "local[2]", "--out", "x");
    assertEquals(2, master.code(), master.err());
    assertTrue(master.err().contains("--master: only with --engine spark"), master.err());
    Run engine = Run.local("experiment", "--env", "cartpole", "--engine", "ray", "--out", "x");
    assertEquals(2, engine.code(), engine.err());
    assertTrue(engine.err().contains("--engine: unknown engine 'ray'"), engine.err());
  }
}
