package io.equirl.groups;

/**
 * The shared core of the operators: stacks the |G| transformed inputs {@code g·x_b} into one flat
 * batch (row {@code g·B + b}), runs the model ONCE on it, and maps output rows back with {@code
 * g⁻¹}. Owns reusable buffers, grown only when a larger batch arrives; not thread-safe.
 */
final class OrbitBatch {
  final BatchModel model;
  final ArrayAction in;
  final ArrayAction out;
  final FiniteGroup group;
  final int order;
  final int inSize;
  final int outSize;
  private int capacity;
  private int batch;
  float[] inputs = new float[0];
  float[] outputs = new float[0];

  OrbitBatch(BatchModel model, ArrayAction in, ArrayAction out) {
    if (model == null || in == null || out == null) {
      throw new IllegalArgumentException("model and actions must not be null");
    }
    if (in.group() != out.group()) {
      throw new IllegalArgumentException(
          "input action is of group "
              + in.group().name()
              + " but output action is of another group instance "
              + out.group().name()
              + "; build both actions from the same group");
    }
    if (model.inputSize() != in.size()) {
      throw new IllegalArgumentException(
          "model input size "
              + model.inputSize()
              + " does not match input action size "
              + in.size());
    }
    if (model.outputSize() != out.size()) {
      throw new IllegalArgumentException(
          "model output size "
              + model.outputSize()
              + " does not match output action size "
              + out.size());
    }
    this.model = model;
    this.in = in;
    this.out = out;
    this.group = in.group();
    this.order = group.order();
    this.inSize = in.size();
    this.outSize = out.size();
  }

  /**
   * Transforms the {@code batchSize} rows of {@code x} by every element and runs the model once.
   */
  void run(float[] x, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be >= 1, got " + batchSize);
    }
    if (x.length < batchSize * inSize) {
      throw new IllegalArgumentException(
          "input has " + x.length + " floats, need " + batchSize + " rows of " + inSize);
    }
    ensureCapacity(batchSize);
    batch = batchSize;
    for (int k = 0; k < order; k++) { // index loop: no iterator, so no allocation per call
      GroupElement g = group.element(k);
      for (int b = 0; b < batchSize; b++) {
        in.apply(g, x, b * inSize, inputs, row(k, b) * inSize);
      }
    }
    model.forward(inputs, order * batchSize, outputs);
  }

  /** Row of {@code g·x_b} in the stacked batch of the last run. */
  int row(int g, int b) {
    return g * batch + b;
  }

  /** Writes {@code g⁻¹·M(g·x_b)} into {@code dst[dstOffset..)}. */
  void untransform(int g, int b, float[] dst, int dstOffset) {
    out.apply(group.element(group.inverseIndex(g)), outputs, row(g, b) * outSize, dst, dstOffset);
  }

  int batch() {
    return batch;
  }

  void checkOutput(float[] dst, int batchSize) {
    if (dst.length < batchSize * outSize) {
      throw new IllegalArgumentException(
          "output has " + dst.length + " floats, need " + batchSize + " rows of " + outSize);
    }
  }

  void checkSample(int b) {
    if (b < 0 || b >= batch) {
      throw new IllegalArgumentException("sample " + b + " outside the last batch of " + batch);
    }
  }

  private void ensureCapacity(int batchSize) {
    if (batchSize > capacity) {
      capacity = batchSize;
      inputs = new float[order * capacity * inSize];
      outputs = new float[order * capacity * outSize];
    }
  }
}
