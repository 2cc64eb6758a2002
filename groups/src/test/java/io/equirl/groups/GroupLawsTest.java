package io.equirl.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupLawsTest {

  static Map<String, FiniteGroup> allGroups() {
    Map<String, FiniteGroup> groups = new LinkedHashMap<>();
    for (int n = 1; n <= 6; n++) {
      groups.put("C" + n, Groups.cyclic(n));
    }
    groups.put("flip", Groups.flip());
    groups.put("D4", Groups.dihedral4());
    groups.put("trivial", Groups.trivial());
    groups.put(
        "SCAN swap", PermutationGroup.generatedBy("swap", 6, new int[] {0, 3, 2, 1, 4, 5}).group());
    groups.put(
        "word-list shift",
        PermutationGroup.generatedBy("shift", 6, new int[] {2, 3, 4, 5, 0, 1}).group());
    groups.put(
        "S3",
        PermutationGroup.generatedBy("S3", 3, new int[] {1, 0, 2}, new int[] {1, 2, 0}).group());
    return groups;
  }

  @Test
  void everyGroupSatisfiesTheLawsThroughItsApi() {
    allGroups()
        .forEach(
            (name, g) -> {
              assertEquals(List.of(), GroupLaws.check(g), name);
              GroupElement e = g.identity();
              assertEquals(0, e.index(), name);
              for (GroupElement a : g.elements()) {
                assertEquals(a, e.compose(a), name);
                assertEquals(a, a.compose(e), name);
                assertEquals(e, a.compose(a.inverse()), name);
                assertEquals(e, a.inverse().compose(a), name);
                assertEquals(a, g.element(a.label()), name);
                for (GroupElement b : g.elements()) {
                  for (GroupElement c : g.elements()) {
                    assertEquals(a.compose(b).compose(c), a.compose(b.compose(c)), name);
                  }
                }
              }
            });
  }

  @Test
  void ordersAndDefiningRelations() {
    FiniteGroup c4 = Groups.cyclic(4);
    assertEquals(
        List.of("e", "r", "r2", "r3"), c4.elements().stream().map(GroupElement::label).toList());
    GroupElement r = c4.element("r");
    assertEquals(c4.element("r3"), r.compose(r).compose(r));
    assertEquals(c4.element("r3"), r.inverse());

    FiniteGroup d4 = Groups.dihedral4();
    assertEquals(8, d4.order());
    GroupElement dr = d4.element("r");
    GroupElement f = d4.element("f");
    assertEquals(d4.identity(), f.compose(f));
    assertEquals(dr.inverse(), f.compose(dr).compose(f)); // f r f = r⁻¹
    assertEquals(d4.element("rf"), dr.compose(f));
    assertNotEquals(dr.compose(f), f.compose(dr)); // not abelian

    assertEquals(
        List.of("e", "flip"), Groups.flip().elements().stream().map(GroupElement::label).toList());
    assertEquals(
        6,
        PermutationGroup.generatedBy("S3", 3, new int[] {1, 0, 2}, new int[] {1, 2, 0})
            .group()
            .order());
    assertEquals(
        3, PermutationGroup.generatedBy("shift", 6, new int[] {2, 3, 4, 5, 0, 1}).group().order());
  }

  @Test
  void permutationGroupComposesRightToLeft() {
    int[] a = {1, 0, 2};
    int[] b = {1, 2, 0};
    PermutationGroup s3 = PermutationGroup.generatedBy("S3", 3, a, b);
    for (GroupElement g : s3.group().elements()) {
      for (GroupElement h : s3.group().elements()) {
        int[] gh = s3.permutation(g.compose(h));
        for (int i = 0; i < 3; i++) {
          assertEquals(s3.apply(g, s3.apply(h, i)), gh[i]);
        }
      }
    }
  }

  @Test
  void nonGroupTablesAreRefusedNamingTheLaw() {
    List<String> three = List.of("e", "a", "b");
    assertMessage(
        "closure",
        "a·b",
        () -> FiniteGroup.fromTable("bad", three, new int[][] {{0, 1, 2}, {1, 0, 3}, {2, 2, 0}}));
    // identity and self-inverses, but (a·a)·b = b while a·(a·b) = a·a = e
    assertMessage(
        "associativity",
        "(a·a)·b",
        () -> FiniteGroup.fromTable("bad", three, new int[][] {{0, 1, 2}, {1, 0, 1}, {2, 1, 0}}));
    // left-zero semigroup x·y = x: associative, no identity
    assertMessage(
        "identity",
        "x",
        () -> FiniteGroup.fromTable("bad", List.of("x", "y"), new int[][] {{0, 0}, {1, 1}}));
    // monoid {e, z} with z·z = z: z has no inverse
    assertMessage(
        "inverses",
        "z",
        () -> FiniteGroup.fromTable("bad", List.of("e", "z"), new int[][] {{0, 1}, {1, 1}}));
  }

  @Test
  void elementsOfAnotherGroupAreRefused() {
    FiniteGroup c2 = Groups.flip();
    assertSame(c2, Groups.flip()); // factories share one instance per group
    FiniteGroup other =
        FiniteGroup.fromTable("C2", List.of("e", "flip"), new int[][] {{0, 1}, {1, 0}});
    GroupElement foreign = other.element("flip");
    assertThrows(IllegalArgumentException.class, () -> c2.compose(c2.identity(), foreign));
    assertThrows(IllegalArgumentException.class, () -> c2.inverse(foreign));
    assertNotEquals(c2.element("flip"), foreign);
    assertThrows(IllegalArgumentException.class, () -> c2.element("nope"));
    assertThrows(IllegalArgumentException.class, () -> c2.element(2));
  }

  private static void assertMessage(String law, String elements, Runnable build) {
    IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, build::run);
    assertTrue(ex.getMessage().contains(law), ex.getMessage());
    assertTrue(ex.getMessage().contains(elements), ex.getMessage());
  }
}
