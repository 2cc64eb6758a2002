package io.equirl.scan.equi;

import io.equirl.scan.data.ScanSymmetry;
import io.equirl.scan.data.Vocabulary;
import io.equirl.scan.model.Seq2Seq;
import io.equirl.scan.train.ObjectiveKind;
import io.equirl.scan.train.Predictor;
import java.util.Arrays;

/**
 * A seq2seq model made equivariant by its orbit (paper §3): equitune averages the |G| mapped-back
 * output rows position by position; equizero keeps the mapped-back rows of the branch with the
 * lowest proxy loss. Its {@link #rows()} are the wrapped model's output; predictions read them
 * greedily up to EOS. Not thread-safe.
 */
public final class Wrapper {
  private final OrbitDecoder orbit;
  private final ObjectiveKind kind;
  private final double[] rows;
  private int length;
  private int chosen;

  public Wrapper(Seq2Seq model, ScanSymmetry symmetry, ObjectiveKind kind) {
    if (kind == ObjectiveKind.PLAIN) {
      throw new IllegalArgumentException("the plain model needs no wrapper");
    }
    this.orbit = new OrbitDecoder(model, symmetry);
    this.kind = kind;
    this.rows = new double[Seq2Seq.MAX_STEPS * model.outputVocabulary()];
  }

  OrbitDecoder orbit() {
    return orbit;
  }

  /** Combines the orbit's last decodes into {@link #rows()}. */
  void combine() {
    int v = orbit.vocabulary;
    if (kind == ObjectiveKind.EQUITUNE) {
      length = orbit.maxSteps();
      double scale = 1.0 / orbit.order();
      for (int t = 0; t < length; t++) {
        for (int k = 0; k < v; k++) {
          double sum = 0;
          for (int g = 0; g < orbit.order(); g++) {
            sum += orbit.mapped(g, t, k);
          }
          rows[t * v + k] = sum * scale;
        }
      }
    } else {
      Proxy proxy = kind == ObjectiveKind.EQUIZERO ? Proxy.NEGATIVE_MAX_PROBABILITY : Proxy.ENTROPY;
      chosen = proxy.argmin(orbit);
      length = orbit.steps(chosen);
      for (int t = 0; t < length; t++) {
        for (int k = 0; k < v; k++) {
          rows[t * v + k] = orbit.mapped(chosen, t, k);
        }
      }
    }
  }

  /** The wrapped output's log-probability rows, {@code [t * vocabulary + v]}, t below length. */
  double[] rows() {
    return rows;
  }

  int length() {
    return length;
  }

  /** Most probable token of row t; ties to the lower index, as torch.topk. */
  int argmax(int t) {
    int v = orbit.vocabulary;
    int best = 0;
    for (int k = 1; k < v; k++) {
      if (rows[t * v + k] > rows[t * v + best]) {
        best = k;
      }
    }
    return best;
  }

  /** The wrapped model's greedy prediction, decoding each branch up to EOS or 50 steps. */
  public Predictor predictor() {
    return source -> {
      orbit.decode(source, null, false, null, Seq2Seq.MAX_STEPS);
      combine();
      int[] out = new int[length];
      for (int t = 0; t < length; t++) {
        out[t] = argmax(t);
        if (out[t] == Vocabulary.EOS) {
          return Arrays.copyOf(out, t + 1);
        }
      }
      return out;
    };
  }
}
