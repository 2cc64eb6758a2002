package io.equirl.scan.data;

import static io.equirl.scan.data.ScanGrammarTest.multiset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ScanSplitTest {
  private static final List<ScanPair> ALL = ScanGrammar.all();

  @ParameterizedTest
  @EnumSource(ScanSplit.class)
  void splitsAreThePublishedFilesAsMultisets(ScanSplit split) {
    String stem = split.fileStem();
    assertEquals(
        multiset(ScanFiles.read(SharedScanData.file("tasks_train_" + stem + ".txt"))),
        multiset(split.train(ALL)));
    assertEquals(
        multiset(ScanFiles.read(SharedScanData.file("tasks_test_" + stem + ".txt"))),
        multiset(split.test(ALL)));
  }

  @Test
  void splitSizesFollowTheRules() {
    assertEquals(14_670, ScanSplit.ADD_JUMP.train(ALL).size());
    assertEquals(7_706, ScanSplit.ADD_JUMP.test(ALL).size());
    assertEquals(15_225, ScanSplit.AROUND_RIGHT.train(ALL).size());
    assertEquals(4_476, ScanSplit.AROUND_RIGHT.test(ALL).size());
  }

  @Test
  void unknownSplitNamesTheKnownOnes() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ScanSplit.parse("length"));
    assertTrue(
        e.getMessage().contains("add_jump") && e.getMessage().contains("'length'"), e.getMessage());
  }
}
