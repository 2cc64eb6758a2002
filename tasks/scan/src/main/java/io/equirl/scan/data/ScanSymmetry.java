package io.equirl.scan.data;

import io.equirl.groups.FiniteGroup;
import io.equirl.groups.GroupElement;
import io.equirl.groups.Groups;
import io.equirl.groups.PermutationAction;
import io.equirl.groups.SequenceAction;
import java.util.ArrayList;
import java.util.List;

/**
 * The C2 word swap of a split: for Add Jump {@code jump ↔ run} in commands and {@code I_JUMP ↔
 * I_RUN} in actions; for Around Right {@code left ↔ right} and {@code I_TURN_LEFT ↔ I_TURN_RIGHT}.
 * Each is a symmetry of SCAN's meaning: {@code interpret(g·c) = g·interpret(c)} for every command.
 */
public final class ScanSymmetry {
  private final FiniteGroup group = Groups.flip();
  private final SequenceAction commands;
  private final SequenceAction actions;

  private ScanSymmetry(String word, String otherWord, String action, String otherAction) {
    Vocabulary in = Vocabulary.COMMAND;
    Vocabulary out = Vocabulary.ACTION;
    this.commands =
        new SequenceAction(
            PermutationAction.swap(group, in.size(), in.index(word), in.index(otherWord)));
    this.actions =
        new SequenceAction(
            PermutationAction.swap(group, out.size(), out.index(action), out.index(otherAction)));
  }

  /** The symmetry the paper uses for {@code split}. */
  public static ScanSymmetry of(ScanSplit split) {
    return switch (split) {
      case ADD_JUMP -> new ScanSymmetry("jump", "run", "I_JUMP", "I_RUN");
      case AROUND_RIGHT -> new ScanSymmetry("left", "right", "I_TURN_LEFT", "I_TURN_RIGHT");
    };
  }

  /** C2. */
  public FiniteGroup group() {
    return group;
  }

  /** The action on command token sequences. */
  public SequenceAction commands() {
    return commands;
  }

  /** The action on action token sequences (and, through its vocabulary, on output rows). */
  public SequenceAction actions() {
    return actions;
  }

  /** {@code g·words} for command words. */
  public List<String> applyToCommand(GroupElement g, List<String> words) {
    return map(g, words, commands, Vocabulary.COMMAND);
  }

  /** {@code g·words} for action words. */
  public List<String> applyToActions(GroupElement g, List<String> words) {
    return map(g, words, actions, Vocabulary.ACTION);
  }

  private static List<String> map(
      GroupElement g, List<String> words, SequenceAction action, Vocabulary vocabulary) {
    List<String> out = new ArrayList<>(words.size());
    for (String w : words) {
      out.add(vocabulary.word(action.vocabulary().apply(g, vocabulary.index(w))));
    }
    return out;
  }
}
