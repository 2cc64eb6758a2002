package io.equirl.cli;

import io.equirl.scan.data.ScanFiles;
import io.equirl.scan.data.ScanSplit;
import io.equirl.scan.model.CellType;
import io.equirl.scan.train.ScanData;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every {@code equirl scan} command shares: which split, and optionally its files. */
final class ScanOptions {
  @Option(
      names = "--split",
      required = true,
      paramLabel = "SPLIT",
      description = "add_jump or around_right (also picks the symmetry: jump/run or left/right).")
  String split;

  @Option(
      names = "--train-file",
      paramLabel = "FILE",
      description =
          "Train on this IN: ... OUT: ... file instead of the split built from the"
              + " grammar (with --test-file).")
  Path trainFile;

  @Option(
      names = "--test-file",
      paramLabel = "FILE",
      description = "Test on this IN: ... OUT: ... file instead of the split's test set.")
  Path testFile;

  ScanSplit split() {
    return ScanSplit.parse(split);
  }

  static CellType cell(String id) {
    return CellType.parse(id);
  }

  /** The split's data, 20% of training held out with {@code seed}'s shuffle. */
  ScanData data(long seed) {
    ScanSplit s = split();
    if ((trainFile == null) != (testFile == null)) {
      throw new IllegalArgumentException("--train-file and --test-file go together");
    }
    if (trainFile != null) {
      return ScanData.of(ScanFiles.read(trainFile), ScanFiles.read(testFile), seed, 0.2);
    }
    return ScanData.of(s, seed, 0.2);
  }
}
