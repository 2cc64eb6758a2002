package io.equirl.scan.experiment;

import io.equirl.scan.data.Vocabulary;
import io.equirl.scan.model.Rng;
import io.equirl.scan.model.Seq2Seq;
import io.equirl.scan.train.PlainObjective;
import io.equirl.scan.train.ScanData;
import io.equirl.scan.train.ScanResult;
import io.equirl.scan.train.ScanTrainer;
import io.equirl.scan.train.TrainConfig;
import java.nio.file.Path;

/** Pretraining one plain model: fresh weights from the seed, the reference's loop. */
public final class Pretraining {
  private Pretraining() {}

  /** A freshly initialised model of {@code config}'s shape, weights drawn from its seed. */
  public static Seq2Seq initialModel(TrainConfig config) {
    Seq2Seq model =
        new Seq2Seq(
            config.cell(),
            config.hidden(),
            Vocabulary.COMMAND.size(),
            Vocabulary.ACTION.size(),
            config.dropout());
    model.initialise(new Rng(config.seed() ^ 0x1A17L)); // a stream apart from the training one
    return model;
  }

  /** Trains (or resumes, or reuses) into {@code out}; {@code model.bin} is the best model. */
  public static ScanResult run(
      TrainConfig config, ScanData data, Path out, ScanTrainer.Listener listener) {
    return new ScanTrainer(config, data, initialModel(config), PlainObjective::new, out, false)
        .listener(listener)
        .run();
  }
}
