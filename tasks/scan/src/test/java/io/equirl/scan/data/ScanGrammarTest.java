package io.equirl.scan.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScanGrammarTest {

  static Map<String, Integer> multiset(List<ScanPair> pairs) {
    Map<String, Integer> counts = new HashMap<>();
    for (ScanPair p : pairs) {
      counts.merge(p.toLine(), 1, Integer::sum);
    }
    return counts;
  }

  @Test
  void grammarYields20910DistinctCommands() {
    List<ScanPair> all = ScanGrammar.all();
    assertEquals(20_910, all.size());
    assertEquals(20_910, new HashSet<>(all.stream().map(ScanPair::command).toList()).size());
  }

  @Test
  void generatedCommandsAreThePublishedOnesWithTheirMeanings() {
    List<ScanPair> published = ScanFiles.read(SharedScanData.file("tasks.txt"));
    assertEquals(multiset(published), multiset(ScanGrammar.all()));
  }

  @Test
  void interpretationFollowsTheRules() {
    assertEquals(
        List.of("I_TURN_LEFT", "I_TURN_LEFT", "I_JUMP", "I_WALK", "I_WALK"),
        ScanGrammar.interpret(List.of("walk", "twice", "after", "jump", "opposite", "left")));
    assertEquals(
        List.of("I_TURN_RIGHT", "I_TURN_RIGHT", "I_TURN_RIGHT", "I_TURN_RIGHT"),
        ScanGrammar.interpret(List.of("turn", "around", "right")));
  }

  @Test
  void wordSaladIsRejectedWithTheCommandNamed() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ScanGrammar.interpret(List.of("walk", "around")));
    assertEquals("not a SCAN command: 'walk around'", e.getMessage());
  }
}
