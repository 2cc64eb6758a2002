package io.equirl.scan.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * SCAN's phrase-structure grammar and its interpretation (Lake and Baroni 2018, Fig. 6–7).
 *
 * <pre>
 * C → S and S | S after S | S        S → V twice | V thrice | V
 * V → X opposite DIR | X around DIR | X DIR | U        X → U | turn
 * U → walk | look | run | jump        DIR → left | right
 * </pre>
 *
 * <p>The grammar yields 20,910 distinct commands; {@link #interpret} gives each its actions.
 */
public final class ScanGrammar {
  /** The primitive verbs U, in a fixed order. */
  public static final List<String> VERBS = List.of("walk", "look", "run", "jump");

  private static final List<String> DIRECTIONS = List.of("left", "right");

  private ScanGrammar() {}

  /** Every command the grammar yields, each with its meaning, in a fixed order. */
  public static List<ScanPair> all() {
    List<List<String>> phrases = new ArrayList<>();
    for (List<String> v : verbPhrases()) {
      phrases.add(v);
      phrases.add(append(v, "twice"));
      phrases.add(append(v, "thrice"));
    }
    List<ScanPair> out = new ArrayList<>();
    for (List<String> s : phrases) {
      out.add(new ScanPair(s, interpret(s)));
    }
    for (String conjunction : List.of("and", "after")) {
      for (List<String> first : phrases) {
        for (List<String> second : phrases) {
          List<String> command = new ArrayList<>(first);
          command.add(conjunction);
          command.addAll(second);
          out.add(new ScanPair(command, interpret(command)));
        }
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** The 34 phrases V. */
  static List<List<String>> verbPhrases() {
    List<List<String>> out = new ArrayList<>();
    for (String u : VERBS) {
      out.add(List.of(u));
    }
    List<String> xs = new ArrayList<>(VERBS);
    xs.add("turn");
    for (String x : xs) {
      for (String dir : DIRECTIONS) {
        out.add(List.of(x, dir));
        out.add(List.of(x, "opposite", dir));
        out.add(List.of(x, "around", dir));
      }
    }
    return out;
  }

  /**
   * The action sequence a command means.
   *
   * @throws IllegalArgumentException when the words are not a SCAN command
   */
  public static List<String> interpret(List<String> command) {
    List<String> out = new ArrayList<>();
    int and = command.indexOf("and");
    int after = command.indexOf("after");
    if (and >= 0 && after >= 0) {
      throw notACommand(command);
    }
    int split = Math.max(and, after);
    if (split < 0) {
      sentence(command, out, command);
    } else if (and >= 0) {
      sentence(command.subList(0, split), out, command);
      sentence(command.subList(split + 1, command.size()), out, command);
    } else {
      sentence(command.subList(split + 1, command.size()), out, command);
      sentence(command.subList(0, split), out, command);
    }
    return out;
  }

  private static void sentence(List<String> s, List<String> out, List<String> whole) {
    if (s.isEmpty()) {
      throw notACommand(whole);
    }
    String last = s.get(s.size() - 1);
    int repeats = "twice".equals(last) ? 2 : "thrice".equals(last) ? 3 : 1;
    List<String> v = repeats == 1 ? s : s.subList(0, s.size() - 1);
    List<String> once = verbPhrase(v, whole);
    for (int r = 0; r < repeats; r++) {
      out.addAll(once);
    }
  }

  private static List<String> verbPhrase(List<String> v, List<String> whole) {
    if (v.size() == 1 && VERBS.contains(v.get(0))) {
      return List.of(action(v.get(0)));
    }
    if (v.size() < 2 || v.size() > 3) {
      throw notACommand(whole);
    }
    String x = v.get(0);
    String dir = v.get(v.size() - 1);
    boolean turn = "turn".equals(x);
    if (!(turn || VERBS.contains(x)) || !DIRECTIONS.contains(dir)) {
      throw notACommand(whole);
    }
    String turnAction = "I_TURN_" + dir.toUpperCase(java.util.Locale.ROOT);
    List<String> step = turn ? List.of(turnAction) : List.of(turnAction, action(x));
    String modifier = v.size() == 3 ? v.get(1) : "";
    List<String> out = new ArrayList<>();
    switch (modifier) {
      case "" -> out.addAll(step);
      case "opposite" -> {
        out.add(turnAction);
        out.addAll(step);
      }
      case "around" -> {
        for (int k = 0; k < 4; k++) {
          out.addAll(step);
        }
      }
      default -> throw notACommand(whole);
    }
    return out;
  }

  private static String action(String verb) {
    return "I_" + verb.toUpperCase(java.util.Locale.ROOT);
  }

  private static List<String> append(List<String> words, String word) {
    List<String> out = new ArrayList<>(words);
    out.add(word);
    return List.copyOf(out);
  }

  private static IllegalArgumentException notACommand(List<String> command) {
    return new IllegalArgumentException("not a SCAN command: '" + String.join(" ", command) + "'");
  }
}
