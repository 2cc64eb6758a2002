package io.equirl.training.store;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A checksum list catches every change to a file it lists, and nothing else. */
class ChecksumsTest {
  @TempDir Path dir;

  @Test
  void theEntryOfAWriteIsTheEntryOfTheFileItWrote() throws Exception {
    byte[] bytes = new byte[200_000];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 31 + 7);
    }
    Checksums.Sink sink = new Checksums.Sink();
    AtomicFiles.write(dir.resolve("a.bin"), Checksums.digesting(out -> out.write(bytes), sink));
    assertEquals(Checksums.hash(dir.resolve("a.bin")), sink.entry());
    assertEquals(bytes.length, sink.entry().size());
    // The SHA-256 of "abc" (FIPS 180-2, appendix B.1).
    Files.writeString(dir.resolve("abc"), "abc");
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        Checksums.hash(dir.resolve("abc")).sha256());
  }

  @Test
  void aListReadBackVerifiesItsFilesAndRefusesEachKindOfChange() throws Exception {
    Files.writeString(dir.resolve("model.params"), "0123456789");
    Files.writeString(dir.resolve("progress.csv"), "step\n1\n");
    Checksums.ofFiles(dir, List.of()).write();
    Checksums sums = Checksums.read(dir);
    assertDoesNotThrow(sums::verifyAll);

    Files.writeString(dir.resolve("model.params"), "0123x56789");
    assertProblem("model.params", "contents do not match its SHA-256 in", sums::verifyAll);
    Files.writeString(dir.resolve("model.params"), "01234");
    assertProblem("model.params", "truncated (5 bytes;", sums::verifyAll);
    Files.writeString(dir.resolve("model.params"), "0123456789!");
    assertProblem("model.params", "too long (11 bytes;", sums::verifyAll);
    Files.writeString(dir.resolve("model.params"), "0123456789");

    Files.writeString(dir.resolve("extra.bin"), "x");
    assertProblem(Checksums.FILE, "has no entry for extra.bin", sums::verifyAll);
    Files.delete(dir.resolve("extra.bin"));
    Files.delete(dir.resolve("progress.csv"));
    assertProblem("progress.csv", "missing, but listed in", sums::verifyAll);
    assertDoesNotThrow(() -> sums.verify("model.params"));
  }

  @Test
  void aDamagedListIsOneLineNamingIt() throws Exception {
    Files.writeString(dir.resolve("model.params"), "0123456789");
    Checksums.ofFiles(dir, List.of()).write();
    Path list = dir.resolve(Checksums.FILE);
    String text = Files.readString(list, StandardCharsets.UTF_8);

    Files.writeString(list, text.substring(0, text.length() / 2));
    assertProblem(Checksums.FILE, "not valid JSON at line", () -> Checksums.read(dir));
    Files.writeString(list, text.replaceFirst("[0-9a-f]{64}", "beef"));
    assertProblem(Checksums.FILE, "sha256: not 64 hex digits: beef", () -> Checksums.read(dir));
    Files.writeString(list, text.replace("\"size\" : 10", "\"size\" : -1"));
    assertProblem(Checksums.FILE, "size: must be >= 0, got -1", () -> Checksums.read(dir));
    Files.writeString(list, text.replace("\"format_version\" : 1", "\"format_version\" : 9"));
    assertProblem(Checksums.FILE, "format version 9", () -> Checksums.read(dir));
    Files.writeString(list, text.replace("\"files\"", "\"renamed\""));
    assertProblem(Checksums.FILE, "missing key files", () -> Checksums.read(dir));
  }

  private void assertProblem(String file, String problem, Action action) {
    BadFileException e = assertThrows(BadFileException.class, action::run);
    assertEquals(dir.resolve(file), e.file());
    String prefix = dir.resolve(file) + ": ";
    assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
    assertTrue(e.getMessage().contains(problem), e.getMessage());
    assertEquals(1, e.getMessage().lines().count(), e.getMessage());
  }

  @FunctionalInterface
  private interface Action {
    void run() throws Exception;
  }
}
