package io.equirl.vision.equi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.equirl.vision.data.ImageSet;
import io.equirl.vision.model.Architecture;
import io.equirl.vision.model.ImageClassifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Finetuning a copy of a network (as the experiment does) moves its head only, through every
 * wrapper, and leaves the original untouched.
 */
class FinetuningTest {

  private static List<float[]> values(Iterable<ai.djl.util.Pair<String, ai.djl.nn.Parameter>> ps) {
    List<float[]> out = new ArrayList<>();
    ps.forEach(p -> out.add(p.getValue().getArray().toFloatArray()));
    return out;
  }

  @Test
  void probingACopyMovesTheHeadAndNothingElse() {
    ImageSet noise = WrapperInvarianceTest.randomImages(32, 2);
    try (ImageClassifier original = ImageClassifier.create(Architecture.ALEXNET, 10, 1);
        LambdaNet lambda = new LambdaNet(original.featureSize(), 1)) {
      List<float[]> before = values(original.parameters());
      for (Finetuning.Kind kind : Finetuning.Kind.values()) {
        try (ImageClassifier copy = original.copy()) {
          List<float[]> featuresBefore = values(copy.parameters());
          List<float[]> headBefore = values(copy.headParameters());
          List<Finetuning.Point> curve =
              Finetuning.run(
                  kind,
                  copy,
                  lambda,
                  VisionGroup.ROT90,
                  noise,
                  noise.head(8),
                  new Finetuning.Config(3, 8, 1e-2f, 2),
                  0);
          assertEquals(List.of(0, 2, 3), curve.stream().map(Finetuning.Point::step).toList());
          List<float[]> headAfter = values(copy.headParameters());
          assertFalse(
              java.util.Arrays.equals(headBefore.get(0), headAfter.get(0)),
              kind + " moved the head");
          List<float[]> after = values(copy.parameters());
          for (int i = 0; i < after.size() - headAfter.size(); i++) {
            assertArrayEquals(featuresBefore.get(i), after.get(i), kind + " froze features");
          }
        }
      }
      List<float[]> untouched = values(original.parameters());
      for (int i = 0; i < before.size(); i++) {
        assertArrayEquals(before.get(i), untouched.get(i));
      }
    }
  }
}
