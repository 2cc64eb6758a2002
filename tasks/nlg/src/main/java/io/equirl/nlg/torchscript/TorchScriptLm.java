package io.equirl.nlg.torchscript;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.equirl.nlg.LanguageModel;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A causal language model exported to TorchScript: {@code input_ids [1, n]} (int64) in, {@code
 * logits [1, n, V]} out, as a traced HuggingFace GPT-2 returns them (docs/nlg.md). The next-token
 * logits are the last position's. Each call runs the whole context (no key-value cache): simple and
 * deterministic, at the price of quadratic work in the sentence length, which for 15-token
 * sentences is small. Owns the model; close it. Not thread-safe.
 */
public final class TorchScriptLm implements LanguageModel, AutoCloseable {
  private final TorchScriptBlock block;
  private final int vocabularySize;

  private TorchScriptLm(TorchScriptBlock block) {
    this.block = block;
    try (NDManager scope = block.manager().newSubManager()) {
      this.vocabularySize = Math.toIntExact(run(new int[] {0}, scope).getShape().get(2));
    }
  }

  /** Loads {@code dir/model.pt}. */
  public static TorchScriptLm load(Path dir) throws IOException {
    TorchScriptBlock block = TorchScriptBlock.load(dir, "--lm");
    try {
      return new TorchScriptLm(block);
    } catch (RuntimeException e) {
      block.close();
      throw e;
    }
  }

  @Override
  public int vocabularySize() {
    return vocabularySize;
  }

  @Override
  public float[] nextLogits(int[] context) {
    try (NDManager scope = block.manager().newSubManager()) {
      NDArray logits = run(context, scope);
      return logits.get(0, context.length - 1).toFloatArray();
    }
  }

  private NDArray run(int[] context, NDManager scope) {
    if (context.length == 0) {
      throw new IllegalArgumentException("a causal model needs at least one context token");
    }
    long[] ids = new long[context.length];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = context[i];
    }
    NDArray input = scope.create(ids, new Shape(1, ids.length));
    NDArray logits = block.forward(new NDList(input)).get(0);
    if (logits.getShape().dimension() != 3) {
      throw new IllegalArgumentException(
          "--lm: the model must return logits [1, n, V], got " + logits.getShape());
    }
    return logits;
  }

  @Override
  public void close() {
    block.close();
  }
}
