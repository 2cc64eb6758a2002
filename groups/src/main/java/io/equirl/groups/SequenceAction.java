package io.equirl.groups;

/**
 * A group acting on token sequences token by token, through a {@link PermutationAction} on the
 * vocabulary: {@code (g·s)[t] = g·s[t]}. Used for SCAN's word swaps. Immutable and thread-safe.
 */
public final class SequenceAction {
  private final PermutationAction vocabulary;

  /** The action on sequences induced by {@code vocabulary}. */
  public SequenceAction(PermutationAction vocabulary) {
    if (vocabulary == null) {
      throw new IllegalArgumentException("vocabulary action must not be null");
    }
    this.vocabulary = vocabulary;
  }

  /** The acting group. */
  public FiniteGroup group() {
    return vocabulary.group();
  }

  /** The action on single tokens. */
  public PermutationAction vocabulary() {
    return vocabulary;
  }

  /**
   * Writes {@code g·tokens[from..from+length)} into {@code out[outOffset..)}; allocates nothing.
   */
  public void apply(GroupElement g, int[] tokens, int from, int length, int[] out, int outOffset) {
    for (int t = 0; t < length; t++) {
      out[outOffset + t] = vocabulary.apply(g, tokens[from + t]);
    }
  }

  /** Returns {@code g·tokens} in a new array. */
  public int[] apply(GroupElement g, int[] tokens) {
    int[] out = new int[tokens.length];
    apply(g, tokens, 0, tokens.length, out, 0);
    return out;
  }
}
