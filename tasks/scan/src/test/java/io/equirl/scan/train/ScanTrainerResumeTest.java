package io.equirl.scan.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.equirl.scan.data.ScanSplit;
import io.equirl.scan.model.CellType;
import io.equirl.scan.model.Rng;
import io.equirl.scan.model.Seq2Seq;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same seed, same bytes; a run killed after a checkpoint and resumed ends as if never stopped. */
class ScanTrainerResumeTest {
  @TempDir Path dir;

  private static final ScanData FULL = ScanData.of(ScanSplit.AROUND_RIGHT, 3, 0.2);
  private static final ScanData DATA =
      new ScanData(FULL.train(), FULL.validation().subList(0, 40), FULL.test().subList(0, 40));

  private static TrainConfig config(int iterations) {
    return new TrainConfig(
        ScanSplit.AROUND_RIGHT,
        CellType.GRU,
        3,
        iterations,
        20,
        3e-3,
        ObjectiveKind.PLAIN,
        8,
        0.1,
        0.5,
        5,
        0.2);
  }

  private static ScanTrainer trainer(Path out, TrainConfig config) {
    Seq2Seq model = new Seq2Seq(CellType.GRU, 8, 15, 8, 0.1);
    model.initialise(new Rng(5));
    return new ScanTrainer(config, DATA, model, PlainObjective::new, out, false);
  }

  @Test
  void sameSeedGivesTheSameBytesAndResumeAfterKillGivesTheSameModel() throws Exception {
    ScanResult straight = trainer(dir.resolve("a"), config(100)).run();
    trainer(dir.resolve("b"), config(100)).run();
    assertNull(trainer(dir.resolve("c"), config(100)).stopAfter(50).run(), "stopped early");
    assertTrue(Files.exists(dir.resolve("c/checkpoint.bin")));
    ScanResult resumed = trainer(dir.resolve("c"), config(100)).run();

    byte[] model = Files.readAllBytes(dir.resolve("a/model.bin"));
    assertArrayEquals(model, Files.readAllBytes(dir.resolve("b/model.bin")));
    assertArrayEquals(model, Files.readAllBytes(dir.resolve("c/model.bin")));
    assertEquals(
        Files.readString(dir.resolve("a/curve.csv")), Files.readString(dir.resolve("c/curve.csv")));
    assertEquals(straight.validation(), resumed.validation());
    assertEquals(5, straight.curve().size());
  }

  @Test
  void finishedRunIsReusedAndOtherSettingsAreRefused() {
    ScanResult first = trainer(dir, config(40)).run();
    ScanResult again = trainer(dir, config(40)).run();
    assertEquals(first.test(), again.test());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> trainer(dir, config(60)).run());
    assertTrue(e.getMessage().contains("made by another run"), e.getMessage());
  }
}
