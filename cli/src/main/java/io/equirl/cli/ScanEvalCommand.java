package io.equirl.cli;

import io.equirl.scan.data.ScanSymmetry;
import io.equirl.scan.equi.Objectives;
import io.equirl.scan.model.Seq2Seq;
import io.equirl.scan.train.Accuracy;
import io.equirl.scan.train.ModelFile;
import io.equirl.scan.train.ObjectiveKind;
import io.equirl.scan.train.Predictor;
import io.equirl.scan.train.ScanData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code equirl scan eval}: exact-match accuracy of a model, plain and through the wrappers. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Exact-match accuracy of a SCAN model on the split's validation and test",
      "sets, as it is and through equitune and equizero (zero-shot), with the time each took."
    },
    footer = {
      "",
      "Example:",
      "  equirl scan eval --split add_jump --model runs/scan/add_jump-lstm-0/model.bin"
    })
final class ScanEvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ScanOptions scan;

  @Option(names = "--model", required = true, paramLabel = "FILE", description = "A model.bin.")
  Path model;

  @Option(
      names = "--wrappers",
      split = ",",
      paramLabel = "LIST",
      description = "Any of plain, equitune, equizero, equizero-entropy. Default: all.")
  List<String> wrappers = List.of("plain", "equitune", "equizero", "equizero-entropy");

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Seed whose validation hold-out to use (the training run's). Default: 0.")
  long seed;

  @Override
  public Integer call() {
    List<ObjectiveKind> kinds = new ArrayList<>();
    for (String w : wrappers) {
      kinds.add(ObjectiveKind.parse(w));
    }
    ScanSymmetry symmetry = ScanSymmetry.of(scan.split());
    ScanData data = scan.data(seed);
    Seq2Seq m = ModelFile.read(model);
    var out = spec.commandLine().getOut();
    out.printf("%-18s %10s %10s %10s%n", "model", "validation", "test", "test time");
    for (ObjectiveKind kind : kinds) {
      Predictor p = Objectives.predictor(m, kind, symmetry);
      double validation = Accuracy.of(p, data.validation());
      long start = System.nanoTime();
      double test = Accuracy.of(p, data.test());
      double seconds = (System.nanoTime() - start) / 1e9;
      out.printf(Locale.ROOT, "%-18s %10.4f %10.4f %9.1fs%n", kind.id(), validation, test, seconds);
      out.flush();
    }
    return 0;
  }
}
