package io.equirl.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code equirl scan}: the paper's SCAN experiments (Table 2, Fig. 10). */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    description = {
      "SCAN: pretrain seq2seq models, then evaluate and finetune them through",
      "equitune and equizero (Basu et al. 2023, Table 2)."
    },
    subcommands = {
      ScanTrainCommand.class,
      ScanEvalCommand.class,
      ScanFinetuneCommand.class,
      ScanExperimentCommand.class
    })
final class ScanCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing subcommand: train, eval, finetune or experiment");
  }
}
