package io.equirl.vision.cli;

import io.equirl.vision.data.FashionMnist;
import io.equirl.vision.equi.Finetuning;
import io.equirl.vision.equi.LambdaTraining;
import io.equirl.vision.experiment.ExperimentConfig;
import io.equirl.vision.experiment.ExperimentReport;
import io.equirl.vision.experiment.VisionExperiment;
import io.equirl.vision.model.Architecture;
import io.equirl.vision.model.Batches;
import io.equirl.vision.model.ClassifierStore;
import io.equirl.vision.model.ImageClassifier;
import io.equirl.vision.model.Pretraining;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code equirl vision experiment}: zero-shot tables and finetuning curves for one CNN. */
@Command(
    name = "experiment",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Zero-shot accuracy of pretrained, equitune, equizero and λ-equitune on rot90"
          + " and flipped Fashion-MNIST, then finetuning curves on rot90 over seeds.",
      "Writes DIR/zeroshot.csv, DIR/curves.csv, DIR/report.md and DIR/curves.png; the"
          + " pretrained network goes to DIR/pretrained unless --pretrained gives one."
    },
    footer = {"", "Example:", "  equirl vision experiment --arch alexnet --seeds 3 --out runs/v"})
final class VisionExperimentCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--arch",
      required = true,
      paramLabel = "resnet|alexnet",
      description = "The network family.")
  String arch;

  @Option(names = "--seeds", paramLabel = "N", description = "λ and finetuning seeds. Default: 3.")
  int seeds = 3;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Results folder.")
  Path out;

  @Option(
      names = "--pretrained",
      paramLabel = "DIR",
      description = "A network from equirl vision train (its --arch must match).")
  Path pretrained;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Fashion-MNIST IDX files. Default: /usr/share/datasets/fashion-mnist.")
  Path data = FashionMnist.DEFAULT_DIR;

  @Option(names = "--test-images", paramLabel = "N", description = "Default: 2000.")
  Integer testImages;

  @Option(names = "--lambda-steps", paramLabel = "N", description = "Default: 300.")
  Integer lambdaSteps;

  @Option(names = "--finetune-steps", paramLabel = "N", description = "Default: 300.")
  Integer finetuneSteps;

  @Option(names = "--eval-every", paramLabel = "N", description = "Default: 50.")
  Integer evalEvery;

  @Override
  public Integer call() throws Exception {
    Architecture architecture = Architecture.parse(arch);
    ExperimentConfig d = ExperimentConfig.defaults(seeds);
    ExperimentConfig config =
        new ExperimentConfig(
            seeds,
            testImages == null ? d.testImages() : testImages,
            new LambdaTraining.Config(
                lambdaSteps == null ? d.lambda().steps() : lambdaSteps,
                d.lambda().batchSize(),
                d.lambda().learningRate()),
            new Finetuning.Config(
                finetuneSteps == null ? d.finetune().steps() : finetuneSteps,
                d.finetune().batchSize(),
                d.finetune().learningRate(),
                evalEvery == null ? d.finetune().evalEvery() : evalEvery));
    VisionCommand.oneThread();
    var train = FashionMnist.train(data);
    var test = FashionMnist.test(data);
    var log = spec.commandLine().getOut();
    Path netDir = pretrained != null ? pretrained : out.resolve("pretrained");
    try (ImageClassifier net = pretrainedNetwork(architecture, netDir, train, test, log)) {
      ExperimentReport report =
          new VisionExperiment(net, train, test, config, log)
              .run(out, architecture.id(), commandLine());
      log.println(report.markdown());
    }
    return 0;
  }

  /** Loads the network in {@code dir}, or trains one (seed 0, default budget) and saves it. */
  private ImageClassifier pretrainedNetwork(
      Architecture architecture,
      Path dir,
      io.equirl.vision.data.ImageSet train,
      io.equirl.vision.data.ImageSet test,
      java.io.PrintWriter log)
      throws java.io.IOException {
    if (Files.exists(dir.resolve(ClassifierStore.MANIFEST))) {
      ClassifierStore.Manifest m = ClassifierStore.manifest(dir);
      if (!m.arch().equals(architecture.id())) {
        throw new IllegalArgumentException(
            dir + ": holds a " + m.arch() + " network, not " + architecture.id());
      }
      log.printf("using %s (upright test accuracy %.4f)%n", dir, m.uprightTestAccuracy());
      return ClassifierStore.load(dir);
    }
    if (pretrained != null) {
      throw new IllegalArgumentException(
          dir.resolve(ClassifierStore.MANIFEST) + ": missing (make one with equirl vision train)");
    }
    Pretraining.Config config = Pretraining.Config.defaults();
    log.println("pretraining " + architecture.id() + " (seed 0) into " + dir);
    log.flush();
    ImageClassifier net =
        Pretraining.train(architecture, FashionMnist.CLASSES.size(), 0, train, config, e -> {});
    try (var m = ai.djl.ndarray.NDManager.newBaseManager()) {
      double accuracy = Batches.accuracy(m, net::logits, test, 500);
      ClassifierStore.save(
          dir,
          net,
          new ClassifierStore.Manifest(
              ClassifierStore.format(),
              architecture.id(),
              FashionMnist.CLASSES.size(),
              0,
              config.epochs(),
              config.batchSize(),
              config.learningRate(),
              train.size(),
              accuracy));
      log.printf("pretrained: upright test accuracy %.4f%n", accuracy);
    } catch (RuntimeException | java.io.IOException e) {
      net.close();
      throw e;
    }
    return net;
  }

  private String commandLine() {
    return "equirl " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
  }
}
