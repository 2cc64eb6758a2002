package io.equirl.scan.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.equirl.scan.data.ScanSplit;
import io.equirl.scan.model.CellType;
import io.equirl.scan.train.CurvePoint;
import io.equirl.scan.train.ObjectiveKind;
import io.equirl.scan.train.ScanResult;
import io.equirl.scan.train.TrainConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanReportTest {
  @TempDir Path dir;

  @Test
  void tableHoldsMeanAndStdOverSeedsInPercentAndTheFigureIsWritten() throws Exception {
    var options =
        new ScanExperiment.Options(
            ScanSplit.ADD_JUMP, List.of(CellType.LSTM), 2, 1, 100, 10, 5, dir);
    List<SeedRun.Result> results = List.of(result(0, 0.4), result(1, 0.6));
    ScanReport.write(options, results);
    String md = Files.readString(dir.resolve("scan-add_jump.md"));
    assertTrue(md.contains("| pretrained | 50.0 (10.0) | 25.0 (5.0) |"), md);
    assertTrue(md.contains("| equizero finetuned |"), md);
    assertTrue(Files.size(dir.resolve("scan-add_jump-finetuning.png")) > 1000);
  }

  @Test
  void oneSeedReportsItsFiguresWithoutASpread() throws Exception {
    var options =
        new ScanExperiment.Options(
            ScanSplit.ADD_JUMP, List.of(CellType.LSTM), 1, 1, 100, 10, 5, dir);
    String md = ScanReport.markdown(options, List.of(result(0, 0.4)));
    assertTrue(md.contains("(1 seed: no spread to report;"), md);
    assertTrue(md.contains("| pretrained | 40.0 | 20.0 |"), md);
  }

  private static SeedRun.Result result(long seed, double accuracy) {
    Map<String, double[]> acc = new LinkedHashMap<>();
    for (String row : SeedRun.ROWS) {
      acc.put(row, new double[] {accuracy, accuracy / 2});
    }
    Map<ObjectiveKind, ScanResult> curves = new LinkedHashMap<>();
    for (ObjectiveKind kind : SeedRun.WRAPPERS) {
      TrainConfig config =
          TrainConfig.finetuning(ScanSplit.ADD_JUMP, CellType.LSTM, seed, kind)
              .withIterations(10, 5);
      curves.put(
          kind,
          new ScanResult(
              config,
              accuracy,
              10,
              accuracy / 2,
              10,
              1,
              List.of(
                  new CurvePoint(0, Double.NaN, 0.1, 0.0),
                  new CurvePoint(5, 1, 0.2, 0.1),
                  new CurvePoint(10, 1, accuracy, accuracy / 2))));
    }
    return new SeedRun.Result(CellType.LSTM, seed, acc, curves);
  }
}
