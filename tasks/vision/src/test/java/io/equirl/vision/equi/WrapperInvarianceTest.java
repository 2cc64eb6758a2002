package io.equirl.vision.equi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.equirl.groups.GroupElement;
import io.equirl.groups.nd.NdAction;
import io.equirl.vision.data.ImageSet;
import io.equirl.vision.model.Architecture;
import io.equirl.vision.model.ImageClassifier;
import io.equirl.vision.model.Pretraining;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every wrapper's predicted class is the same for {@code x} and {@code g·x}, for every group
 * element, and its logits agree to float rounding (the output action is trivial, so equivariance of
 * the logits is their invariance), on untrained and trained networks of both architectures.
 */
class WrapperInvarianceTest {

  static Stream<Arguments> cases() {
    List<Arguments> all = new ArrayList<>();
    for (Architecture arch : Architecture.values()) {
      for (boolean trained : new boolean[] {false, true}) {
        for (VisionGroup group : VisionGroup.values()) {
          all.add(Arguments.of(arch, trained, group));
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}, trained={1}, {2}")
  @MethodSource("cases")
  void everyWrapperIsInvariant(Architecture arch, boolean trained, VisionGroup group) {
    ImageSet noise = randomImages(64, 5);
    try (ImageClassifier net =
            trained
                ? Pretraining.train(
                    arch, 10, 3, noise, new Pretraining.Config(1, 16, 1e-2f, 64), e -> {})
                : ImageClassifier.create(arch, 10, 3);
        LambdaNet lambda = new LambdaNet(net.featureSize(), 4)) {
      if (trained) {
        LambdaTraining.train(
            net, lambda, group, noise, new LambdaTraining.Config(3, 8, 1e-2f), 5, net.manager());
      }
      Wrappers w = Wrappers.frozen(net, group);
      List<Function<NDArray, NDArray>> wrappers =
          List.of(
              w.equitune(),
              w.equizero(ProxyLosses.MAX_PROBABILITY),
              w.equizero(ProxyLosses.ENTROPY),
              w.straightThrough(ProxyLosses.MAX_PROBABILITY),
              w.lambdaEquitune(lambda, false));
      NdAction action = group.input(net.imageShape());
      try (NDManager m = net.manager().newSubManager()) {
        NDArray x = m.create(randomImages(6, 9).pixels(), new Shape(6, 1, 28, 28));
        for (Function<NDArray, NDArray> wrapped : wrappers) {
          float[] base = wrapped.apply(x).toFloatArray();
          long[] baseClass = argmax(base);
          for (GroupElement g : group.group().elements()) {
            float[] moved = wrapped.apply(action.apply(g, x)).toFloatArray();
            assertArrayEquals(baseClass, argmax(moved), "predicted class under " + g);
            for (int i = 0; i < base.length; i++) {
              assertEquals(
                  base[i],
                  moved[i],
                  1e-4f * Math.max(1f, Math.abs(base[i])),
                  "logit " + i + " under " + g);
            }
          }
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}, trained={1}, {2}")
  @MethodSource("cases")
  void thePretrainedNetworkAloneIsNotInvariant(
      Architecture arch, boolean trained, VisionGroup group) {
    try (ImageClassifier net = ImageClassifier.create(arch, 10, 3);
        NDManager m = net.manager().newSubManager()) {
      NDArray x = m.create(randomImages(6, 9).pixels(), new Shape(6, 1, 28, 28));
      NdAction action = group.input(net.imageShape());
      float[] base = net.logits(x).toFloatArray();
      float[] moved = net.logits(action.apply(group.group().elements().get(1), x)).toFloatArray();
      double diff = 0;
      for (int i = 0; i < base.length; i++) {
        diff = Math.max(diff, Math.abs(base[i] - moved[i]));
      }
      assertTrue(diff > 1e-4, "the test would not catch a broken wrapper: diff " + diff);
    }
  }

  static ImageSet randomImages(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    float[] pixels = new float[n * 28 * 28];
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = (float) random.nextDouble();
    }
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      labels[i] = random.nextInt(10);
    }
    return new ImageSet(pixels, labels, 1, 28, 28);
  }

  private static long[] argmax(float[] logits) {
    long[] best = new long[logits.length / 10];
    for (int b = 0; b < best.length; b++) {
      for (int c = 1; c < 10; c++) {
        if (logits[b * 10 + c] > logits[b * 10 + (int) best[b]]) {
          best[b] = c;
        }
      }
    }
    return best;
  }
}
