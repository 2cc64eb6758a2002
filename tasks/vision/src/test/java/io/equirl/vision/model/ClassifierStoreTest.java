package io.equirl.vision.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.equirl.vision.data.ImageSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pretraining is reproducible from its seed, and a saved network loads back unchanged. */
class ClassifierStoreTest {
  @TempDir Path dir;

  private static ImageSet noise() {
    SplittableRandom random = new SplittableRandom(1);
    float[] pixels = new float[48 * 28 * 28];
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = (float) random.nextDouble();
    }
    int[] labels = new int[48];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = random.nextInt(10);
    }
    return new ImageSet(pixels, labels, 1, 28, 28);
  }

  private static float[] logits(ImageClassifier net, ImageSet set) {
    try (NDManager m = net.manager().newSubManager()) {
      return net.logits(m.create(set.pixels(), new Shape(set.size(), 1, 28, 28))).toFloatArray();
    }
  }

  @Test
  void sameSeedSameNetworkAndItSurvivesSaving() throws Exception {
    ImageSet set = noise();
    var config = new Pretraining.Config(2, 16, 1e-3f, 48);
    try (ImageClassifier a = Pretraining.train(Architecture.RESNET, 10, 7, set, config, e -> {});
        ImageClassifier b = Pretraining.train(Architecture.RESNET, 10, 7, set, config, e -> {});
        ImageClassifier c = Pretraining.train(Architecture.RESNET, 10, 8, set, config, e -> {})) {
      assertArrayEquals(logits(a, set), logits(b, set));
      assertTrue(logits(a, set)[0] != logits(c, set)[0], "another seed, another network");
      ClassifierStore.save(
          dir, a, new ClassifierStore.Manifest(1, "resnet", 10, 7, 2, 16, 1e-3f, 48, 0.1));
      try (ImageClassifier loaded = ClassifierStore.load(dir)) {
        assertArrayEquals(logits(a, set), logits(loaded, set));
      }
      assertEquals(0.1, ClassifierStore.manifest(dir).uprightTestAccuracy());
    }
  }

  @Test
  void aManifestOfAnotherFormatIsRefusedNamingTheFile() throws Exception {
    Files.writeString(
        dir.resolve(ClassifierStore.MANIFEST),
        "{\"format\": 9, \"arch\":" + " \"resnet\", \"classes\": 10}");
    var e = assertThrows(IllegalArgumentException.class, () -> ClassifierStore.load(dir));
    assertTrue(
        e.getMessage().contains(ClassifierStore.MANIFEST + ": unknown format 9"), e.getMessage());
  }

  @Test
  void missingParametersAreNamed() throws Exception {
    try (ImageClassifier net = ImageClassifier.create(Architecture.ALEXNET, 10, 0)) {
      ClassifierStore.save(
          dir, net, new ClassifierStore.Manifest(1, "alexnet", 10, 0, 1, 16, 1e-3f, 48, 0.1));
    }
    Files.delete(dir.resolve(ClassifierStore.PARAMS));
    var e = assertThrows(IllegalArgumentException.class, () -> ClassifierStore.load(dir));
    assertEquals(dir.resolve(ClassifierStore.PARAMS) + ": missing", e.getMessage());
  }
}
