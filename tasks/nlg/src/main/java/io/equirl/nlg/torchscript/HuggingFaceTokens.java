package io.equirl.nlg.torchscript;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import io.equirl.nlg.Tokenizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A HuggingFace {@code tokenizer.json} through DJL's tokenizers, as the project's {@link
 * Tokenizer}. A word is one token when {@code " " + word} encodes to a single id that decodes back
 * to the word, as GPT-2's {@code " man"} does.
 */
public final class HuggingFaceTokens implements Tokenizer, AutoCloseable {
  private final HuggingFaceTokenizer tokenizer;

  private HuggingFaceTokens(HuggingFaceTokenizer tokenizer) {
    this.tokenizer = tokenizer;
  }

  /**
   * Reads {@code dir/tokenizer.json}.
   *
   * @param specialTokens whether encodings get the model's special tokens (a BERT classifier's
   *     [CLS] and [SEP]); a causal LM's context takes none
   */
  public static HuggingFaceTokens load(Path dir, boolean specialTokens, String option)
      throws IOException {
    Path file = dir.resolve("tokenizer.json");
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(option + ": " + file + " does not exist");
    }
    return new HuggingFaceTokens(
        HuggingFaceTokenizer.builder()
            .optTokenizerPath(file)
            .optAddSpecialTokens(specialTokens)
            .build());
  }

  @Override
  public int[] encode(String text) {
    long[] ids = tokenizer.encode(text).getIds();
    int[] out = new int[ids.length];
    for (int i = 0; i < ids.length; i++) {
      out[i] = Math.toIntExact(ids[i]);
    }
    return out;
  }

  /** The ids and attention mask of {@code text}, with special tokens if so loaded. */
  Encoding encoding(String text) {
    return tokenizer.encode(text);
  }

  @Override
  public String decode(int[] tokens) {
    long[] ids = new long[tokens.length];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = tokens[i];
    }
    return tokenizer.decode(ids, true);
  }

  @Override
  public int wordToken(String word) {
    long[] ids = tokenizer.encode(" " + word).getIds();
    // An unknown word is one token too, the unknown token: it must decode back to the word.
    return ids.length == 1 && tokenizer.decode(ids, true).trim().equalsIgnoreCase(word)
        ? Math.toIntExact(ids[0])
        : -1;
  }

  @Override
  public void close() {
    tokenizer.close();
  }
}
