package io.equirl.vision.clip;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import io.equirl.vision.model.FeatureClassifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A CLIP-style zero-shot classifier: a user's image encoder exported as TorchScript, loaded through
 * DJL's PyTorch engine, and class embeddings; logits are {@code scale · cos(image, class)}.
 *
 * <p>Inputs are the dataset's small grayscale images {@code [N, 1, h, w]}; the encoder sees them
 * upscaled by an integer factor to {@code size×size} (nearest neighbour), repeated over its
 * channels and normalised per channel. Each of those steps commutes exactly with 90° turns and
 * mirrors, so the group can act on the small images and invariance stays exact.
 */
public final class TorchScriptEncoder implements FeatureClassifier, AutoCloseable {
  /** CLIP's learned logit scale, {@code exp(4.6052) = 100}. */
  public static final float CLIP_SCALE = 100f;

  private final Model model;
  private final ParameterStore store;
  private final ClassEmbeddings classes;
  private final NDArray classMatrix; // [D, classes]
  private final Preprocessing preprocessing;
  private final int[] imageShape;
  private final float scale;

  /**
   * How images become encoder inputs.
   *
   * @param size the encoder's input side (224 for CLIP ViT-B/32)
   * @param mean per-channel mean subtracted after scaling pixels to [0, 1]
   * @param std per-channel standard deviation divided by
   */
  @SuppressWarnings("ArrayRecordComponent") // carries arrays by design; never compared by equals
  public record Preprocessing(int size, float[] mean, float[] std) {
    public Preprocessing {
      if (size < 1 || mean.length < 1 || mean.length != std.length) {
        throw new IllegalArgumentException(
            "preprocessing needs a positive size and one mean and"
                + " std per channel, got size "
                + size
                + ", "
                + mean.length
                + " means, "
                + std.length
                + " stds");
      }
    }

    /** CLIP's: 224×224, RGB, OpenAI's normalisation constants. */
    // OpenAI's constants, spelled as OpenAI spells them
    @SuppressWarnings("FloatingPointLiteralPrecision")
    public static Preprocessing clip() {
      return new Preprocessing(
          224,
          new float[] {0.48145466f, 0.4578275f, 0.40821073f},
          new float[] {0.26862954f, 0.26130258f, 0.27577711f});
    }
  }

  private TorchScriptEncoder(
      Model model,
      ClassEmbeddings classes,
      Preprocessing preprocessing,
      int[] imageShape,
      float scale) {
    this.model = model;
    this.store = new ParameterStore(model.getNDManager(), false);
    this.classes = classes;
    this.classMatrix =
        model
            .getNDManager()
            .create(classes.vectors(), new Shape(classes.classes(), classes.dimension()))
            .transpose();
    this.preprocessing = preprocessing;
    this.imageShape = imageShape.clone();
    this.scale = scale;
  }

  /**
   * Loads the TorchScript file {@code encoder} for images of {@code imageShape} ({@code 1, h, w}).
   *
   * @throws IllegalArgumentException naming the file when it is missing or not TorchScript, when
   *     {@code size} is not a multiple of the image side, or when the encoder's output length does
   *     not match the class embeddings'
   */
  public static TorchScriptEncoder load(
      Path encoder,
      ClassEmbeddings classes,
      Preprocessing preprocessing,
      int[] imageShape,
      float scale)
      throws IOException {
    requireFile(encoder);
    if (imageShape[0] != 1
        || imageShape[1] != imageShape[2]
        || preprocessing.size() % imageShape[1] != 0) {
      throw new IllegalArgumentException(
          "--size "
              + preprocessing.size()
              + " must be a multiple"
              + " of the "
              + imageShape[1]
              + "×"
              + imageShape[2]
              + " grayscale images' side");
    }
    Model model = Model.newInstance("image-encoder", "PyTorch");
    try {
      model.load(encoder);
    } catch (MalformedModelException | RuntimeException e) {
      model.close();
      throw new IllegalArgumentException(
          encoder + ": not a loadable TorchScript module (" + e.getMessage() + ")", e);
    }
    TorchScriptEncoder loaded =
        new TorchScriptEncoder(model, classes, preprocessing, imageShape, scale);
    try (NDManager m = model.getNDManager().newSubManager()) {
      long d =
          loaded
              .features(m.zeros(new Shape(1, imageShape[0], imageShape[1], imageShape[2])))
              .getShape()
              .get(1);
      if (d != classes.dimension()) {
        throw new IllegalArgumentException(
            encoder
                + ": outputs "
                + d
                + "-dimensional"
                + " embeddings but the class embeddings have "
                + classes.dimension());
      }
    } catch (RuntimeException e) {
      loaded.close();
      throw e;
    }
    return loaded;
  }

  /** Fails fast, before any data is read, when {@code encoder} is not a file. */
  public static void requireFile(Path encoder) {
    if (!Files.isRegularFile(encoder)) {
      throw new IllegalArgumentException(encoder + ": no such TorchScript file");
    }
  }

  /** The manager of the encoder; evaluation batches live in its sub-managers. */
  public NDManager manager() {
    return model.getNDManager();
  }

  /** The class names. */
  public ClassEmbeddings classEmbeddings() {
    return classes;
  }

  @Override
  public NDArray features(NDArray images) {
    int factor = preprocessing.size() / imageShape[1];
    int channels = preprocessing.mean().length;
    NDManager m = images.getManager();
    NDArray x = images.repeat(2, factor).repeat(3, factor).repeat(1, channels);
    Shape perChannel = new Shape(1, channels, 1, 1);
    x =
        x.sub(m.create(preprocessing.mean(), perChannel))
            .div(m.create(preprocessing.std(), perChannel));
    NDArray e = model.getBlock().forward(store, new NDList(x), false).singletonOrThrow();
    e = e.reshape(e.getShape().get(0), -1);
    return e.div(e.norm(new int[] {1}, true));
  }

  @Override
  public NDArray logitsOf(NDArray features) {
    return features.matMul(classMatrix).mul(scale);
  }

  @Override
  public int featureSize() {
    return classes.dimension();
  }

  @Override
  public int classes() {
    return classes.classes();
  }

  @Override
  public int[] imageShape() {
    return imageShape.clone();
  }

  @Override
  public void close() {
    model.close();
  }
}
