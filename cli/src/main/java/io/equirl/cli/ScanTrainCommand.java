package io.equirl.cli;

import io.equirl.scan.experiment.Pretraining;
import io.equirl.scan.train.ScanData;
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

/** {@code equirl scan train}: pretrains one plain seq2seq model as the paper's reference. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Pretrain a seq2seq model on a SCAN split (batch 1, 200k iterations, best of",
      "validation checks every 20k). Rerun on the same --out to resume or reuse it.",
      "Writes DIR/model.bin, DIR/checkpoint.bin, DIR/summary.json and DIR/curve.csv."
    },
    footer = {
      "",
      "Example:",
      "  equirl scan train --split add_jump --cell lstm --seed 0 --out runs/scan/add_jump-lstm-0"
    })
final class ScanTrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ScanOptions scan;

  @Option(names = "--cell", required = true, paramLabel = "CELL", description = "lstm, gru or rnn.")
  String cell;

  @Option(names = "--seed", paramLabel = "N", description = "Seed of everything. Default: 0.")
  long seed;

  @Option(
      names = "--iterations",
      paramLabel = "N",
      description = "Training iterations. Default: 200000.")
  int iterations = 200_000;

  @Option(
      names = "--eval-every",
      paramLabel = "N",
      description =
          "Iterations between validation checks; 0 for none (keeps the last model,"
              + " tests nothing: for timing). Default: 20000 (or --iterations).")
  Integer evalEvery;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Run directory.")
  Path out;

  @Override
  public Integer call() {
    TrainConfig config =
        TrainConfig.pretraining(scan.split(), ScanOptions.cell(cell), seed)
            .withIterations(
                iterations, evalEvery != null ? evalEvery : Math.min(20_000, iterations));
    ScanData data = scan.data(seed);
    var printer = spec.commandLine().getOut();
    ScanResult r =
        Pretraining.run(
            config,
            data,
            out,
            (i, n, v, speed) -> {
              printer.printf(
                  Locale.ROOT, "iteration %d/%d  validation %.4f  %.0f it/s%n", i, n, v, speed);
              printer.flush();
            });
    printer.printf(
        Locale.ROOT,
        "best validation %.4f (iteration %d), test %.4f, %.0f it/s; %s%n",
        r.validation(),
        r.bestIteration(),
        r.test(),
        r.itersPerSecond(),
        out.resolve("model.bin"));
    return 0;
  }
}
