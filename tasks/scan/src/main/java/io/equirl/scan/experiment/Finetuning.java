package io.equirl.scan.experiment;

import io.equirl.scan.data.ScanSymmetry;
import io.equirl.scan.equi.Objectives;
import io.equirl.scan.model.Seq2Seq;
import io.equirl.scan.train.ScanData;
import io.equirl.scan.train.ScanResult;
import io.equirl.scan.train.ScanTrainer;
import io.equirl.scan.train.TrainConfig;
import java.nio.file.Path;

/**
 * Finetuning a pretrained model through equitune or equizero: the same loop as pretraining, on the
 * wrapped model's loss, with a fresh Adam; the curve records test accuracy at every check (the
 * paper's Fig. 10) while the kept model is still chosen by validation.
 */
public final class Finetuning {
  private Finetuning() {}

  public static ScanResult run(
      TrainConfig config,
      ScanData data,
      Seq2Seq pretrained,
      Path out,
      ScanTrainer.Listener listener) {
    ScanSymmetry symmetry = ScanSymmetry.of(config.split());
    return new ScanTrainer(
            config, data, pretrained, Objectives.factory(config.objective(), symmetry), out, true)
        .listener(listener)
        .run();
  }
}
