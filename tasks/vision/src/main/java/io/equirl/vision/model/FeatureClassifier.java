package io.equirl.vision.model;

import ai.djl.ndarray.NDArray;

/**
 * A frozen image classifier seen as features then logits, the split λ-equitune needs: λ reads the
 * features, the wrappers read the logits. Both a trained CNN and a CLIP-style encoder with class
 * embeddings fit it.
 */
public interface FeatureClassifier {

  /** Feature vectors {@code [N, featureSize]} of images {@code [N, C, H, W]}. */
  NDArray features(NDArray images);

  /** Class logits {@code [N, classes]} from features {@code [N, featureSize]}. */
  NDArray logitsOf(NDArray features);

  /** Class logits of images. */
  default NDArray logits(NDArray images) {
    return logitsOf(features(images));
  }

  /** Length of a feature vector. */
  int featureSize();

  /** Number of classes. */
  int classes();

  /** Shape of one input image {@code C, H, W}. */
  int[] imageShape();
}
