package io.equirl.scan.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Token indices of SCAN's two languages. Index 0 is SOS and 1 is EOS in both, as in the reference
 * code; the words follow in a fixed order, so that a model's rows do not depend on file order.
 */
public final class Vocabulary {
  public static final int SOS = 0;
  public static final int EOS = 1;

  /** The 13 command words. */
  public static final List<String> COMMANDS =
      List.of(
          "walk",
          "look",
          "run",
          "jump",
          "turn",
          "left",
          "right",
          "opposite",
          "around",
          "twice",
          "thrice",
          "and",
          "after");

  /** The 6 actions. */
  public static final List<String> ACTIONS =
      List.of("I_WALK", "I_LOOK", "I_RUN", "I_JUMP", "I_TURN_LEFT", "I_TURN_RIGHT");

  /** The command language: SOS, EOS and the command words. */
  public static final Vocabulary COMMAND = new Vocabulary(COMMANDS);

  /** The action language: SOS, EOS and the actions. */
  public static final Vocabulary ACTION = new Vocabulary(ACTIONS);

  private final List<String> words;

  private Vocabulary(List<String> words) {
    List<String> all = new ArrayList<>(List.of("<SOS>", "<EOS>"));
    all.addAll(words);
    this.words = List.copyOf(all);
  }

  /** Number of tokens, SOS and EOS included. */
  public int size() {
    return words.size();
  }

  /** The index of {@code word}; {@link IllegalArgumentException} when unknown. */
  public int index(String word) {
    int i = words.indexOf(word);
    if (i < 2) {
      throw new IllegalArgumentException("unknown SCAN word '" + word + "'");
    }
    return i;
  }

  /** The word at {@code index}. */
  public String word(int index) {
    return words.get(index);
  }

  /** The indices of {@code sentence} followed by EOS, as the models read and write them. */
  public int[] encode(List<String> sentence) {
    int[] out = new int[sentence.size() + 1];
    for (int i = 0; i < sentence.size(); i++) {
      out[i] = index(sentence.get(i));
    }
    out[sentence.size()] = EOS;
    return out;
  }

  /** The words of {@code tokens} up to (not including) the first EOS. */
  public List<String> decode(int[] tokens) {
    List<String> out = new ArrayList<>();
    for (int t : tokens) {
      if (t == EOS) {
        break;
      }
      out.add(words.get(t));
    }
    return out;
  }
}
