package io.equirl.scan.equi;

import io.equirl.scan.data.ScanSymmetry;
import io.equirl.scan.data.Vocabulary;
import io.equirl.scan.model.Rng;
import io.equirl.scan.model.Seq2Seq;
import io.equirl.scan.train.Objective;
import io.equirl.scan.train.ObjectiveKind;
import io.equirl.scan.train.Predictor;
import io.equirl.scan.train.ScanData.Example;
import java.util.Arrays;

/**
 * The reference's loss on a wrapped model's output: NLL of the target summed over positions,
 * stopping after the first whose most probable token is EOS. For equitune the gradient flows to
 * every branch with weight 1/|G|; for equizero the value is the chosen branch's but the gradient is
 * equitune's, the straight-through estimator of the paper's §3.3 ({@code equitune + (equizero -
 * equitune).detach()}).
 */
public final class WrappedObjective implements Objective {
  private final Seq2Seq model;
  private final Wrapper wrapper;
  private final double[] dLogp;
  private final boolean zero;

  public WrappedObjective(Seq2Seq model, ScanSymmetry symmetry, ObjectiveKind kind) {
    this.model = model;
    this.wrapper = new Wrapper(model, symmetry, kind);
    this.dLogp = new double[Seq2Seq.MAX_STEPS * model.outputVocabulary()];
    this.zero = kind != ObjectiveKind.EQUITUNE;
  }

  @Override
  public double lossAndGradient(Example example, boolean teacherForcing, Rng rng, double[] grad) {
    int[] target = example.target();
    OrbitDecoder orbit = wrapper.orbit();
    // Equizero's choice looks at whole decodes; equitune's loss only at the target's positions.
    int maxSteps = zero ? Seq2Seq.MAX_STEPS : target.length;
    orbit.decode(example.source(), target, teacherForcing, rng, maxSteps);
    wrapper.combine();
    int v = model.outputVocabulary();
    double[] rows = wrapper.rows();
    int last = target.length - 1;
    double loss = 0;
    for (int t = 0; t < target.length; t++) {
      loss -= t < wrapper.length() ? rows[t * v + target[t]] : 0;
      if (t < wrapper.length() && wrapper.argmax(t) == Vocabulary.EOS) {
        last = t;
        break;
      }
    }
    double weight = -1.0 / orbit.order();
    for (int g = 0; g < orbit.order(); g++) {
      int steps = Math.min(orbit.steps(g), last + 1);
      Arrays.fill(dLogp, 0, orbit.steps(g) * v, 0);
      for (int t = 0; t < steps; t++) {
        dLogp[t * v + orbit.branchToken(g, target[t])] = weight;
      }
      model.backward(orbit.tape(g), dLogp, grad);
    }
    return loss;
  }

  @Override
  public Predictor predictor() {
    return wrapper.predictor();
  }
}
