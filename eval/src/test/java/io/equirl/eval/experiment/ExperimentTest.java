package io.equirl.eval.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.equirl.eval.Json;
import io.equirl.training.TrainingRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One tiny seed, run once: it counts as finished for exactly its own configuration, and running it
 * again returns its written result without running anything; checkpoints leave its numbers alone.
 */
class ExperimentTest {
  @TempDir static Path tmp;
  private static ExperimentConfig config;
  private static SeedResult first;

  private static ExperimentConfig config(Path out, long lambdaSteps, int episodes, long every) {
    return new ExperimentConfig("cartpole", 1, "paper", 400L, lambdaSteps, episodes, out, every);
  }

  /** Records holding arrays compare by identity; their JSON compares by value. */
  private static String json(SeedResult r) throws Exception {
    return Json.MAPPER.writeValueAsString(r);
  }

  @BeforeAll
  static void runOneSeed() throws Exception {
    TrainingRun.configureThreads(1);
    config = config(tmp.resolve("exp"), 50, 2, 0);
    first = Experiment.runSeed(config, 0, new ExperimentListener() {});
  }

  @Test
  void aSeedIsFinishedForItsOwnConfigurationOnly() throws Exception {
    assertEquals(json(first), json(Experiment.finished(config, 0).orElseThrow()));
    Path out = config.out();
    assertTrue(Experiment.finished(config(out, 60, 2, 0), 0).isEmpty(), "another λ budget");
    assertTrue(Experiment.finished(config(out, 50, 3, 0), 0).isEmpty(), "other episodes");
    assertTrue(
        Experiment.finished(new ExperimentConfig("cartpole", 1, "paper", 500L, 50, 2, out, 0), 0)
            .isEmpty(),
        "another pretraining budget");
    assertTrue(Experiment.finished(config(tmp.resolve("none"), 50, 2, 0), 0).isEmpty());
  }

  @Test
  void aFinishedSeedIsReadBackNotRunAgain() throws Exception {
    Path result = config.seedDir(0).resolve(Experiment.SEED_RESULT);
    FileTime written = Files.getLastModifiedTime(result);
    List<String> phases = new ArrayList<>();
    SeedResult again =
        Experiment.runSeed(
            config,
            0,
            new ExperimentListener() {
              @Override
              public void phase(int seed, String phase, long total) {
                phases.add(phase);
              }
            });
    assertEquals(json(first), json(again));
    assertEquals(List.of(), phases, "no phase ran");
    assertEquals(written, Files.getLastModifiedTime(result));
  }

  @Test
  void checkpointsLeaveTheNumbersAlone() throws Exception {
    ExperimentConfig checkpointed = config(tmp.resolve("checkpointed"), 50, 2, 100);
    SeedResult result = Experiment.runSeed(checkpointed, 0, new ExperimentListener() {});
    assertTrue(Files.isDirectory(checkpointed.seedDir(0).resolve("checkpoints")));
    for (int i = 0; i < first.results().size(); i++) {
      assertArrayEquals(first.results().get(i).returns(), result.results().get(i).returns(), 0.0);
    }
  }
}
