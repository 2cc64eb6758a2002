package io.equirl.scan.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanFilesTest {
  @TempDir Path dir;

  @Test
  void readsPairsAndSkipsBlankLines() throws Exception {
    Path f = dir.resolve("t.txt");
    Files.writeString(f, "IN: jump twice OUT: I_JUMP I_JUMP\n\nIN: walk OUT: I_WALK\n");
    List<ScanPair> pairs = ScanFiles.read(f);
    assertEquals(2, pairs.size());
    assertEquals(List.of("I_JUMP", "I_JUMP"), pairs.get(0).actions());
  }

  @Test
  void malformedLineNamesFileAndLine() throws Exception {
    Path f = dir.resolve("bad.txt");
    Files.writeString(f, "IN: walk OUT: I_WALK\nIN: walk I_WALK\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ScanFiles.read(f));
    assertEquals(
        f + ":2: malformed SCAN line: expected 'IN: <command> OUT: <actions>'", e.getMessage());
  }

  @Test
  void unknownWordNamesFileLineAndWord() throws Exception {
    Path f = dir.resolve("bad.txt");
    Files.writeString(f, "IN: crawl OUT: I_WALK\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ScanFiles.read(f));
    assertEquals(f + ":1: malformed SCAN line: unknown command word 'crawl'", e.getMessage());
  }
}
