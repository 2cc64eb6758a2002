package io.equirl.groups;

/**
 * A model on flat float batches: {@code batchSize} inputs of {@link #inputSize()} floats in, as
 * many outputs of {@link #outputSize()} floats out, row after row.
 *
 * <p>The operators call {@link #forward} once per operator call with all |G| transformed inputs
 * stacked, so a model that runs a network should run it once per call. Buffers may be longer than
 * needed: read the first {@code batchSize·inputSize()} floats, write the first {@code
 * batchSize·outputSize()}.
 */
public interface BatchModel {

  /** Floats per input row. */
  int inputSize();

  /** Floats per output row. */
  int outputSize();

  /** Computes the outputs of {@code batchSize} input rows. */
  void forward(float[] inputs, int batchSize, float[] outputs);

  /** A batch model that applies {@code rowMap} to each row: for tests and small examples. */
  static BatchModel perRow(int inputSize, int outputSize, RowMap rowMap) {
    return new BatchModel() {
      @Override
      public int inputSize() {
        return inputSize;
      }

      @Override
      public int outputSize() {
        return outputSize;
      }

      @Override
      public void forward(float[] inputs, int batchSize, float[] outputs) {
        for (int b = 0; b < batchSize; b++) {
          rowMap.apply(inputs, b * inputSize, outputs, b * outputSize);
        }
      }
    };
  }

  /** One row of a {@link #perRow} model. */
  @FunctionalInterface
  interface RowMap {
    /** Reads one input row at {@code inOffset}, writes one output row at {@code outOffset}. */
    void apply(float[] in, int inOffset, float[] out, int outOffset);
  }
}
