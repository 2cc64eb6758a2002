package io.equirl.vision.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.equirl.vision.data.ImageSet;
import java.util.function.Function;

/** Batches of an {@link ImageSet} as NDArrays, and accuracy of a logits function over a set. */
public final class Batches {
  private Batches() {}

  /** Images {@code indices[from, from+n)} of {@code set} as {@code [n, C, H, W]} in {@code m}. */
  public static NDArray images(NDManager m, ImageSet set, int[] indices, int from, int n) {
    int size = set.imageSize();
    float[] x = new float[n * size];
    for (int i = 0; i < n; i++) {
      set.copyImage(indices[from + i], x, i * size);
    }
    return m.create(x, new Shape(n, set.channels(), set.height(), set.width()));
  }

  /** Labels of the same images, as int64 {@code [n]}. */
  public static NDArray labels(NDManager m, ImageSet set, int[] indices, int from, int n) {
    long[] y = new long[n];
    for (int i = 0; i < n; i++) {
      y[i] = set.labels()[indices[from + i]];
    }
    return m.create(y);
  }

  /** {@code 0, 1, ..., n-1}. */
  public static int[] identity(int n) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    return order;
  }

  /** Predicted classes (argmax of {@code logits}) of every image, in batches. */
  public static int[] predict(
      NDManager parent, Function<NDArray, NDArray> logits, ImageSet set, int batchSize) {
    int[] all = identity(set.size());
    int[] predicted = new int[set.size()];
    for (int from = 0; from < set.size(); from += batchSize) {
      int n = Math.min(batchSize, set.size() - from);
      try (NDManager m = parent.newSubManager()) {
        NDArray out = logits.apply(images(m, set, all, from, n));
        long[] best = out.argMax(1).toLongArray();
        for (int i = 0; i < n; i++) {
          predicted[from + i] = (int) best[i];
        }
      }
    }
    return predicted;
  }

  /** Fraction of images whose predicted class is their label. */
  public static double accuracy(
      NDManager parent, Function<NDArray, NDArray> logits, ImageSet set, int batchSize) {
    int[] predicted = predict(parent, logits, set, batchSize);
    int correct = 0;
    for (int i = 0; i < predicted.length; i++) {
      correct += predicted[i] == set.labels()[i] ? 1 : 0;
    }
    return set.size() == 0 ? 0 : correct / (double) set.size();
  }

  /** A seeded Fisher–Yates shuffle of {@code 0..n-1}. */
  public static int[] shuffled(int n, java.util.SplittableRandom random) {
    int[] order = identity(n);
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }
}
