package io.equirl.nlg;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the offline stand-ins: a word tokenizer and {@link NgramLm} trained on a corpus, with
 * every demographic and neutral word in the vocabulary.
 *
 * @param tokenizer the vocabulary's tokenizer
 * @param model the trained stand-in model
 */
public record StandIns(WordTokenizer tokenizer, NgramLm model) {
  /** How the outputs name the stand-in model. */
  public static final String MODEL_NAME = "stand-in word trigram LM (not GPT-2)";

  /** Trains on {@code corpus} (a file or folder, see {@link Corpus}) with a vocabulary cap. */
  public static StandIns train(Path corpus, int maxWords) throws IOException {
    Corpus c = Corpus.read(corpus);
    List<String> required = new ArrayList<>(Demographic.NEUTRAL_WORDS);
    for (Demographic d : Demographic.all()) {
      d.equalitySets().forEach(required::addAll);
    }
    required.addAll(List.of("the", "was", "person", "known", "for", "as", "."));
    WordTokenizer tokenizer = new WordTokenizer(c.vocabulary(maxWords, required));
    return new StandIns(tokenizer, NgramLm.train(c.encode(tokenizer), tokenizer.size()));
  }
}
