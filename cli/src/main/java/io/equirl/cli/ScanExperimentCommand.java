package io.equirl.cli;

import io.equirl.scan.data.ScanSplit;
import io.equirl.scan.experiment.ScanExperiment;
import io.equirl.scan.experiment.ScanReport;
import io.equirl.scan.model.CellType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code equirl scan experiment}: the paper's Table 2 / Tables 8–12 and Fig. 10 on one split. */
@Command(
    name = "experiment",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Pretrain (or reuse) each cell and seed, evaluate zero-shot through equitune",
      "and equizero, finetune through each, and write DIR/scan-SPLIT.md (mean (std) over",
      "seeds) and DIR/scan-SPLIT-finetuning.png. Runs live in DIR/pretrain and DIR/finetune;",
      "rerunning resumes or reuses them."
    },
    footer = {
      "",
      "Example:",
      "  equirl scan experiment --split add_jump --cells lstm --seeds 3 --jobs 2 --out runs/scan"
    })
final class ScanExperimentCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--split",
      required = true,
      paramLabel = "SPLIT",
      description = "add_jump or around_right.")
  String split;

  @Option(
      names = "--cells",
      split = ",",
      paramLabel = "LIST",
      description = "Cells, from lstm, gru, rnn. Default: lstm,gru,rnn.")
  List<String> cells = List.of("lstm", "gru", "rnn");

  @Option(names = "--seeds", paramLabel = "N", description = "Seeds 0..N-1. Default: 3.")
  int seeds = 3;

  @Option(names = "--jobs", paramLabel = "N", description = "Runs at a time. Default: 1.")
  int jobs = 1;

  @Option(names = "--pretrain-iterations", paramLabel = "N", description = "Default: 200000.")
  int pretrainIterations = 200_000;

  @Option(names = "--finetune-iterations", paramLabel = "N", description = "Default: 10000.")
  int finetuneIterations = 10_000;

  @Option(names = "--finetune-eval-every", paramLabel = "N", description = "Default: 1000.")
  int finetuneEvalEvery = 1_000;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  Path out;

  @Override
  public Integer call() {
    List<CellType> cellTypes = new ArrayList<>();
    for (String c : cells) {
      cellTypes.add(CellType.parse(c));
    }
    var options =
        new ScanExperiment.Options(
            ScanSplit.parse(split),
            cellTypes,
            seeds,
            jobs,
            pretrainIterations,
            finetuneIterations,
            finetuneEvalEvery,
            out);
    var printer = spec.commandLine().getOut();
    var results =
        ScanExperiment.run(
            options,
            line -> {
              printer.println(line);
              printer.flush();
            });
    printer.print(ScanReport.markdown(options, results));
    printer.println(
        "wrote "
            + out.resolve("scan-" + options.split().id() + ".md")
            + " and "
            + out.resolve("scan-" + options.split().id() + "-finetuning.png"));
    return 0;
  }
}
