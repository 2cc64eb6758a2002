package io.equirl.nlg.torchscript;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.equirl.nlg.RegardScorer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A regard classifier exported to TorchScript, as the BERT classifier of Sheng et al. (2019):
 * {@code (input_ids, attention_mask) [1, n]} (int64) in, {@code logits [1, C]} out, with its {@code
 * tokenizer.json} (special tokens added) and {@code labels.txt}, one class name per line in output
 * order. Classes other than negative, neutral and positive (Sheng et al.'s "other") are dropped and
 * the three renormalised. Owns the model; close it. Not thread-safe.
 */
public final class TorchScriptRegardScorer implements RegardScorer, AutoCloseable {
  private static final List<String> NAMES = List.of("negative", "neutral", "positive");
  private final TorchScriptBlock block;
  private final HuggingFaceTokens tokenizer;
  private final int[] columns;
  private final String name;

  private TorchScriptRegardScorer(
      TorchScriptBlock block, HuggingFaceTokens tokenizer, int[] columns, Path dir) {
    this.block = block;
    this.tokenizer = tokenizer;
    this.columns = columns;
    this.name = "regard classifier " + dir.getFileName();
  }

  /** Loads {@code dir/model.pt}, {@code dir/tokenizer.json} and {@code dir/labels.txt}. */
  public static TorchScriptRegardScorer load(Path dir) throws IOException {
    Path labels = dir.resolve("labels.txt");
    if (!Files.isRegularFile(labels)) {
      throw new IllegalArgumentException("--scorer: " + labels + " does not exist");
    }
    List<String> classes =
        Files.readAllLines(labels, StandardCharsets.UTF_8).stream()
            .map(s -> s.trim().toLowerCase(Locale.ROOT))
            .filter(s -> !s.isEmpty())
            .toList();
    int[] columns = new int[NAMES.size()];
    for (int i = 0; i < columns.length; i++) {
      columns[i] = classes.indexOf(NAMES.get(i));
      if (columns[i] < 0) {
        throw new IllegalArgumentException(
            "--scorer: "
                + labels
                + " names no class "
                + NAMES.get(i)
                + " (it lists "
                + classes
                + ")");
      }
    }
    TorchScriptBlock block = TorchScriptBlock.load(dir, "--scorer");
    try {
      return new TorchScriptRegardScorer(
          block, HuggingFaceTokens.load(dir, true, "--scorer"), columns, dir);
    } catch (IOException | RuntimeException e) {
      block.close();
      throw e;
    }
  }

  @Override
  public double[] regard(String text) {
    Encoding e = tokenizer.encoding(text);
    try (NDManager scope = block.manager().newSubManager()) {
      long[] ids = e.getIds();
      NDArray input = scope.create(ids, new Shape(1, ids.length));
      NDArray mask = scope.create(e.getAttentionMask(), new Shape(1, ids.length));
      float[] logits = block.forward(new NDList(input, mask)).get(0).toFloatArray();
      double max = Double.NEGATIVE_INFINITY;
      for (int c : columns) {
        max = Math.max(max, logits[c]);
      }
      double[] p = new double[columns.length];
      double sum = 0;
      for (int i = 0; i < p.length; i++) {
        p[i] = Math.exp(logits[columns[i]] - max);
        sum += p[i];
      }
      for (int i = 0; i < p.length; i++) {
        p[i] /= sum;
      }
      return p;
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void close() {
    block.close();
    tokenizer.close();
  }
}
