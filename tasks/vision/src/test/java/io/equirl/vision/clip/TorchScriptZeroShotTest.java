package io.equirl.vision.clip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.equirl.groups.GroupElement;
import io.equirl.groups.nd.NdAction;
import io.equirl.vision.data.FashionMnist;
import io.equirl.vision.data.IdxFixtures;
import io.equirl.vision.data.ImageSet;
import io.equirl.vision.equi.LambdaNet;
import io.equirl.vision.equi.LambdaTraining;
import io.equirl.vision.equi.ProxyLosses;
import io.equirl.vision.equi.VisionGroup;
import io.equirl.vision.equi.Wrappers;
import io.equirl.vision.experiment.ZeroShotRow;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real TorchScript path: the committed tiny encoder (made by make_tiny_encoder.py) loads
 * through DJL, and the wrappers around it are invariant.
 */
class TorchScriptZeroShotTest {
  private static final TorchScriptEncoder.Preprocessing SMALL =
      new TorchScriptEncoder.Preprocessing(
          56, new float[] {0.5f, 0.4f, 0.3f}, new float[] {0.25f, 0.25f, 0.25f});
  private static final int[] SHAPE = {1, 28, 28};

  @TempDir Path dir;

  static Path fixture(String name) throws URISyntaxException {
    return Path.of(TorchScriptZeroShotTest.class.getResource("/clip/" + name).toURI());
  }

  static TorchScriptEncoder tinyEncoder() throws Exception {
    return TorchScriptEncoder.load(
        fixture("tiny_image_encoder.pt"),
        ClassEmbeddings.read(fixture("tiny_class_embeddings.csv")),
        SMALL,
        SHAPE,
        100f);
  }

  @Test
  void logitsAreScaledCosineSimilarities() throws Exception {
    try (TorchScriptEncoder enc = tinyEncoder();
        NDManager m = enc.manager().newSubManager()) {
      NDArray x = m.randomUniform(0, 1, new Shape(3, 1, 28, 28));
      NDArray f = enc.features(x);
      assertEquals(new Shape(3, 8), f.getShape());
      float[] norms = f.norm(new int[] {1}).toFloatArray();
      for (float n : norms) {
        assertEquals(1f, n, 1e-5f);
      }
      float[] logits = enc.logits(x).toFloatArray();
      assertEquals(30, logits.length);
      for (float z : logits) {
        assertTrue(Math.abs(z) <= 100f + 1e-3f, "cosine times 100: " + z);
      }
    }
  }

  @Test
  void wrappersAroundTheEncoderAreInvariant() throws Exception {
    try (TorchScriptEncoder enc = tinyEncoder();
        LambdaNet lambda = new LambdaNet(enc.featureSize(), 1);
        NDManager m = enc.manager().newSubManager()) {
      NDArray x = m.randomUniform(0, 1, new Shape(4, 1, 28, 28));
      for (VisionGroup group : VisionGroup.values()) {
        Wrappers w = Wrappers.frozen(enc, group);
        NdAction action = group.input(SHAPE);
        for (Function<NDArray, NDArray> f :
            List.of(
                w.equitune(), w.equizero(ProxyLosses.MAX_LOGIT), w.lambdaEquitune(lambda, false))) {
          float[] base = f.apply(x).toFloatArray();
          for (GroupElement g : group.group().elements()) {
            float[] moved = f.apply(action.apply(g, x)).toFloatArray();
            for (int i = 0; i < base.length; i++) {
              assertEquals(base[i], moved[i], 1e-3f, group.id() + " " + g + " logit " + i);
            }
          }
        }
      }
    }
  }

  @Test
  void zeroShotEvaluatesEveryMethodAndEquitunedOnesDoNotCareAboutRotation() throws Exception {
    IdxFixtures.split(dir, "t10k", 40, 1);
    IdxFixtures.split(dir, "train", 40, 2);
    ImageSet test = FashionMnist.test(dir);
    try (TorchScriptEncoder enc = tinyEncoder()) {
      List<ZeroShotRow> rows =
          ZeroShot.evaluate(
              enc,
              VisionGroup.ROT90,
              test,
              FashionMnist.train(dir),
              new LambdaTraining.Config(2, 8, 1e-3f),
              0,
              16);
      assertEquals(
          List.of("encoder alone", "equitune", "equizero (max similarity)", "λ-equitune"),
          rows.stream().map(ZeroShotRow::method).toList());
      for (ZeroShotRow r : rows.subList(1, 4)) {
        assertEquals(r.upright(), r.moved(), 1e-12, r.method() + " is invariant");
      }
    }
  }

  @Test
  void badInputsNameTheirFile() throws Exception {
    Path missing = dir.resolve("nope.pt");
    var classes = ClassEmbeddings.read(fixture("tiny_class_embeddings.csv"));
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> TorchScriptEncoder.load(missing, classes, SMALL, SHAPE, 100f));
    assertTrue(e.getMessage().startsWith(missing.toString()), e.getMessage());

    Path notScript = Files.writeString(dir.resolve("junk.pt"), "not a zip");
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> TorchScriptEncoder.load(notScript, classes, SMALL, SHAPE, 100f));
    assertTrue(
        e.getMessage().startsWith(notScript + ": not a loadable TorchScript"), e.getMessage());

    Path fiveDims = Files.writeString(dir.resolve("five.csv"), "a,1,0,0,0,0\nb,0,1,0,0,0\n");
    e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                TorchScriptEncoder.load(
                    fixture("tiny_image_encoder.pt"),
                    ClassEmbeddings.read(fiveDims),
                    SMALL,
                    SHAPE,
                    100f));
    assertTrue(
        e.getMessage()
            .contains("outputs 8-dimensional embeddings but the class" + " embeddings have 5"),
        e.getMessage());

    Path badValue = Files.writeString(dir.resolve("bad.csv"), "a,1,2\nb,1,x\n");
    e = assertThrows(IllegalArgumentException.class, () -> ClassEmbeddings.read(badValue));
    assertEquals(badValue + ":2: 'x' is not a number", e.getMessage());
  }
}
