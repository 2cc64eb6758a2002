package io.equirl.scan.equi;

import io.equirl.scan.data.ScanSymmetry;
import io.equirl.scan.model.Seq2Seq;
import io.equirl.scan.train.Objective;
import io.equirl.scan.train.ObjectiveKind;
import io.equirl.scan.train.PlainObjective;
import io.equirl.scan.train.Predictor;
import java.util.function.Function;

/** The objective and predictor of each {@link ObjectiveKind}. */
public final class Objectives {
  private Objectives() {}

  /** Makes the objective of {@code kind} for a model, with {@code symmetry}'s group. */
  public static Function<Seq2Seq, Objective> factory(ObjectiveKind kind, ScanSymmetry symmetry) {
    return kind == ObjectiveKind.PLAIN
        ? PlainObjective::new
        : model -> new WrappedObjective(model, symmetry, kind);
  }

  /** The model's predictor as {@code kind} wraps it. */
  public static Predictor predictor(Seq2Seq model, ObjectiveKind kind, ScanSymmetry symmetry) {
    return factory(kind, symmetry).apply(model).predictor();
  }
}
