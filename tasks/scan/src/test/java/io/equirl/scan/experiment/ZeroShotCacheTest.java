package io.equirl.scan.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.equirl.scan.train.ObjectiveKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZeroShotCacheTest {
  @TempDir Path dir;
  private final AtomicInteger measured = new AtomicInteger();

  @BeforeEach
  void model() throws Exception {
    Files.write(dir.resolve("model.bin"), new byte[] {1, 2, 3});
  }

  private double[] accuracies(ObjectiveKind kind, double validation) {
    return ZeroShotCache.accuracies(
        dir,
        kind,
        () -> {
          measured.incrementAndGet();
          return new double[] {validation, validation / 2};
        });
  }

  @Test
  void aSecondRunReusesTheFiguresOfTheSameModel() {
    assertArrayEquals(new double[] {0.8, 0.4}, accuracies(ObjectiveKind.EQUIZERO, 0.8));
    assertArrayEquals(new double[] {0.8, 0.4}, accuracies(ObjectiveKind.EQUIZERO, 0.1));
    assertEquals(1, measured.get());
  }

  @Test
  void eachWrapperKeepsItsOwnFigures() {
    accuracies(ObjectiveKind.EQUITUNE, 0.2);
    assertArrayEquals(new double[] {0.6, 0.3}, accuracies(ObjectiveKind.EQUIZERO, 0.6));
    assertEquals(2, measured.get());
  }

  @Test
  void aRetrainedModelIsMeasuredAfresh() throws Exception {
    accuracies(ObjectiveKind.EQUITUNE, 0.2);
    Files.write(dir.resolve("model.bin"), new byte[] {1, 2, 4});
    assertArrayEquals(new double[] {0.9, 0.45}, accuracies(ObjectiveKind.EQUITUNE, 0.9));
    assertEquals(2, measured.get());
  }

  @Test
  void aDamagedEntryIsMeasuredAgainAndReplaced() throws Exception {
    accuracies(ObjectiveKind.EQUITUNE, 0.2);
    Files.writeString(dir.resolve("zero-shot-equitune.json"), "{\"model_sha256\": tru");
    assertArrayEquals(new double[] {0.5, 0.25}, accuracies(ObjectiveKind.EQUITUNE, 0.5));
    assertArrayEquals(new double[] {0.5, 0.25}, accuracies(ObjectiveKind.EQUITUNE, 0.7));
    assertEquals(2, measured.get());
  }
}
