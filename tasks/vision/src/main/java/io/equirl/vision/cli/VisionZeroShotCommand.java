package io.equirl.vision.cli;

import io.equirl.training.store.AtomicFiles;
import io.equirl.vision.clip.ClassEmbeddings;
import io.equirl.vision.clip.TorchScriptEncoder;
import io.equirl.vision.clip.ZeroShot;
import io.equirl.vision.data.FashionMnist;
import io.equirl.vision.data.ImageSet;
import io.equirl.vision.equi.LambdaTraining;
import io.equirl.vision.equi.VisionGroup;
import io.equirl.vision.experiment.ZeroShotRow;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code equirl vision zeroshot}: CLIP-style zero-shot accuracy under rot90 or flips. */
@Command(
    name = "zeroshot",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Zero-shot classification with a TorchScript image encoder and class"
          + " embeddings: the encoder alone, equitune, equizero (max similarity) and λ-equitune,"
          + " on upright and moved test images. See docs/vision.md for exporting CLIP."
    },
    footer = {
      "",
      "Example:",
      "  equirl vision zeroshot --image-encoder clip-image.pt"
          + " --class-embeddings classes.csv --data /usr/share/datasets/fashion-mnist"
          + " --group rot90"
    })
final class VisionZeroShotCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--image-encoder",
      required = true,
      paramLabel = "FILE.pt",
      description = "TorchScript module: images [N, C, size, size] → embeddings [N, D].")
  Path encoder;

  @Option(
      names = "--class-embeddings",
      required = true,
      paramLabel = "FILE.csv",
      description = "One line per class: name,v1,...,vD (class index = line order).")
  Path embeddings;

  @Option(
      names = "--data",
      required = true,
      paramLabel = "DIR",
      description = "IDX files: t10k-* for testing, train-* for training λ.")
  Path data;

  @Option(
      names = "--group",
      required = true,
      paramLabel = "rot90|flip",
      description = "The group the wrappers average or search over.")
  String group;

  @Option(names = "--size", paramLabel = "N", description = "Encoder input side. Default: 224.")
  int size = TorchScriptEncoder.Preprocessing.clip().size();

  @Option(
      names = "--mean",
      split = ",",
      paramLabel = "R,G,B",
      description = "Per-channel mean. Default: CLIP's.")
  float[] mean = TorchScriptEncoder.Preprocessing.clip().mean();

  @Option(
      names = "--std",
      split = ",",
      paramLabel = "R,G,B",
      description = "Per-channel std. Default: CLIP's.")
  float[] std = TorchScriptEncoder.Preprocessing.clip().std();

  @Option(names = "--scale", paramLabel = "S", description = "Logit scale. Default: 100.")
  float scale = TorchScriptEncoder.CLIP_SCALE;

  @Option(names = "--test-images", paramLabel = "N", description = "Default: 1000.")
  int testImages = 1000;

  @Option(
      names = "--lambda-steps",
      paramLabel = "N",
      description = "λ training steps on train-* (0: no λ-equitune). Default: 100.")
  int lambdaSteps = 100;

  @Option(names = "--batch", paramLabel = "N", description = "Images per forward. Default: 32.")
  int batch = 32;

  @Option(names = "--seed", paramLabel = "N", description = "λ's seed. Default: 0.")
  long seed;

  @Option(names = "--csv", paramLabel = "FILE", description = "Also write the rows as CSV.")
  Path csv;

  @Override
  public Integer call() throws Exception {
    VisionGroup g = VisionGroup.parse(group);
    if (testImages < 1 || lambdaSteps < 0 || batch < 1) {
      throw new IllegalArgumentException(
          "--test-images and --batch must be positive and" + " --lambda-steps >= 0");
    }
    TorchScriptEncoder.requireFile(encoder);
    ClassEmbeddings classes = ClassEmbeddings.read(embeddings);
    VisionCommand.oneThread();
    ImageSet test = FashionMnist.test(data).head(testImages);
    ImageSet train = lambdaSteps > 0 ? FashionMnist.train(data) : null;
    var pre = new TorchScriptEncoder.Preprocessing(size, mean, std);
    int[] shape = {test.channels(), test.height(), test.width()};
    List<ZeroShotRow> rows;
    try (TorchScriptEncoder enc = TorchScriptEncoder.load(encoder, classes, pre, shape, scale)) {
      rows =
          ZeroShot.evaluate(
              enc,
              g,
              test,
              train,
              new LambdaTraining.Config(lambdaSteps, batch, 1e-3f),
              seed,
              batch);
    }
    var out = spec.commandLine().getOut();
    out.printf(
        "| group | method | upright test (%%) | %s test (%%) |%n|---|---|---|---|%n", g.id());
    for (ZeroShotRow r : rows) {
      out.printf(
          Locale.ROOT,
          "| %s | %s | %.1f | %.1f |%n",
          r.group(),
          r.method(),
          100 * r.upright(),
          100 * r.moved());
    }
    if (csv != null) {
      AtomicFiles.writeString(
          csv,
          ZeroShotRow.HEADER
              + "\n"
              + String.join("\n", rows.stream().map(ZeroShotRow::csv).toList())
              + "\n");
    }
    return 0;
  }
}
