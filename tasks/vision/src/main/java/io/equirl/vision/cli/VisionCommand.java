package io.equirl.vision.cli;

import io.equirl.training.TrainingRun;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code equirl vision}: image classification under rot90 and flips, the paper's second family of
 * results (Fig. 4, 5, 11b, Table 1).
 */
@Command(
    name = "vision",
    mixinStandardHelpOptions = true,
    description =
        "Images: equitune, equizero and λ-equitune on pretrained CNNs (Fashion-MNIST)"
            + " and CLIP-style zero-shot from a TorchScript image encoder.",
    subcommands = {
      VisionTrainCommand.class,
      VisionExperimentCommand.class,
      VisionZeroShotCommand.class
    })
public final class VisionCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing subcommand: train, experiment or zeroshot");
  }

  /** One PyTorch thread, as training does: deterministic, and fair on a shared machine. */
  static void oneThread() {
    if (System.getProperty("ai.djl.pytorch.num_threads") == null) {
      TrainingRun.configureThreads(1);
    }
  }
}
