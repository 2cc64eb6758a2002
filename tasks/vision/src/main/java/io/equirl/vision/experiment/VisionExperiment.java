package io.equirl.vision.experiment;

import io.equirl.training.store.AtomicFiles;
import io.equirl.vision.data.ImageSet;
import io.equirl.vision.data.OrbitSets;
import io.equirl.vision.equi.Finetuning;
import io.equirl.vision.equi.LambdaNet;
import io.equirl.vision.equi.LambdaTraining;
import io.equirl.vision.equi.Method;
import io.equirl.vision.equi.VisionGroup;
import io.equirl.vision.equi.Wrappers;
import io.equirl.vision.model.Batches;
import io.equirl.vision.model.ImageClassifier;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The paper's CNN results on one pretrained network: zero-shot accuracy of every wrapper on rot90
 * and flipped test sets (Fig. 11b), then finetuning curves of equitune, equizero and λ-equitune on
 * the rot90 set over several seeds (Fig. 5b). Writes {@code zeroshot.csv}, {@code curves.csv},
 * {@code report.md} and {@code curves.png} into the output directory, each as soon as it is
 * complete, under a temporary name and renamed.
 */
public final class VisionExperiment {
  /** The seeds of the moved test sets, fixed so every run compares on the same images. */
  private static final long ROT90_SET_SEED = 1;

  private static final long FLIP_SET_SEED = 2;

  private final ImageClassifier pretrained;
  private final ImageSet train;
  private final ImageSet test;
  private final ExperimentConfig config;
  private final PrintWriter log;

  public VisionExperiment(
      ImageClassifier pretrained,
      ImageSet train,
      ImageSet test,
      ExperimentConfig config,
      PrintWriter log) {
    this.pretrained = pretrained;
    this.train = train;
    this.test = test.head(config.testImages());
    this.config = config;
    this.log = log;
  }

  /** The test images, each moved by a seeded random element of {@code group}. */
  public static ImageSet moved(ImageSet test, VisionGroup group) {
    return OrbitSets.randomlyTransformed(
        test,
        group.imageAction(test.channels(), test.height(), test.width()),
        group == VisionGroup.ROT90 ? ROT90_SET_SEED : FLIP_SET_SEED);
  }

  /** Runs everything and writes the files into {@code out}; returns the report. */
  public ExperimentReport run(Path out, String arch, String command) throws IOException {
    List<ZeroShotRow> zeroShot = new ArrayList<>();
    List<CurveRow> curves = new ArrayList<>();
    List<LambdaNet> rot90Lambdas = new ArrayList<>();
    try {
      for (VisionGroup group : VisionGroup.values()) {
        ImageSet moved = moved(test, group);
        Wrappers frozen = Wrappers.frozen(pretrained, group);
        for (Method method : Method.values()) {
          if (method == Method.LAMBDA_EQUITUNE) {
            continue;
          }
          zeroShot.add(
              new ZeroShotRow(
                  group.id(),
                  method.label(),
                  0,
                  accuracy(method.of(frozen, null), test),
                  accuracy(method.of(frozen, null), moved)));
          log("zero-shot " + group.id() + " " + method.label() + ": " + last(zeroShot));
        }
        for (int seed = 0; seed < config.seeds(); seed++) {
          LambdaNet lambda = new LambdaNet(pretrained.featureSize(), seed);
          LambdaTraining.train(
              pretrained, lambda, group, train, config.lambda(), seed, pretrained.manager());
          var wrapped = Method.LAMBDA_EQUITUNE.of(frozen, lambda);
          zeroShot.add(
              new ZeroShotRow(
                  group.id(),
                  Method.LAMBDA_EQUITUNE.label(),
                  seed,
                  accuracy(wrapped, test),
                  accuracy(wrapped, moved)));
          log("zero-shot " + group.id() + " λ-equitune seed " + seed + ": " + last(zeroShot));
          if (group == VisionGroup.ROT90) {
            rot90Lambdas.add(lambda);
          } else {
            lambda.close();
          }
        }
        writeCsv(
            out.resolve("zeroshot.csv"),
            ZeroShotRow.HEADER,
            zeroShot.stream().map(ZeroShotRow::csv).toList());
      }
      ImageSet rot90 = moved(test, VisionGroup.ROT90);
      for (int seed = 0; seed < config.seeds(); seed++) {
        for (Finetuning.Kind kind : Finetuning.Kind.values()) {
          try (ImageClassifier copy = pretrained.copy()) {
            List<Finetuning.Point> curve =
                Finetuning.run(
                    kind,
                    copy,
                    rot90Lambdas.get(seed),
                    VisionGroup.ROT90,
                    train,
                    rot90,
                    config.finetune(),
                    1000L + seed);
            for (Finetuning.Point p : curve) {
              curves.add(new CurveRow(kind.label(), seed, p.step(), p.accuracy()));
            }
            log("finetune " + kind.label() + " seed " + seed + ": " + curve);
          }
          writeCsv(
              out.resolve("curves.csv"),
              CurveRow.HEADER,
              curves.stream().map(CurveRow::csv).toList());
        }
      }
    } finally {
      rot90Lambdas.forEach(LambdaNet::close);
    }
    ExperimentReport report = new ExperimentReport(arch, config, zeroShot, curves, command);
    AtomicFiles.writeString(out.resolve("report.md"), report.markdown());
    CurveFigure.write(report, out.resolve("curves.png"));
    return report;
  }

  private double accuracy(
      java.util.function.Function<ai.djl.ndarray.NDArray, ai.djl.ndarray.NDArray> wrapped,
      ImageSet set) {
    return Batches.accuracy(pretrained.manager(), wrapped, set, 250);
  }

  private static String last(List<ZeroShotRow> rows) {
    ZeroShotRow r = rows.get(rows.size() - 1);
    return String.format("upright %.4f, moved %.4f", r.upright(), r.moved());
  }

  private void log(String line) {
    log.println(line);
    log.flush();
  }

  private static void writeCsv(Path file, String header, List<String> lines) throws IOException {
    AtomicFiles.writeString(
        file, header + "\n" + lines.stream().collect(Collectors.joining("\n")) + "\n");
  }
}
