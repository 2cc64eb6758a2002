package io.equirl.scan.equi;

import io.equirl.groups.FiniteGroup;
import io.equirl.groups.GroupElement;
import io.equirl.scan.data.ScanSymmetry;
import io.equirl.scan.data.Vocabulary;
import io.equirl.scan.model.Rng;
import io.equirl.scan.model.Seq2Seq;
import io.equirl.scan.model.Tape;

/**
 * Decodes every transformed command {@code g·x} of one command, one tape per group element, and
 * reads the outputs back in the original vocabulary: the mapped row of branch g at step t is {@code
 * (g⁻¹·logp_g[t])[v] = logp_g[t][g·v]}, and zero after the branch's decode has ended (as the
 * paper's code pads its fixed-size output tensor).
 *
 * <p>Each branch decodes on its own, feeding its own guesses (or, under teacher forcing, {@code
 * g·target}), as in the paper's equitune and equizero SCAN models; only their outputs are combined.
 * Not thread-safe.
 */
public final class OrbitDecoder {
  final Seq2Seq model;
  final int order;
  final int vocabulary;
  private final ScanSymmetry symmetry;
  private final GroupElement[] elements;
  private final int[][] outputPermutation;
  private final Tape[] tapes;
  private int[] transformed = new int[0];

  public OrbitDecoder(Seq2Seq model, ScanSymmetry symmetry) {
    this.model = model;
    this.symmetry = symmetry;
    FiniteGroup group = symmetry.group();
    this.order = group.order();
    this.vocabulary = model.outputVocabulary();
    this.elements = group.elements().toArray(new GroupElement[0]);
    this.outputPermutation = new int[order][];
    this.tapes = new Tape[order];
    for (int g = 0; g < order; g++) {
      outputPermutation[g] = symmetry.actions().vocabulary().permutation(elements[g]);
      tapes[g] = model.newTape();
    }
  }

  /**
   * Decodes {@code g·source} for every g: under teacher forcing exactly {@code target.length} steps
   * fed {@code g·target}; otherwise greedily until the branch's own EOS or {@code maxSteps}. {@code
   * dropout} null means evaluation.
   */
  public void decode(int[] source, int[] target, boolean forced, Rng dropout, int maxSteps) {
    if (transformed.length != source.length) {
      transformed = new int[source.length];
    }
    for (int g = 0; g < order; g++) {
      symmetry.commands().apply(elements[g], source, 0, source.length, transformed, 0);
      Tape tape = tapes[g];
      model.encode(tape, transformed);
      int token = Vocabulary.SOS;
      int steps = forced ? target.length : maxSteps;
      for (int t = 0; t < steps; t++) {
        int guess = model.step(tape, token, dropout);
        if (forced) {
          token = outputPermutation[g][target[t]];
        } else if (guess == Vocabulary.EOS) {
          break;
        } else {
          token = guess;
        }
      }
    }
  }

  /** The group's order |G|. */
  public int order() {
    return order;
  }

  /** Steps branch g decoded. */
  public int steps(int g) {
    return tapes[g].steps();
  }

  /** The longest branch. */
  public int maxSteps() {
    int max = 0;
    for (Tape t : tapes) {
      max = Math.max(max, t.steps());
    }
    return max;
  }

  /** Branch g's log-probability of original-vocabulary token v at step t; 0 past its end. */
  public double mapped(int g, int t, int v) {
    Tape tape = tapes[g];
    return t < tape.steps() ? tape.logp(t, outputPermutation[g][v]) : 0;
  }

  /** Where branch g's tape keeps original token v: {@code g·v}. */
  int branchToken(int g, int v) {
    return outputPermutation[g][v];
  }

  Tape tape(int g) {
    return tapes[g];
  }
}
