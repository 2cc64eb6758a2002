package io.equirl.nlg;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lower-case word-level tokenizer for the stand-in model: words (letters, inner apostrophes and
 * hyphens) and the punctuation marks {@code . , ! ? ;} are tokens; anything outside the vocabulary
 * is {@link #UNKNOWN}. Id 0 is the unknown token.
 */
public final class WordTokenizer implements Tokenizer {
  /** The token of words outside the vocabulary. */
  public static final String UNKNOWN = "<unk>";

  private static final Pattern TOKEN = Pattern.compile("[a-z]+(?:['-][a-z]+)*|[.,!?;]");

  private final List<String> words;
  private final Map<String, Integer> ids = new HashMap<>();

  /**
   * @param vocabulary the known words, without {@link #UNKNOWN}, which becomes id 0
   */
  public WordTokenizer(List<String> vocabulary) {
    this.words = new ArrayList<>();
    words.add(UNKNOWN);
    ids.put(UNKNOWN, 0);
    for (String w : vocabulary) {
      if (!ids.containsKey(w)) {
        ids.put(w, words.size());
        words.add(w);
      }
    }
  }

  /** The lower-cased words and punctuation of {@code text}, in order. */
  public static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  public int size() {
    return words.size();
  }

  public List<String> vocabulary() {
    return List.copyOf(words);
  }

  @Override
  public int[] encode(String text) {
    List<String> parts = split(text);
    int[] out = new int[parts.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ids.getOrDefault(parts.get(i), 0);
    }
    return out;
  }

  @Override
  public String decode(int[] tokens) {
    StringBuilder s = new StringBuilder();
    for (int t : tokens) {
      String w = words.get(t);
      if (s.length() > 0 && !(w.length() == 1 && ".,!?;".contains(w))) {
        s.append(' ');
      }
      s.append(w);
    }
    return s.toString();
  }

  @Override
  public int wordToken(String word) {
    Integer id = ids.get(word.toLowerCase(Locale.ROOT));
    return id == null || id == 0 ? -1 : id;
  }
}
