package io.equirl.scan;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.equirl.scan.data.ScanSplit;
import io.equirl.scan.model.CellType;
import io.equirl.scan.model.Rng;
import io.equirl.scan.model.Seq2Seq;
import io.equirl.scan.train.ObjectiveKind;
import io.equirl.scan.train.PlainObjective;
import io.equirl.scan.train.ScanData;
import io.equirl.scan.train.ScanResult;
import io.equirl.scan.train.ScanTrainer;
import io.equirl.scan.train.TrainConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small budget that must still learn: an LSTM of 32 units, 5,000 iterations at a larger step than
 * the paper's, gets a third or more of held-out Around Right training-distribution commands exactly
 * right (from 0 untrained; about 45 s on two busy cores).
 */
class ScanLearningIT {
  @TempDir Path dir;

  @Test
  void smallLstmLearnsInDistributionCommands() {
    ScanData full = ScanData.of(ScanSplit.AROUND_RIGHT, 0, 0.2);
    ScanData data =
        new ScanData(full.train(), full.validation().subList(0, 300), full.test().subList(0, 100));
    TrainConfig config =
        new TrainConfig(
            ScanSplit.AROUND_RIGHT,
            CellType.LSTM,
            0,
            5000,
            1000,
            3e-3,
            ObjectiveKind.PLAIN,
            32,
            0.1,
            0.5,
            5,
            0.2);
    Seq2Seq model = new Seq2Seq(CellType.LSTM, 32, 15, 8, 0.1);
    model.initialise(new Rng(0));
    ScanResult r = new ScanTrainer(config, data, model, PlainObjective::new, dir, false).run();
    double first = r.curve().get(0).validation();
    assertTrue(r.validation() >= 0.25, "validation accuracy " + r.validation());
    assertTrue(
        r.validation() > first + 0.15, "no progress from " + first + " to " + r.validation());
  }
}
