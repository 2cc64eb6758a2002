package io.equirl.vision.data;

import io.equirl.groups.GroupElement;
import io.equirl.groups.ImageAction;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Test sets moved off their upright pose: each image transformed by a group element drawn with a
 * seeded generator (the paper's rot90 and flip test sets). The action is the group core's exact
 * index map, so the sets are reproducible bit for bit.
 */
public final class OrbitSets {
  private OrbitSets() {}

  /** Each image of {@code set} under a uniformly drawn element of {@code action}'s group. */
  public static ImageSet randomlyTransformed(ImageSet set, ImageAction action, long seed) {
    checkShape(set, action);
    List<GroupElement> elements = action.group().elements();
    SplittableRandom random = new SplittableRandom(seed);
    int n = set.imageSize();
    float[] out = new float[set.pixels().length];
    for (int i = 0; i < set.size(); i++) {
      GroupElement g = elements.get(random.nextInt(elements.size()));
      action.apply(g, set.pixels(), i * n, out, i * n);
    }
    return new ImageSet(out, set.labels().clone(), set.channels(), set.height(), set.width());
  }

  static void checkShape(ImageSet set, ImageAction action) {
    if (action.channels() != set.channels()
        || action.height() != set.height()
        || action.width() != set.width()) {
      throw new IllegalArgumentException(
          "the action is for "
              + action.channels()
              + "×"
              + action.height()
              + "×"
              + action.width()
              + " images, the set holds "
              + set.channels()
              + "×"
              + set.height()
              + "×"
              + set.width());
    }
  }
}
