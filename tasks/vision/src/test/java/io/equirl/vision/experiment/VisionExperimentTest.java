package io.equirl.vision.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.equirl.vision.data.ImageSet;
import io.equirl.vision.equi.Finetuning;
import io.equirl.vision.equi.LambdaTraining;
import io.equirl.vision.model.Architecture;
import io.equirl.vision.model.ImageClassifier;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole experiment on a tiny budget: every file, every row, invariant rows invariant. */
class VisionExperimentTest {
  @TempDir Path dir;

  @Test
  void writesTablesCurvesAndFigure() throws Exception {
    SplittableRandom random = new SplittableRandom(3);
    float[] pixels = new float[40 * 28 * 28];
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = (float) random.nextDouble();
    }
    int[] labels = new int[40];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = i % 10;
    }
    ImageSet set = new ImageSet(pixels, labels, 1, 28, 28);
    ExperimentConfig config =
        new ExperimentConfig(
            2, 12, new LambdaTraining.Config(2, 8, 1e-3f), new Finetuning.Config(2, 8, 1e-3f, 1));
    StringWriter log = new StringWriter();
    ExperimentReport report;
    try (ImageClassifier net = ImageClassifier.create(Architecture.ALEXNET, 10, 0)) {
      report =
          new VisionExperiment(net, set, set, config, new PrintWriter(log))
              .run(dir, "alexnet", "equirl vision experiment --arch alexnet");
    }
    for (String file : List.of("zeroshot.csv", "curves.csv", "report.md", "curves.png")) {
      assertTrue(Files.size(dir.resolve(file)) > 0, file);
    }
    // 2 groups × (4 seed-free methods + λ-equitune per seed); 2 seeds × 3 kinds × 3 points.
    assertEquals(2 * (4 + 2), report.zeroShot().size());
    assertEquals(2 * 3 * 3, report.curves().size());
    for (ZeroShotRow r : report.zeroShot()) {
      if (!r.method().equals("pretrained")) {
        assertEquals(r.upright(), r.moved(), 1e-12, r.method() + " on " + r.group());
      }
    }
    String md = Files.readString(dir.resolve("report.md"));
    assertTrue(
        md.contains("| rot90 | λ-equitune |")
            && md.contains("| equizero" + " (straight-through) |"),
        md);
    assertEquals(1 + report.curves().size(), Files.readAllLines(dir.resolve("curves.csv")).size());
  }
}
