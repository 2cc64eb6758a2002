package io.equirl.scan.experiment;

import io.equirl.scan.data.ScanSplit;
import io.equirl.scan.data.ScanSymmetry;
import io.equirl.scan.equi.Objectives;
import io.equirl.scan.model.CellType;
import io.equirl.scan.model.Seq2Seq;
import io.equirl.scan.train.Accuracy;
import io.equirl.scan.train.ModelFile;
import io.equirl.scan.train.ObjectiveKind;
import io.equirl.scan.train.ScanData;
import io.equirl.scan.train.ScanResult;
import io.equirl.scan.train.TrainConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One cell and seed of the experiment: pretrain (or reuse), evaluate the plain model and its
 * equitune and equizero wrappers zero-shot (or reuse those figures, see {@link ZeroShotCache}),
 * then finetune through each wrapper.
 */
public final class SeedRun {
  /** The rows of the paper's tables, in order. */
  public static final List<String> ROWS =
      List.of(
          "pretrained",
          "equitune zero-shot",
          "equizero zero-shot",
          "equitune finetuned",
          "equizero finetuned");

  static final List<ObjectiveKind> WRAPPERS =
      List.of(ObjectiveKind.EQUITUNE, ObjectiveKind.EQUIZERO);

  /** Accuracies of one cell and seed: row → {validation, test}; curves per finetuned wrapper. */
  public record Result(
      CellType cell,
      long seed,
      Map<String, double[]> accuracies,
      Map<ObjectiveKind, ScanResult> finetuned) {}

  private SeedRun() {}

  static Result run(
      ScanSplit split,
      CellType cell,
      long seed,
      int pretrainIterations,
      int finetuneIterations,
      int finetuneEvalEvery,
      Path out,
      Consumer<String> log) {
    String name = split.id() + "-" + cell.id() + "-" + seed;
    ScanData data = ScanData.of(split, seed, 0.2);
    TrainConfig pre =
        TrainConfig.pretraining(split, cell, seed)
            .withIterations(pretrainIterations, Math.min(20_000, pretrainIterations));
    Path preDir = out.resolve("pretrain").resolve(name);
    ScanResult pretrained =
        Pretraining.run(
            pre,
            data,
            preDir,
            (i, n, v, s) ->
                log.accept(
                    String.format(
                        java.util.Locale.ROOT,
                        "%s pretrain %d/%d validation %.4f",
                        name,
                        i,
                        n,
                        v)));
    Map<String, double[]> acc = new LinkedHashMap<>();
    acc.put(ROWS.get(0), new double[] {pretrained.validation(), pretrained.test()});
    Seq2Seq model = ModelFile.read(preDir.resolve("model.bin"));
    ScanSymmetry symmetry = ScanSymmetry.of(split);
    Map<ObjectiveKind, ScanResult> finetuned = new LinkedHashMap<>();
    for (int w = 0; w < WRAPPERS.size(); w++) {
      ObjectiveKind kind = WRAPPERS.get(w);
      var predictor = Objectives.predictor(model, kind, symmetry);
      acc.put(
          ROWS.get(1 + w),
          ZeroShotCache.accuracies(
              preDir,
              kind,
              () ->
                  new double[] {
                    Accuracy.of(predictor, data.validation()), Accuracy.of(predictor, data.test())
                  }));
      TrainConfig fine =
          TrainConfig.finetuning(split, cell, seed, kind)
              .withIterations(finetuneIterations, Math.min(finetuneEvalEvery, finetuneIterations));
      ScanResult r =
          Finetuning.run(
              fine,
              data,
              model,
              out.resolve("finetune").resolve(name + "-" + kind.id()),
              (i, n, v, s) ->
                  log.accept(
                      String.format(
                          java.util.Locale.ROOT,
                          "%s %s %d/%d validation %.4f",
                          name,
                          kind.id(),
                          i,
                          n,
                          v)));
      finetuned.put(kind, r);
    }
    for (int w = 0; w < WRAPPERS.size(); w++) {
      ScanResult r = finetuned.get(WRAPPERS.get(w));
      acc.put(ROWS.get(3 + w), new double[] {r.validation(), r.test()});
    }
    log.accept(name + " done");
    return new Result(cell, seed, acc, finetuned);
  }
}
