package io.equirl.vision.cli;

import ai.djl.ndarray.NDManager;
import io.equirl.vision.data.FashionMnist;
import io.equirl.vision.data.ImageSet;
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

/** {@code equirl vision train}: a CNN trained on upright Fashion-MNIST images. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Train a small CNN on upright Fashion-MNIST and save it.",
      "Writes DIR/model.params and DIR/vision.json (with the upright test accuracy)."
    },
    footer = {"", "Example:", "  equirl vision train --arch resnet --seed 0 --out runs/resnet-0"})
final class VisionTrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--arch",
      required = true,
      paramLabel = "resnet|alexnet",
      description = "The network family.")
  String arch;

  @Option(names = "--seed", paramLabel = "N", description = "Seed of everything. Default: 0.")
  long seed;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to save.")
  Path out;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Fashion-MNIST IDX files. Default: /usr/share/datasets/fashion-mnist.")
  Path data = FashionMnist.DEFAULT_DIR;

  @Option(names = "--epochs", paramLabel = "N", description = "Passes over the data. Default: 3.")
  int epochs = Pretraining.Config.defaults().epochs();

  @Option(
      names = "--train-images",
      paramLabel = "N",
      description = "Use the first N training images. Default: all 60000.")
  int trainImages = Integer.MAX_VALUE;

  @Option(names = "--force", description = "Overwrite a network already in --out.")
  boolean force;

  @Override
  public Integer call() throws Exception {
    if (seed < 0) {
      throw new IllegalArgumentException("--seed: must be >= 0, got " + seed);
    }
    Architecture architecture = Architecture.parse(arch);
    if (!force && Files.exists(out.resolve(ClassifierStore.MANIFEST))) {
      throw new IllegalArgumentException(out + ": already holds a network (use --force)");
    }
    Pretraining.Config base = Pretraining.Config.defaults();
    Pretraining.Config config =
        new Pretraining.Config(epochs, base.batchSize(), base.learningRate(), trainImages);
    VisionCommand.oneThread();
    ImageSet train = FashionMnist.train(data);
    ImageSet test = FashionMnist.test(data);
    var printer = spec.commandLine().getOut();
    long start = System.nanoTime();
    try (ImageClassifier net =
            Pretraining.train(
                architecture,
                FashionMnist.CLASSES.size(),
                seed,
                train,
                config,
                epoch -> {
                  printer.printf(
                      "epoch %d/%d done (%.0f s)%n",
                      epoch, epochs, (System.nanoTime() - start) / 1e9);
                  printer.flush();
                });
        NDManager m = NDManager.newBaseManager()) {
      double accuracy = Batches.accuracy(m, net::logits, test, 500);
      ClassifierStore.save(
          out,
          net,
          new ClassifierStore.Manifest(
              ClassifierStore.format(),
              architecture.id(),
              FashionMnist.CLASSES.size(),
              seed,
              epochs,
              config.batchSize(),
              config.learningRate(),
              Math.min(trainImages, train.size()),
              accuracy));
      printer.printf(
          "%s seed %d: upright test accuracy %.4f (%d test images); saved to %s%n",
          architecture.id(), seed, accuracy, test.size(), out);
    }
    return 0;
  }
}
