package io.equirl.scan.equi;

import io.equirl.scan.model.Seq2Seq;
import io.equirl.scan.model.Tape;

/** Equizero's proxy losses of one branch's whole decode (lower is more confident). */
public enum Proxy {
  /**
   * The paper's: minus the mean, over the {@link Seq2Seq#MAX_STEPS} output positions, of the
   * largest probability; positions past the decode's end count as a uniform row, as the paper's
   * softmax of its zero padding.
   */
  NEGATIVE_MAX_PROBABILITY {
    @Override
    double of(Tape tape, int vocabulary) {
      double sum = 0;
      for (int t = 0; t < tape.steps(); t++) {
        sum += Math.exp(tape.logp(t, tape.argmax(t)));
      }
      sum += (Seq2Seq.MAX_STEPS - tape.steps()) / (double) vocabulary;
      return -sum / Seq2Seq.MAX_STEPS;
    }
  },
  /** The summed entropy of the decoded positions' distributions. */
  ENTROPY {
    @Override
    double of(Tape tape, int vocabulary) {
      double sum = 0;
      for (int t = 0; t < tape.steps(); t++) {
        for (int v = 0; v < vocabulary; v++) {
          double lp = tape.logp(t, v);
          sum -= Math.exp(lp) * lp;
        }
      }
      return sum;
    }
  };

  abstract double of(Tape tape, int vocabulary);

  /** The branch of {@code orbit} with the lowest proxy; ties go to the earlier element. */
  int argmin(OrbitDecoder orbit) {
    int best = 0;
    double min = of(orbit.tape(0), orbit.vocabulary);
    for (int g = 1; g < orbit.order(); g++) {
      double l = of(orbit.tape(g), orbit.vocabulary);
      if (Double.isNaN(l)) {
        throw new IllegalStateException("proxy loss is NaN for branch " + g);
      }
      if (l < min) {
        best = g;
        min = l;
      }
    }
    return best;
  }
}
