package io.equirl.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.equirl.envs.Envs;
import io.equirl.training.lambda.LambdaFiles;
import io.equirl.training.store.BadFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Run directories written by the first release (format version 1, fixtures {@code v1run/}: a
 * finished 300-step CartPole run with a checkpoint, periodic evaluations and a trained λ, and
 * {@code v1finetune/}: an equitune finetune of it) still load: the model, the best model, λ, and
 * the checkpoint, which resumes into the state it recorded. They have no checksums; the first write
 * into one lists its files as found and raises it to the current format.
 */
class V1RunDirectoryTest {
  @TempDir Path tmp;

  private static Path fixture(String name) throws Exception {
    return Path.of(V1RunDirectoryTest.class.getResource(name + "/config.json").toURI()).getParent();
  }

  private static Path copy(Path from, Path to) throws Exception {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return to;
  }

  @Test
  void modelBestModelAndLambdaLoad() throws Exception {
    Path dir = fixture("v1run");
    try (TrainedModel m = TrainedModel.load(dir)) {
      assertEquals("cartpole", m.env());
      assertEquals(2, m.seed());
      assertEquals(List.of(8), m.config().netArch());
      assertEquals(300, m.config().totalTimesteps());
      Path saved = tmp.resolve("resaved.params");
      m.network().save(saved);
      assertArrayEquals(Files.readAllBytes(dir.resolve("model.params")), Files.readAllBytes(saved));
    }
    try (TrainedModel best = TrainedModel.loadBest(dir)) {
      assertEquals(4, best.network().observationSize());
    }
    assertTrue(LambdaFiles.load(dir).isPresent());
    try (TrainedModel finetuned = TrainedModel.load(fixture("v1finetune"))) {
      assertEquals(2, finetuned.network().numActions());
    }
  }

  @Test
  void checkpointRestoresItsStateAndResumingAFinishedRunChangesNoModelByte() throws Exception {
    Path dir = copy(fixture("v1run"), tmp.resolve("run"));
    byte[] model = Files.readAllBytes(dir.resolve("model.params"));
    List<String> progress = Files.readAllLines(dir.resolve("progress.csv"));
    try (TrainingRun run = TrainingRun.resume(dir, null, Envs::make)) {
      assertEquals(300, run.trainer().numTimesteps());
      assertEquals(28, run.trainer().numEpisodes());
      assertEquals(progress.size() - 1, run.trainer().rows().size());
      run.run(new TrainingListener() {});
    }
    assertArrayEquals(model, Files.readAllBytes(dir.resolve("model.params")));
    assertEquals(progress, Files.readAllLines(dir.resolve("progress.csv")));
  }

  @Test
  void writingIntoAnOldRunListsItsFilesAndFromThenOnADeletedListIsNoticed() throws Exception {
    Path dir = copy(fixture("v1run"), tmp.resolve("run"));
    try (TrainingRun run = TrainingRun.resume(dir, null, Envs::make)) {
      run.run(new TrainingListener() {});
    }
    assertTrue(Files.readString(dir.resolve("config.json")).contains("\"format_version\" : 2"));
    try (TrainedModel m = TrainedModel.load(dir)) {
      assertEquals(2, m.seed());
    }
    assertTrue(LambdaFiles.load(dir).isPresent(), "the old λ, listed as it was found");
    Files.delete(dir.resolve(RunDirectory.CHECKSUMS));
    BadFileException e = assertThrows(BadFileException.class, () -> TrainedModel.load(dir));
    assertEquals(dir.resolve(RunDirectory.CHECKSUMS), e.file());
    assertTrue(e.getMessage().contains("missing, but"), e.getMessage());
  }
}
