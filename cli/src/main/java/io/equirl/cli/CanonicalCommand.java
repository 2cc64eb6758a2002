package io.equirl.cli;

import io.equirl.canonical.Experiment;
import io.equirl.canonical.Table13;
import io.equirl.canonical.Trainer;
import io.equirl.canonical.Variant;
import io.equirl.training.TrainingRun;
import io.equirl.training.store.AtomicFiles;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code equirl canonical}: the paper's canonical-λ-equitune task on SO(2) (Table 13). */
@Command(
    name = "canonical",
    mixinStandardHelpOptions = true,
    description = "Canonical-lambda-equitune on SO(2): the paper's Table 13.",
    subcommands = {CanonicalCommand.ExperimentCommand.class})
final class CanonicalCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
  }

  /** {@code equirl canonical experiment}: every Table 13 variant from every seed. */
  @Command(
      name = "experiment",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = {
        "Train the plain MLP, the canonicalized MLP and canonical-lambda-equitune",
        "over four angle sets on the invariant regression task, from each seed; write",
        "table13.md (mean (std) test MSE beside the paper's) and table13.json to --out."
      })
  static final class ExperimentCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Option(
        names = "--seeds",
        defaultValue = "5",
        paramLabel = "N",
        description = "Seeds 0..N-1 (default: ${DEFAULT-VALUE}).")
    int seeds;

    @Option(
        names = "--epochs",
        defaultValue = "100",
        paramLabel = "N",
        description = "Epochs (default: ${DEFAULT-VALUE}, the paper's).")
    int epochs;

    @Option(
        names = "--train",
        defaultValue = "10000",
        paramLabel = "N",
        description = "Training samples per seed (default: ${DEFAULT-VALUE}).")
    int train;

    @Option(
        names = "--test",
        defaultValue = "10000",
        paramLabel = "N",
        description = "Test samples per seed (default: ${DEFAULT-VALUE}).")
    int test;

    @Option(
        names = "--batch",
        defaultValue = "500",
        paramLabel = "N",
        description = "Batch size (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(
        names = "--lr",
        defaultValue = "0.005",
        paramLabel = "X",
        description = "Adam learning rate (default: ${DEFAULT-VALUE}).")
    double lr;

    @Option(
        names = "--variants",
        split = ",",
        paramLabel = "LIST",
        description =
            "Only these rows: mlp, canon, canon-lambda-0-2, canon-lambda-0-1, "
                + "canon-lambda-0-1-2, canon-lambda-0-1-2-3 (default: all).")
    List<String> variants;

    @Override
    public Integer call() throws Exception {
      TrainingRun.configureThreads(1);
      List<Variant> rows = new ArrayList<>();
      if (variants == null) {
        rows.addAll(Variant.table13());
      } else {
        for (String v : variants) {
          rows.add(Variant.parse(v.trim()));
        }
      }
      Experiment experiment =
          new Experiment(
              rows,
              Experiment.consecutive(seeds),
              train,
              test,
              new Trainer.Config(epochs, batch, lr));
      PrintWriter stdout = spec.commandLine().getOut();
      Table13 table =
          experiment.run(
              (variant, seed, mse) -> {
                stdout.printf(
                    Locale.ROOT, "%-26s seed %d  test MSE %.4f%n", variant.name(), seed, mse);
                stdout.flush();
              });
      write(out.resolve("table13.md"), table.markdown());
      write(out.resolve("table13.json"), table.json());
      stdout.print(table.markdown());
      stdout.println("wrote " + out.resolve("table13.md") + " and table13.json");
      stdout.flush();
      return 0;
    }

    private static void write(Path file, String text) throws java.io.IOException {
      AtomicFiles.write(file, o -> o.write(text.getBytes(StandardCharsets.UTF_8)));
    }
  }
}
