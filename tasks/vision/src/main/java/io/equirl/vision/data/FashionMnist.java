package io.equirl.vision.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Fashion-MNIST (Xiao et al., 2017) from its four IDX files, as the Debian package {@code
 * dataset-fashion-mnist} installs them (gzip-compressed, under {@link #DEFAULT_DIR}); any directory
 * holding MNIST-format files with the same names, compressed or not, works too.
 */
public final class FashionMnist {
  /** Where {@code apt-get install dataset-fashion-mnist} puts the files. */
  public static final Path DEFAULT_DIR = Path.of("/usr/share/datasets/fashion-mnist");

  /** The ten class names in label order. */
  public static final List<String> CLASSES =
      List.of(
          "T-shirt/top",
          "Trouser",
          "Pullover",
          "Dress",
          "Coat",
          "Sandal",
          "Shirt",
          "Sneaker",
          "Bag",
          "Ankle boot");

  private FashionMnist() {}

  /** The 60 000 training images. */
  public static ImageSet train(Path dir) throws IOException {
    return load(dir, "train");
  }

  /** The 10 000 test images. */
  public static ImageSet test(Path dir) throws IOException {
    return load(dir, "t10k");
  }

  /** Whether {@code dir} holds both splits (to skip tests and explain, rather than fail). */
  public static boolean isPresent(Path dir) {
    for (String split : List.of("train", "t10k")) {
      for (String kind : List.of("images-idx3", "labels-idx1")) {
        String name = split + "-" + kind + "-ubyte";
        if (!Files.isRegularFile(dir.resolve(name))
            && !Files.isRegularFile(dir.resolve(name + ".gz"))) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Reads {@code <split>-images-idx3-ubyte[.gz]} and {@code <split>-labels-idx1-ubyte[.gz]}.
   *
   * @throws IllegalArgumentException naming the file when one is missing or malformed, when the
   *     images are not {@code N×H×W}, or when the counts of images and labels differ
   */
  public static ImageSet load(Path dir, String split) throws IOException {
    IdxFile images = IdxFile.read(find(dir, split + "-images-idx3-ubyte"));
    IdxFile labels = IdxFile.read(find(dir, split + "-labels-idx1-ubyte"));
    if (images.dims().length != 3) {
      throw new IllegalArgumentException(
          images.file() + ": expected images N×H×W, got " + images.dims().length + " dimensions");
    }
    if (labels.dims().length != 1) {
      throw new IllegalArgumentException(
          labels.file()
              + ": expected one label per item, got "
              + labels.dims().length
              + " dimensions");
    }
    if (images.count() != labels.count()) {
      throw new IllegalArgumentException(
          labels.file()
              + ": "
              + labels.count()
              + " labels but "
              + images.file().getFileName()
              + " holds "
              + images.count()
              + " images");
    }
    float[] pixels = new float[images.values().length];
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = (images.values()[i] & 0xff) / 255f;
    }
    int[] y = new int[labels.count()];
    for (int i = 0; i < y.length; i++) {
      y[i] = labels.values()[i] & 0xff;
    }
    return new ImageSet(pixels, y, 1, images.dims()[1], images.dims()[2]);
  }

  private static Path find(Path dir, String name) {
    Path plain = dir.resolve(name);
    Path gz = dir.resolve(name + ".gz");
    if (Files.isRegularFile(plain)) {
      return plain;
    }
    if (Files.isRegularFile(gz)) {
      return gz;
    }
    throw new IllegalArgumentException(
        gz
            + ": missing (install the Debian package"
            + " dataset-fashion-mnist, or pass --data DIR holding "
            + name
            + "[.gz])");
  }
}
