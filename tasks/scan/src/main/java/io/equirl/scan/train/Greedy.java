package io.equirl.scan.train;

import io.equirl.scan.data.Vocabulary;
import io.equirl.scan.model.Seq2Seq;
import io.equirl.scan.model.Tape;

/** Greedy decoding without dropout, up to EOS or {@link Seq2Seq#MAX_STEPS} steps. */
public final class Greedy {
  private Greedy() {}

  /** Decodes {@code source} on {@code tape}; returns the tokens up to and including EOS. */
  public static int[] decode(Seq2Seq model, Tape tape, int[] source) {
    run(model, tape, source, Seq2Seq.MAX_STEPS);
    int[] out = new int[tape.steps()];
    for (int t = 0; t < out.length; t++) {
      out[t] = tape.argmax(t);
    }
    return out;
  }

  /** Decodes on {@code tape} feeding its own guesses, stopping after EOS or {@code maxSteps}. */
  static void run(Seq2Seq model, Tape tape, int[] source, int maxSteps) {
    model.encode(tape, source);
    int token = Vocabulary.SOS;
    for (int t = 0; t < maxSteps; t++) {
      token = model.step(tape, token, null);
      if (token == Vocabulary.EOS) {
        return;
      }
    }
  }
}
