package io.equirl.vision.model;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.pooling.Pool;
import java.util.List;
import java.util.Locale;

/**
 * The two small CNN families for 28×28 grayscale images, each split into a feature extractor and a
 * two-layer head (the "last two layers" that finetuning probes, paper D.4).
 *
 * <p>Sized for a shared two-core CPU: a few million multiply-adds per image, so an epoch of
 * Fashion-MNIST takes about a minute on one PyTorch thread. Neither is rotation-invariant by design
 * (the ResNet's global pooling still sees oriented filters), which is the point.
 */
public enum Architecture {
  /** Stem conv, two residual stages (24 and 48 channels) with batch norm, global average pool. */
  RESNET(48),
  /** Three plain conv layers with max pooling (16, 32, 64 channels), then a 256-unit layer. */
  ALEXNET(256);

  /** Hidden units of the head's first layer. */
  public static final int HEAD_HIDDEN = 128;

  private final int featureSize;

  Architecture(int featureSize) {
    this.featureSize = featureSize;
  }

  /** Reads {@code resnet} or {@code alexnet}, any case. */
  public static Architecture parse(String name) {
    for (Architecture a : values()) {
      if (a.name().equalsIgnoreCase(name)) {
        return a;
      }
    }
    throw new IllegalArgumentException("--arch: expected resnet or alexnet, got '" + name + "'");
  }

  /** The lower-case name used on the command line and in manifests. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Length of the feature vector the extractor outputs. */
  public int featureSize() {
    return featureSize;
  }

  /** A fresh, uninitialised feature extractor {@code [N, 1, 28, 28] → [N, featureSize]}. */
  public SequentialBlock features() {
    return this == RESNET ? resnet() : alexnet();
  }

  /** A fresh, uninitialised head {@code [N, featureSize] → [N, classes]}. */
  public static SequentialBlock head(int classes) {
    return new SequentialBlock()
        .add(Linear.builder().setUnits(HEAD_HIDDEN).build())
        .add(Activation::relu)
        .add(Linear.builder().setUnits(classes).build());
  }

  private static SequentialBlock resnet() {
    return new SequentialBlock()
        .add(conv(24, 3, 1))
        .add(BatchNorm.builder().build())
        .add(Activation::relu)
        .add(Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2)))
        .add(residual(24))
        .add(Activation::relu)
        .add(conv(48, 3, 2))
        .add(BatchNorm.builder().build())
        .add(Activation::relu)
        .add(residual(48))
        .add(Activation::relu)
        .add(Pool.globalAvgPool2dBlock());
  }

  private static SequentialBlock alexnet() {
    return new SequentialBlock()
        .add(
            Conv2d.builder()
                .setKernelShape(new Shape(5, 5))
                .optPadding(new Shape(2, 2))
                .setFilters(16)
                .build())
        .add(Activation::relu)
        .add(Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2)))
        .add(conv(32, 3, 1))
        .add(Activation::relu)
        .add(Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2)))
        .add(conv(64, 3, 1))
        .add(Activation::relu)
        .add(Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2)))
        .add(Blocks.batchFlattenBlock())
        .add(Linear.builder().setUnits(256).build())
        .add(Activation::relu);
  }

  /** {@code x + F(x)} with {@code F} two 3×3 convolutions, each with batch norm. */
  private static Block residual(int channels) {
    SequentialBlock branch =
        new SequentialBlock()
            .add(conv(channels, 3, 1))
            .add(BatchNorm.builder().build())
            .add(Activation::relu)
            .add(conv(channels, 3, 1))
            .add(BatchNorm.builder().build());
    return new ParallelBlock(
        (List<NDList> outs) ->
            new NDList(outs.get(0).singletonOrThrow().add(outs.get(1).singletonOrThrow())),
        List.of(branch, Blocks.identityBlock()));
  }

  private static Conv2d conv(int filters, int kernel, int stride) {
    return Conv2d.builder()
        .setKernelShape(new Shape(kernel, kernel))
        .optStride(new Shape(stride, stride))
        .optPadding(new Shape(kernel / 2, kernel / 2))
        .setFilters(filters)
        .build();
  }
}
