package io.equirl.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingRunTest {
  private static final DqnConfig CONFIG =
      ConfigOverrides.apply(
          DqnTrainerTest.SMALL,
          List.of(
              "checkpoint_interval=200", "log_interval=50", "eval_freq=150", "eval_episodes=2"));

  private static TrainingRun create(Path out, boolean force) throws Exception {
    return TrainingRun.create(
        "chain",
        "paper",
        List.of("net_arch=[16,16]"),
        9,
        CONFIG,
        Device.cpu(),
        out,
        force,
        name -> new ChainEnv());
  }

  private static List<String> deterministicCsv(Path dir) throws Exception {
    return Files.readAllLines(dir.resolve("progress.csv")).stream()
        .skip(1)
        .map(l -> ProgressRow.parse(l).deterministicPart())
        .toList();
  }

  @Test
  void killedAndResumedEndsLikeAnUninterruptedRun(@TempDir Path tmp) throws Exception {
    Path straight = tmp.resolve("straight");
    try (TrainingRun run = create(straight, false)) {
      run.run(new TrainingListener() {});
    }
    Path killed = tmp.resolve("killed");
    try (TrainingRun run = create(killed, false)) {
      // Stop mid-episode at 330: the last checkpoint is at 200, so 130 steps are replayed.
      run.run(
          new TrainingListener() {
            @Override
            public boolean onStep(DqnTrainer t) {
              return t.numTimesteps() < 330;
            }
          });
    }
    try (TrainingRun run = TrainingRun.resume(killed, null, name -> new ChainEnv())) {
      assertEquals(200, run.trainer().numTimesteps());
      run.run(new TrainingListener() {});
    }
    assertEquals(deterministicCsv(straight), deterministicCsv(killed));
    assertEquals(
        Files.readAllLines(straight.resolve("evaluations.csv")),
        Files.readAllLines(killed.resolve("evaluations.csv")));
    assertEquals(5, Files.readAllLines(killed.resolve("evaluations.csv")).size());
    try (TrainedModel a = TrainedModel.loadBest(straight);
        TrainedModel b = TrainedModel.loadBest(killed)) {
      assertArrayEquals(a.network().parameters()[0], b.network().parameters()[0]);
    }
    try (TrainedModel a = TrainedModel.load(straight);
        TrainedModel b = TrainedModel.load(killed)) {
      for (int i = 0; i < a.network().parameterCount(); i++) {
        assertArrayEquals(a.network().parameters()[i], b.network().parameters()[i]);
      }
      assertEquals("chain", b.env());
      assertEquals("Chain-v0", b.envId());
      assertEquals(9, b.seed());
      assertEquals(CONFIG, b.config());
    }
  }

  @Test
  void runDirectoryHoldsManifestProgressModelAndOneCheckpoint(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("run");
    try (TrainingRun run = create(out, false)) {
      run.run(new TrainingListener() {});
    }
    String manifest = Files.readString(out.resolve("config.json"));
    assertTrue(manifest.contains("\"format_version\" : 2"), manifest);
    assertTrue(manifest.contains("\"learning_rate\" : 0.001"), manifest);
    assertTrue(manifest.contains("\"djl\""), manifest);
    assertEquals(ProgressRow.HEADER, Files.readAllLines(out.resolve("progress.csv")).get(0));
    assertEquals(12, Files.readAllLines(out.resolve("progress.csv")).size() - 1);
    try (Stream<Path> s = Files.list(out.resolve("checkpoints"))) {
      assertEquals(List.of("step-0000000600"), s.map(p -> p.getFileName().toString()).toList());
    }
    try (Stream<Path> s = Files.walk(out)) {
      assertTrue(s.noneMatch(p -> p.getFileName().toString().contains("tmp")));
    }
  }

  @Test
  void existingOutIsRefusedUnlessForced(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("run");
    create(out, false).close();
    assertTrue(Files.exists(out.resolve("config.json")));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> create(out, false).close());
    assertTrue(
        e.getMessage().contains(out.toString())
            && e.getMessage().contains("resume")
            && e.getMessage().contains("start over"),
        e.getMessage());
    create(out, true).close();
    Path other = tmp.resolve("other");
    Files.createDirectories(other);
    Files.writeString(other.resolve("notes.txt"), "keep me");
    assertThrows(IllegalArgumentException.class, () -> create(other, true).close());
    assertTrue(Files.exists(other.resolve("notes.txt")));
  }

  @Test
  void aSecondWriterFailsAtOnceNamingTheHolderAndTheDirectoryStaysUsable(@TempDir Path tmp)
      throws Exception {
    Path out = tmp.resolve("run");
    try (TrainingRun first = create(out, false)) {
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class,
              () -> TrainingRun.resume(out, null, name -> new ChainEnv()).close());
      assertTrue(
          e.getMessage().contains("process " + ProcessHandle.current().pid()), e.getMessage());
      assertThrows(IllegalStateException.class, () -> create(out, true).close());
      assertTrue(Files.exists(out.resolve("config.json")), "the refused writer changed nothing");
    }
    try (TrainingRun again = TrainingRun.resume(out, null, name -> new ChainEnv())) {
      assertEquals(0, again.trainer().numTimesteps());
    }
  }
}
