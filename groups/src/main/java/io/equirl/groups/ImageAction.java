package io.equirl.groups;

/**
 * Rotations by 90° and mirror flips of images stored flat as {@code C×H×W} (channel-major, then
 * row, then column), by exact index maps: no interpolation, so the action laws hold exactly.
 *
 * <p>{@code r} rotates counter-clockwise like {@code numpy.rot90(img, 1, axes=(1, 2))}: {@code
 * (r·x)[c][i][j] = x[c][j][n-1-i]}. {@code f} mirrors left-right: {@code (f·x)[c][i][j] =
 * x[c][i][W-1-j]}. Grayscale {@code H×W} images are {@code channels = 1}.
 */
public final class ImageAction extends GatherAction {
  private final int channels;
  private final int height;
  private final int width;

  private ImageAction(FiniteGroup group, int c, int h, int w, int[][] sources) {
    super(group, c * h * w, sources, null);
    this.channels = c;
    this.height = h;
    this.width = w;
  }

  /**
   * C4 rotating square images: element {@code k} of the group (in its element order, as in {@link
   * Groups#cyclic(int) cyclic(4)}) rotates by {@code k·90°} counter-clockwise.
   *
   * @throws IllegalArgumentException when {@code h != w} or the group is not C4 in that order
   */
  public static ImageAction rotations(FiniteGroup c4, int channels, int height, int width) {
    checkShape(channels, height, width);
    requireSquare(height, width);
    requireOrder(c4, 4);
    int[] r = rot90(channels, height);
    int[][] sources = new int[4][];
    sources[0] = SignedPermutationAction.identityMap(channels * height * width);
    for (int k = 1; k < 4; k++) {
      sources[k] = then(sources[k - 1], r);
    }
    return new ImageAction(c4, channels, height, width, sources);
  }

  /**
   * D4 acting on square images: element {@code r^k f^s} (index {@code 4s+k}, as in {@link
   * Groups#dihedral4()}) mirrors left-right {@code s} times, then rotates {@code k·90°}.
   *
   * @throws IllegalArgumentException when {@code h != w} or the group is not D4 in that order
   */
  public static ImageAction dihedral(FiniteGroup d4, int channels, int height, int width) {
    checkShape(channels, height, width);
    requireSquare(height, width);
    requireOrder(d4, 8);
    int[] r = rot90(channels, height);
    int[] f = mirror(channels, height, width);
    int[][] sources = new int[8][];
    sources[0] = SignedPermutationAction.identityMap(channels * height * width);
    for (int k = 1; k < 4; k++) {
      sources[k] = then(sources[k - 1], r);
    }
    for (int k = 0; k < 4; k++) {
      sources[4 + k] = then(sources[k], f); // r^k f: source map of f read through that of r^k
    }
    return new ImageAction(d4, channels, height, width, sources);
  }

  /** A group of order 2 mirroring images left-right; any {@code H×W}. */
  public static ImageAction horizontalFlip(FiniteGroup c2, int channels, int height, int width) {
    checkShape(channels, height, width);
    requireOrder(c2, 2);
    return new ImageAction(
        c2,
        channels,
        height,
        width,
        new int[][] {
          SignedPermutationAction.identityMap(channels * height * width),
          mirror(channels, height, width)
        });
  }

  /** Number of channels C. */
  public int channels() {
    return channels;
  }

  /** Image height H. */
  public int height() {
    return height;
  }

  /** Image width W. */
  public int width() {
    return width;
  }

  /** Source map of {@code g·h} from those of {@code g} and {@code h}: {@code s_gh = s_h ∘ s_g}. */
  private static int[] then(int[] sourceG, int[] sourceH) {
    int[] out = new int[sourceG.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = sourceH[sourceG[i]];
    }
    return out;
  }

  private static int[] rot90(int channels, int n) {
    int[] src = new int[channels * n * n];
    for (int c = 0; c < channels; c++) {
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          src[(c * n + i) * n + j] = (c * n + j) * n + (n - 1 - i);
        }
      }
    }
    return src;
  }

  private static int[] mirror(int channels, int h, int w) {
    int[] src = new int[channels * h * w];
    for (int c = 0; c < channels; c++) {
      for (int i = 0; i < h; i++) {
        for (int j = 0; j < w; j++) {
          src[(c * h + i) * w + j] = (c * h + i) * w + (w - 1 - j);
        }
      }
    }
    return src;
  }

  private static void checkShape(int c, int h, int w) {
    if (c < 1 || h < 1 || w < 1) {
      throw new IllegalArgumentException(
          "image shape must be positive, got " + c + "×" + h + "×" + w);
    }
  }

  private static void requireSquare(int h, int w) {
    if (h != w) {
      throw new IllegalArgumentException("90° rotations need square images, got " + h + "×" + w);
    }
  }

  private static void requireOrder(FiniteGroup group, int order) {
    if (group.order() != order) {
      throw new IllegalArgumentException(
          "expected a group of order "
              + order
              + ", got "
              + group.name()
              + " of order "
              + group.order());
    }
  }
}
