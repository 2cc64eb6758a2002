package io.equirl.scan.train;

import io.equirl.scan.data.Vocabulary;
import io.equirl.scan.model.Rng;
import io.equirl.scan.model.Seq2Seq;
import io.equirl.scan.model.Tape;
import io.equirl.scan.train.ScanData.Example;
import java.util.Arrays;

/**
 * The reference's training loss: NLL summed over target positions, stopping after the first
 * position whose most probable token is EOS. Decoding stops there too, since later steps cannot
 * change the loss or its gradient.
 */
public final class PlainObjective implements Objective {
  private final Seq2Seq model;
  private final Tape tape;
  private final double[] dLogp;

  public PlainObjective(Seq2Seq model) {
    this.model = model;
    this.tape = model.newTape();
    this.dLogp = new double[Seq2Seq.MAX_STEPS * model.outputVocabulary()];
  }

  @Override
  public double lossAndGradient(Example example, boolean teacherForcing, Rng rng, double[] grad) {
    int[] target = example.target();
    int v = model.outputVocabulary();
    model.encode(tape, example.source());
    int token = Vocabulary.SOS;
    for (int t = 0; t < target.length; t++) {
      int guess = model.step(tape, token, rng);
      if (guess == Vocabulary.EOS) {
        break;
      }
      token = teacherForcing ? target[t] : guess;
    }
    int steps = tape.steps();
    Arrays.fill(dLogp, 0, steps * v, 0);
    double loss = 0;
    for (int t = 0; t < steps; t++) {
      loss -= tape.logp(t, target[t]);
      dLogp[t * v + target[t]] = -1;
    }
    model.backward(tape, dLogp, grad);
    return loss;
  }

  @Override
  public Predictor predictor() {
    return source -> Greedy.decode(model, tape, source);
  }
}
