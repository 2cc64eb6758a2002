package io.equirl.spark;

import io.equirl.eval.experiment.ExperimentConfig;
import java.io.Serializable;
import java.nio.file.Path;

/**
 * One run of a sweep, as Spark ships it to an executor: seed {@code seed} of one env's experiment,
 * its configuration spelled out in fields that serialize ({@link ExperimentConfig} holds a {@link
 * Path}, which does not).
 */
record SeedRun(
    String env,
    int seeds,
    String preset,
    Long steps,
    long lambdaSteps,
    int episodes,
    String out,
    long checkpointEvery,
    int seed)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  static SeedRun of(ExperimentConfig c, int seed) {
    return new SeedRun(
        c.env(),
        c.seeds(),
        c.preset(),
        c.steps(),
        c.lambdaSteps(),
        c.episodes(),
        c.out().toAbsolutePath().toString(),
        c.checkpointEvery(),
        seed);
  }

  ExperimentConfig config() {
    return new ExperimentConfig(
        env, seeds, preset, steps, lambdaSteps, episodes, Path.of(out), checkpointEvery);
  }
}
