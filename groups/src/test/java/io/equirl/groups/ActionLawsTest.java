package io.equirl.groups;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ActionLawsTest {
  private static final double EXACT = 0;

  /** Every kind of vector action the project builds. */
  static Map<String, ArrayAction> allActions() {
    FiniteGroup flip = Groups.flip();
    FiniteGroup c4 = Groups.cyclic(4);
    FiniteGroup d4 = Groups.dihedral4();
    Map<String, ArrayAction> actions = new LinkedHashMap<>();
    actions.put("CartPole negation", SignedPermutationAction.negation(flip, 4));
    actions.put("Acrobot sign flip", SignedPermutationAction.signFlip(flip, 6, 1, 3, 4, 5));
    actions.put("trivial", SignedPermutationAction.trivial(d4, 3));
    actions.put("C4 rotation matrices", rotationMatrices(c4));
    actions.put("dense from gather", MatrixAction.of(ImageAction.dihedral(d4, 1, 2, 2)));
    actions.put("C4 images", ImageAction.rotations(c4, 2, 5, 5));
    actions.put("D4 images", ImageAction.dihedral(d4, 3, 4, 4));
    actions.put("flipped wide images", ImageAction.horizontalFlip(flip, 1, 3, 5));
    actions.put("CartPole action swap", PermutationAction.swap(flip, 2, 0, 1));
    actions.put("D4 regular", PermutationAction.regular(d4));
    actions.put(
        "SCAN vocabulary",
        PermutationGroup.generatedBy("swap", 6, new int[] {0, 3, 2, 1, 4, 5}).action());
    actions.put(
        "S3 on 3 labels",
        PermutationGroup.generatedBy("S3", 3, new int[] {1, 0, 2}, new int[] {1, 2, 0}).action());
    return actions;
  }

  static MatrixAction rotationMatrices(FiniteGroup c4) {
    float[][][] m = new float[4][][];
    for (int k = 0; k < 4; k++) {
      int c = Math.round((float) Math.cos(k * Math.PI / 2));
      int s = Math.round((float) Math.sin(k * Math.PI / 2));
      m[k] = new float[][] {{c, -s}, {s, c}};
    }
    return MatrixAction.of(c4, m);
  }

  @Test
  void everyActionSatisfiesIdentityAndCompatibility() {
    Random random = new Random(11);
    allActions()
        .forEach(
            (name, action) -> {
              List<float[]> samples = TestModels.samples(random, 5, action.size());
              assertEquals(List.of(), ActionLaws.check(action, samples, 1e-6), name);
            });
  }

  @Test
  void permutationAndSequenceActionsSatisfyTheLawsOnPoints() {
    for (ArrayAction action : allActions().values()) {
      if (action instanceof PermutationAction p) {
        assertEquals(List.of(), ActionLaws.check(p));
      }
    }
    PermutationGroup swap = PermutationGroup.generatedBy("swap", 6, new int[] {0, 3, 2, 1, 4, 5});
    SequenceAction seq = new SequenceAction(swap.action());
    List<int[]> sentences = List.of(new int[] {1, 2, 3}, new int[] {3, 3, 0, 5}, new int[0]);
    assertEquals(List.of(), ActionLaws.check(seq, sentences));
    assertArrayEquals(
        new int[] {3, 2, 1, 1}, seq.apply(swap.group().element("g1"), new int[] {1, 2, 3, 3}));
  }

  @Test
  void checkerReportsABrokenAction() {
    FiniteGroup c2 = Groups.flip();
    ArrayAction rotateByQuarter = new ArrayAction() { // r² ≠ e, so not a C2 action
          @Override
          public FiniteGroup group() {
            return c2;
          }

          @Override
          public int size() {
            return 2;
          }

          @Override
          public void apply(GroupElement g, float[] x, int xo, float[] out, int oo) {
            out[oo] = g.isIdentity() ? x[xo] : -x[xo + 1];
            out[oo + 1] = g.isIdentity() ? x[xo + 1] : x[xo];
          }
        };
    List<String> violations = ActionLaws.check(rotateByQuarter, List.of(new float[] {1, 2}), EXACT);
    assertFalse(violations.isEmpty());
    assertTrue(violations.get(0).startsWith("compatibility: flip·(flip·x)"), violations.get(0));
  }

  @Test
  void invalidActionsAreRefused() {
    FiniteGroup c4 = Groups.cyclic(4);
    // ρ(r)ρ(r) = I but ρ(r2) is not I
    assertThrows(
        IllegalArgumentException.class,
        () ->
            MatrixAction.of(
                c4,
                new float[][][] {
                  {{1, 0}, {0, 1}}, {{-1, 0}, {0, 1}}, {{-1, 0}, {0, 1}}, {{1, 0}, {0, 1}}
                }));
    assertThrows(
        IllegalArgumentException.class,
        () -> SignedPermutationAction.of(Groups.flip(), 2, new int[][] {{0, 1}, {1, 1}}, null));
    assertThrows(IllegalArgumentException.class, () -> ImageAction.rotations(c4, 1, 3, 4));
    assertThrows(
        IllegalArgumentException.class, () -> ImageAction.rotations(Groups.dihedral4(), 1, 3, 3));
    // C4 table but its element 2 assigned a quarter turn: index maps do not compose
    assertThrows(
        IllegalArgumentException.class,
        () ->
            PermutationAction.of(
                c4, new int[][] {{0, 1, 2, 3}, {1, 2, 3, 0}, {1, 2, 3, 0}, {3, 0, 1, 2}}));
  }

  @Test
  void rotationFollowsNumpyRot90AndFlipMirrors() {
    FiniteGroup d4 = Groups.dihedral4();
    ImageAction action = ImageAction.dihedral(d4, 1, 2, 2);
    float[] img = {1, 2, 3, 4}; // [[1, 2], [3, 4]]
    // numpy.rot90([[1, 2], [3, 4]]) = [[2, 4], [1, 3]]
    assertArrayEquals(new float[] {2, 4, 1, 3}, action.apply(d4.element("r"), img));
    assertArrayEquals(new float[] {2, 1, 4, 3}, action.apply(d4.element("f"), img));
    // r f: mirror first, then rotate: rot90([[2, 1], [4, 3]]) = [[1, 3], [2, 4]]
    assertArrayEquals(new float[] {1, 3, 2, 4}, action.apply(d4.element("rf"), img));
  }

  @Test
  void permutationActionMovesComponentsWithTheirPoints() {
    PermutationGroup s3 =
        PermutationGroup.generatedBy("S3", 3, new int[] {1, 0, 2}, new int[] {1, 2, 0});
    PermutationAction action = s3.action();
    float[] v = {10, 20, 30};
    for (GroupElement g : s3.group().elements()) {
      float[] gv = action.apply(g, v);
      for (int i = 0; i < 3; i++) {
        assertEquals(v[i], gv[action.apply(g, i)]); // (g·v)[g·i] = v[i]
      }
    }
  }

  @Test
  void signedActionsNegateTheDeclaredComponents() {
    FiniteGroup flip = Groups.flip();
    float[] x = {1, 2, 3, 4, 5, 6};
    assertArrayEquals(
        new float[] {1, -2, 3, -4, -5, -6},
        SignedPermutationAction.signFlip(flip, 6, 1, 3, 4, 5).apply(flip.element("flip"), x));
    assertArrayEquals(
        new float[] {-1, -2, -3, -4, -5, -6},
        SignedPermutationAction.negation(flip, 6).apply(flip.element("flip"), x));
  }
}
