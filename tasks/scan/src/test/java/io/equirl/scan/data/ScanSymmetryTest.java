package io.equirl.scan.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.equirl.groups.GroupElement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ScanSymmetryTest {

  @ParameterizedTest
  @EnumSource(ScanSplit.class)
  void swapCommutesWithInterpretationOnEveryCommand(ScanSplit split) {
    ScanSymmetry symmetry = ScanSymmetry.of(split);
    int moved = 0;
    for (ScanPair p : ScanGrammar.all()) {
      for (GroupElement g : symmetry.group().elements()) {
        var gc = symmetry.applyToCommand(g, p.command());
        assertEquals(
            symmetry.applyToActions(g, p.actions()),
            ScanGrammar.interpret(gc),
            () -> "g·c = " + gc);
        if (!gc.equals(p.command())) {
          moved++;
        }
      }
    }
    assertNotEquals(0, moved, "the swap moved no command: it is the trivial action");
  }
}
