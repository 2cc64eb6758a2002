package io.equirl.groups;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks the action laws, and equivariance of maps, on sample inputs; returns the violations found,
 * never prints. An empty list means every check passed.
 *
 * <p>Laws: {@code e·x = x} and {@code g·(h·x) = (gh)·x} for all {@code g, h} and samples {@code x}.
 * Equivariance of {@code M}: {@code M(g·x) = g·M(x)}.
 */
public final class ActionLaws {
  private ActionLaws() {}

  /** Violations of the action laws of {@code action} on {@code samples}, within {@code tol}. */
  public static List<String> check(ArrayAction action, List<float[]> samples, double tol) {
    List<String> violations = new ArrayList<>();
    FiniteGroup group = action.group();
    int n = action.size();
    for (int s = 0; s < samples.size(); s++) {
      float[] x = samples.get(s);
      if (x.length != n) {
        violations.add("sample " + s + " has length " + x.length + ", action size is " + n);
        continue;
      }
      float[] ex = action.apply(group.identity(), x);
      double identityError = maxAbsDiff(ex, x);
      if (identityError > tol) {
        violations.add("identity: e·x ≠ x on sample " + s + " (max error " + identityError + ")");
      }
      for (GroupElement h : group.elements()) {
        float[] hx = action.apply(h, x);
        for (GroupElement g : group.elements()) {
          double err = maxAbsDiff(action.apply(g, hx), action.apply(g.compose(h), x));
          if (err > tol) {
            violations.add(
                "compatibility: "
                    + g
                    + "·("
                    + h
                    + "·x) ≠ ("
                    + g.compose(h)
                    + ")·x on sample "
                    + s
                    + " (max error "
                    + err
                    + ")");
          }
        }
      }
    }
    return violations;
  }

  /** Violations of the action laws of a permutation action on its points, checked exactly. */
  public static List<String> check(PermutationAction action) {
    List<String> violations = new ArrayList<>();
    FiniteGroup group = action.group();
    for (int i = 0; i < action.size(); i++) {
      if (action.apply(group.identity(), i) != i) {
        violations.add("identity: e·" + i + " = " + action.apply(group.identity(), i));
      }
      for (GroupElement g : group.elements()) {
        for (GroupElement h : group.elements()) {
          int lhs = action.apply(g, action.apply(h, i));
          int rhs = action.apply(g.compose(h), i);
          if (lhs != rhs) {
            violations.add(
                "compatibility: "
                    + g
                    + "·("
                    + h
                    + "·"
                    + i
                    + ") = "
                    + lhs
                    + " but ("
                    + g.compose(h)
                    + ")·"
                    + i
                    + " = "
                    + rhs);
          }
        }
      }
    }
    return violations;
  }

  /** Violations of the action laws of a sequence action on sample sequences, checked exactly. */
  public static List<String> check(SequenceAction action, List<int[]> samples) {
    List<String> violations = new ArrayList<>();
    FiniteGroup group = action.group();
    for (int s = 0; s < samples.size(); s++) {
      int[] x = samples.get(s);
      if (!java.util.Arrays.equals(action.apply(group.identity(), x), x)) {
        violations.add("identity: e·s ≠ s on sample " + s);
      }
      for (GroupElement g : group.elements()) {
        for (GroupElement h : group.elements()) {
          if (!java.util.Arrays.equals(
              action.apply(g, action.apply(h, x)), action.apply(g.compose(h), x))) {
            violations.add(
                "compatibility: " + g + "·(" + h + "·s) ≠ (" + g.compose(h) + ")·s on sample " + s);
          }
        }
      }
    }
    return violations;
  }

  /**
   * Violations of equivariance {@code M(g·x) = g·M(x)} of {@code model} on {@code samples}, for
   * every {@code g}; pass a trivial output action to check invariance.
   */
  public static List<String> checkEquivariance(
      FloatMap model, ArrayAction in, ArrayAction out, List<float[]> samples, double tol) {
    requireSameGroup(in, out);
    List<String> violations = new ArrayList<>();
    for (int s = 0; s < samples.size(); s++) {
      float[] x = samples.get(s);
      float[] y = model.apply(x);
      for (GroupElement g : in.group().elements()) {
        double err = maxAbsDiff(model.apply(in.apply(g, x)), out.apply(g, y));
        if (err > tol) {
          violations.add(
              "equivariance: M("
                  + g
                  + "·x) ≠ "
                  + g
                  + "·M(x) on sample "
                  + s
                  + " (max error "
                  + err
                  + ")");
        }
      }
    }
    return violations;
  }

  /** The largest {@code |M(g·x) − g·M(x)|} over all elements and samples. */
  public static double equivarianceError(
      FloatMap model, ArrayAction in, ArrayAction out, List<float[]> samples) {
    requireSameGroup(in, out);
    double worst = 0;
    for (float[] x : samples) {
      float[] y = model.apply(x);
      for (GroupElement g : in.group().elements()) {
        worst = Math.max(worst, maxAbsDiff(model.apply(in.apply(g, x)), out.apply(g, y)));
      }
    }
    return worst;
  }

  /** A map from one vector to another, e.g. an operator applied to a single input. */
  @FunctionalInterface
  public interface FloatMap {
    /** The image of {@code x}, in a new array. */
    float[] apply(float[] x);
  }

  static void requireSameGroup(ArrayAction in, ArrayAction out) {
    if (in.group() != out.group()) {
      throw new IllegalArgumentException(
          "input action is of group "
              + in.group().name()
              + " but output action is of a different group instance "
              + out.group().name()
              + "; build both actions from the same group");
    }
  }

  static double maxAbsDiff(float[] a, float[] b) {
    if (a.length != b.length) {
      return Double.POSITIVE_INFINITY;
    }
    double worst = 0;
    for (int i = 0; i < a.length; i++) {
      double d = Math.abs((double) a[i] - b[i]);
      if (Double.isNaN(d)) {
        return Double.POSITIVE_INFINITY;
      }
      worst = Math.max(worst, d);
    }
    return worst;
  }
}
