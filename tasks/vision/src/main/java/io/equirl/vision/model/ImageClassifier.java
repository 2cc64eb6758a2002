package io.equirl.vision.model;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A CNN of one {@link Architecture}: feature extractor and two-layer head, with parameters in its
 * own {@link NDManager}. {@link #features} and {@link #logitsOf} run in inference mode (batch norm
 * on running statistics), so the network is a fixed function and the wrappers' invariance is exact;
 * {@link #trainingLogits} is for pretraining. Close it to free the parameters.
 */
public final class ImageClassifier implements FeatureClassifier, AutoCloseable {
  /** Fashion-MNIST's image shape. */
  private static final int[] IMAGE_SHAPE = {1, 28, 28};

  private final Architecture architecture;
  private final int classes;
  private final NDManager manager;
  private final SequentialBlock featureBlock;
  private final SequentialBlock headBlock;
  private final ParameterStore store;

  private ImageClassifier(Architecture architecture, int classes, NDManager manager) {
    this.architecture = architecture;
    this.classes = classes;
    this.manager = manager;
    this.featureBlock = architecture.features();
    this.headBlock = Architecture.head(classes);
    this.store = new ParameterStore(manager, false);
    Shape image = new Shape(1, IMAGE_SHAPE[0], IMAGE_SHAPE[1], IMAGE_SHAPE[2]);
    featureBlock.initialize(manager, DataType.FLOAT32, image);
    headBlock.initialize(manager, DataType.FLOAT32, new Shape(1, architecture.featureSize()));
  }

  /** A freshly initialised network; the same seed gives the same weights. */
  public static ImageClassifier create(Architecture architecture, int classes, long seed) {
    Engine.getInstance().setRandomSeed((int) seed);
    return new ImageClassifier(architecture, classes, NDManager.newBaseManager());
  }

  /** The architecture. */
  public Architecture architecture() {
    return architecture;
  }

  @Override
  public int classes() {
    return classes;
  }

  @Override
  public int featureSize() {
    return architecture.featureSize();
  }

  @Override
  public int[] imageShape() {
    return IMAGE_SHAPE.clone();
  }

  @Override
  public NDArray features(NDArray images) {
    return featureBlock.forward(store, new NDList(images), false).singletonOrThrow();
  }

  @Override
  public NDArray logitsOf(NDArray features) {
    return headBlock.forward(store, new NDList(features), false).singletonOrThrow();
  }

  /** Logits in training mode (batch statistics, running averages updated), for pretraining. */
  public NDArray trainingLogits(NDArray images) {
    NDArray f = featureBlock.forward(store, new NDList(images), true).singletonOrThrow();
    return headBlock.forward(store, new NDList(f), true).singletonOrThrow();
  }

  /** Freezes (or unfreezes) the feature extractor, for linear probing of the head. */
  public void freezeFeatures(boolean frozen) {
    featureBlock.freezeParameters(frozen);
  }

  /** Parameters that take gradients: all of them, or the head's once the features are frozen. */
  public Iterable<Pair<String, Parameter>> parameters() {
    java.util.List<Pair<String, Parameter>> all = new java.util.ArrayList<>();
    featureBlock.getParameters().forEach(all::add);
    headBlock.getParameters().forEach(all::add);
    return all;
  }

  /** The head's parameters, the ones linear probing trains. */
  public Iterable<Pair<String, Parameter>> headParameters() {
    return headBlock.getParameters();
  }

  /** Writes every parameter (and batch-norm statistic) in DJL's block format. */
  public void write(DataOutputStream out) throws IOException {
    featureBlock.saveParameters(out);
    headBlock.saveParameters(out);
  }

  /** Reads what {@link #write} wrote for the same architecture and class count. */
  public void read(DataInputStream in) throws IOException {
    try {
      featureBlock.loadParameters(manager, in);
      headBlock.loadParameters(manager, in);
      // Loading replaces the arrays, and the new ones are not marked for gradients.
      for (Pair<String, Parameter> p : parameters()) {
        if (p.getValue().requiresGradient()) {
          p.getValue().getArray().setRequiresGradient(true);
        }
      }
    } catch (ai.djl.MalformedModelException e) {
      throw new IllegalArgumentException(
          "parameters do not fit a " + architecture.id() + " network: " + e.getMessage(), e);
    }
  }

  /** An independent copy with the same weights (finetuning starts each run from one). */
  public ImageClassifier copy() {
    ImageClassifier twin = new ImageClassifier(architecture, classes, NDManager.newBaseManager());
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (DataOutputStream out = new DataOutputStream(bytes)) {
        write(out);
      }
      twin.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    } catch (IOException e) {
      twin.close();
      throw new UncheckedIOException(e);
    }
    return twin;
  }

  /** The manager holding the parameters; inputs made in its sub-managers live on its device. */
  public NDManager manager() {
    return manager;
  }

  @Override
  public void close() {
    manager.close();
  }
}
