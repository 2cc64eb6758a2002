package io.equirl.groups;

import java.util.List;

/** Input and output actions of one group, as the operator tests use them. */
record OperatorSettings(String name, ArrayAction in, ArrayAction out) {

  static List<OperatorSettings> all() {
    FiniteGroup flip = Groups.flip();
    FiniteGroup acro = flip;
    FiniteGroup c4 = Groups.cyclic(4);
    FiniteGroup d4 = Groups.dihedral4();
    FiniteGroup d4b = d4;
    FiniteGroup rot = c4;
    return List.of(
        new OperatorSettings(
            "CartPole: negation → swapped actions",
            SignedPermutationAction.negation(flip, 4),
            PermutationAction.swap(flip, 2, 0, 1)),
        new OperatorSettings(
            "Acrobot: sign flip → swapped torques",
            SignedPermutationAction.signFlip(acro, 6, 1, 3, 4, 5),
            PermutationAction.swap(acro, 3, 0, 2)),
        new OperatorSettings(
            "C4 images → regular",
            ImageAction.rotations(c4, 1, 4, 4),
            PermutationAction.regular(c4)),
        new OperatorSettings(
            "D4 images → regular",
            ImageAction.dihedral(d4, 2, 3, 3),
            PermutationAction.regular(d4)),
        new OperatorSettings(
            "D4 images → invariant labels",
            ImageAction.dihedral(d4b, 1, 3, 3),
            PermutationAction.trivial(d4b, 3)),
        new OperatorSettings(
            "C4 rotation matrices on ℝ²",
            ActionLawsTest.rotationMatrices(rot),
            ActionLawsTest.rotationMatrices(rot)));
  }

  @Override
  public String toString() {
    return name;
  }
}
