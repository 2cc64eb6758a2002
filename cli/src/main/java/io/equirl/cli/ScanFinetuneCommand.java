package io.equirl.cli;

import io.equirl.scan.experiment.Finetuning;
import io.equirl.scan.model.Seq2Seq;
import io.equirl.scan.train.ModelFile;
import io.equirl.scan.train.ObjectiveKind;
import io.equirl.scan.train.ScanResult;
import io.equirl.scan.train.TrainConfig;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code equirl scan finetune}: finetunes a pretrained model through equitune or equizero. */
@Command(
    name = "finetune",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Finetune a pretrained SCAN model through a wrapper (the paper: 10k",
      "iterations, lr 1e-5 on add_jump and 2e-5 on around_right; equizero by the",
      "straight-through estimator). Writes DIR/model.bin, summary.json and curve.csv (test",
      "accuracy at each check, for the figure)."
    },
    footer = {
      "",
      "Example:",
      "  equirl scan finetune --split add_jump --model runs/scan/add_jump-lstm-0/model.bin \\",
      "      --wrapper equizero --out runs/scan/add_jump-lstm-0-equizero"
    })
final class ScanFinetuneCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ScanOptions scan;

  @Option(
      names = "--model",
      required = true,
      paramLabel = "FILE",
      description = "The pretrained model.bin.")
  Path model;

  @Option(
      names = "--wrapper",
      required = true,
      paramLabel = "NAME",
      description = "equitune, equizero or equizero-entropy.")
  String wrapper;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Seed (the pretraining run's, for the same validation hold-out). Default: 0.")
  long seed;

  @Option(names = "--iterations", paramLabel = "N", description = "Default: 10000.")
  int iterations = 10_000;

  @Option(names = "--eval-every", paramLabel = "N", description = "Default: 1000.")
  int evalEvery = 1_000;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Run directory.")
  Path out;

  @Override
  public Integer call() {
    ObjectiveKind kind = ObjectiveKind.parse(wrapper);
    if (kind == ObjectiveKind.PLAIN) {
      throw new IllegalArgumentException(
          "--wrapper must be equitune, equizero or" + " equizero-entropy");
    }
    Seq2Seq pretrained = ModelFile.read(model);
    TrainConfig config =
        TrainConfig.finetuning(scan.split(), pretrained.cellType(), seed, kind)
            .withIterations(iterations, Math.min(evalEvery, iterations));
    var printer = spec.commandLine().getOut();
    ScanResult r =
        Finetuning.run(
            config,
            scan.data(seed),
            pretrained,
            out,
            (i, n, v, s) -> {
              printer.printf(Locale.ROOT, "iteration %d/%d  validation %.4f%n", i, n, v);
              printer.flush();
            });
    printer.printf(
        Locale.ROOT,
        "best validation %.4f (iteration %d), test %.4f; %s%n",
        r.validation(),
        r.bestIteration(),
        r.test(),
        out.resolve("model.bin"));
    return 0;
  }
}
