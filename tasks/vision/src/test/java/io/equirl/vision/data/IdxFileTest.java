package io.equirl.vision.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxFileTest {
  @TempDir Path dir;

  @Test
  void readsPlainAndGzipFilesAlike() throws Exception {
    byte[] values = {0, 1, 2, (byte) 255, 4, 5};
    byte[] content = IdxFixtures.idx(new int[] {3, 2}, values);
    for (boolean gzip : new boolean[] {false, true}) {
      IdxFile f = IdxFile.read(IdxFixtures.write(dir.resolve("a" + gzip), content, gzip));
      assertArrayEquals(new int[] {3, 2}, f.dims());
      assertArrayEquals(values, f.values());
      assertEquals(3, f.count());
    }
  }

  @Test
  void wrongMagicNamesTheFile() throws Exception {
    byte[] content = IdxFixtures.idx(new int[] {2}, new byte[] {1, 2});
    content[2] = 0x0D; // float type: not ours
    Path file = IdxFixtures.write(dir.resolve("floats.idx"), content, false);
    var e = assertThrows(IllegalArgumentException.class, () -> IdxFile.read(file));
    assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("magic"), e.getMessage());
  }

  @Test
  void truncatedValuesAndHeadersNameTheFile() throws Exception {
    byte[] content = IdxFixtures.idx(new int[] {4, 2}, new byte[8]);
    Path shortValues =
        IdxFixtures.write(
            dir.resolve("short.gz"), Arrays.copyOf(content, content.length - 3), true);
    var e = assertThrows(IllegalArgumentException.class, () -> IdxFile.read(shortValues));
    assertTrue(
        e.getMessage().contains(shortValues.toString())
            && e.getMessage().contains("truncated, header declares 8 values but the file holds 5"),
        e.getMessage());
    Path shortHeader = IdxFixtures.write(dir.resolve("head"), Arrays.copyOf(content, 6), false);
    e = assertThrows(IllegalArgumentException.class, () -> IdxFile.read(shortHeader));
    assertTrue(e.getMessage().contains(shortHeader + ": truncated"), e.getMessage());
  }

  @Test
  void mismatchedCountsNameTheLabelFile() throws Exception {
    IdxFixtures.write(
        dir.resolve("t10k-images-idx3-ubyte"),
        IdxFixtures.idx(new int[] {3, 2, 2}, new byte[12]),
        false);
    IdxFixtures.write(
        dir.resolve("t10k-labels-idx1-ubyte.gz"),
        IdxFixtures.idx(new int[] {2}, new byte[2]),
        true);
    var e = assertThrows(IllegalArgumentException.class, () -> FashionMnist.test(dir));
    assertTrue(
        e.getMessage()
            .contains(
                "t10k-labels-idx1-ubyte.gz: 2 labels but"
                    + " t10k-images-idx3-ubyte holds 3 images"),
        e.getMessage());
  }

  @Test
  void missingFilesSayWhatToInstall() {
    var e = assertThrows(IllegalArgumentException.class, () -> FashionMnist.train(dir));
    assertTrue(e.getMessage().contains("dataset-fashion-mnist"), e.getMessage());
    assertTrue(!FashionMnist.isPresent(dir));
  }

  @Test
  void scalesPixelsToUnitIntervalAndKeepsLabels() throws Exception {
    IdxFixtures.split(dir, "t10k", 12, 3);
    ImageSet set = FashionMnist.test(dir);
    assertEquals(12, set.size());
    assertEquals(28, set.height());
    assertEquals(7, set.labels()[7]);
    for (float p : set.pixels()) {
      assertTrue(p >= 0 && p <= 1);
    }
    assertTrue(Files.exists(dir.resolve("t10k-images-idx3-ubyte.gz")));
  }
}
