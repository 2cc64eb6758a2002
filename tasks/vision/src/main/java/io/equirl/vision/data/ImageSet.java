package io.equirl.vision.data;

/**
 * Labelled images held flat, {@code C×H×W} per image one after another, with pixel values in {@code
 * [0, 1]}.
 *
 * @param pixels {@code count·C·H·W} values
 * @param labels one class index per image
 */
@SuppressWarnings("ArrayRecordComponent") // carries arrays by design; never compared by equals
public record ImageSet(float[] pixels, int[] labels, int channels, int height, int width) {

  public ImageSet {
    if (channels < 1 || height < 1 || width < 1) {
      throw new IllegalArgumentException(
          "image shape must be positive, got " + channels + "×" + height + "×" + width);
    }
    if ((long) labels.length * channels * height * width != pixels.length) {
      throw new IllegalArgumentException(
          labels.length
              + " labels but "
              + pixels.length
              + " pixel values for "
              + channels
              + "×"
              + height
              + "×"
              + width
              + " images");
    }
  }

  /** Number of images. */
  public int size() {
    return labels.length;
  }

  /** Values per image. */
  public int imageSize() {
    return channels * height * width;
  }

  /** The first {@code n} images (all of them when {@code n} is at least the size). */
  public ImageSet head(int n) {
    int k = Math.min(n, size());
    float[] p = java.util.Arrays.copyOf(pixels, k * imageSize());
    return new ImageSet(p, java.util.Arrays.copyOf(labels, k), channels, height, width);
  }

  /** Copies image {@code i} into {@code dst} at {@code offset}. */
  public void copyImage(int i, float[] dst, int offset) {
    System.arraycopy(pixels, i * imageSize(), dst, offset, imageSize());
  }
}
