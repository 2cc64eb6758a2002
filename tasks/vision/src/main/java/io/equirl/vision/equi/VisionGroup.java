package io.equirl.vision.equi;

import io.equirl.groups.FiniteGroup;
import io.equirl.groups.Groups;
import io.equirl.groups.ImageAction;
import io.equirl.groups.SignedPermutationAction;
import io.equirl.groups.nd.NdAction;
import java.util.Locale;

/**
 * The image groups of the paper's classification results: C4 turning images by multiples of 90°,
 * and C2 mirroring them left-right. Both act on the input through the group core's exact {@link
 * ImageAction}; class logits are invariant, so the output action is trivial.
 */
public enum VisionGroup {
  /** C4, element k turning by k·90° counter-clockwise. */
  ROT90,
  /** C2, the identity and the left-right mirror. */
  FLIP;

  /** Reads {@code rot90} or {@code flip}. */
  public static VisionGroup parse(String name) {
    for (VisionGroup g : values()) {
      if (g.id().equals(name.toLowerCase(Locale.ROOT))) {
        return g;
      }
    }
    throw new IllegalArgumentException("--group: expected rot90 or flip, got '" + name + "'");
  }

  /** The command-line name. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The group (one shared instance, as {@link Groups} hands out). */
  public FiniteGroup group() {
    return this == ROT90 ? Groups.cyclic(4) : Groups.flip();
  }

  /** The action on {@code C×H×W} images. */
  public ImageAction imageAction(int channels, int height, int width) {
    return this == ROT90
        ? ImageAction.rotations(group(), channels, height, width)
        : ImageAction.horizontalFlip(group(), channels, height, width);
  }

  /** The input action on batches {@code [B, C, H, W]}. */
  public NdAction input(int[] imageShape) {
    return NdAction.of(imageAction(imageShape[0], imageShape[1], imageShape[2]));
  }

  /** The trivial action on {@code classes} logits. */
  public NdAction output(int classes) {
    return NdAction.of(SignedPermutationAction.trivial(group(), classes));
  }
}
