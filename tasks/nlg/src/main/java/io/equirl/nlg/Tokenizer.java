package io.equirl.nlg;

/**
 * Text to token ids and back, and the single token of a word as the word lists name it. Demographic
 * word lists act on tokens, so each listed word must be one token.
 */
public interface Tokenizer {

  int[] encode(String text);

  String decode(int[] tokens);

  /**
   * The id of {@code word} as it appears after a space inside a sentence, or -1 when the word is
   * not one token of this vocabulary.
   */
  int wordToken(String word);
}
