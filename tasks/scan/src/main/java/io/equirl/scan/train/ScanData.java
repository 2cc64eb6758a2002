package io.equirl.scan.train;

import io.equirl.scan.data.ScanGrammar;
import io.equirl.scan.data.ScanPair;
import io.equirl.scan.data.ScanSplit;
import io.equirl.scan.data.Vocabulary;
import io.equirl.scan.model.Rng;
import java.util.ArrayList;
import java.util.List;

/**
 * A split's pairs as token arrays (EOS included), with the reference's validation hold-out: the
 * training list shuffled with the run's seed and its first {@code fraction} set aside.
 */
public record ScanData(List<Example> train, List<Example> validation, List<Example> test) {

  /** One pair as the models see it. */
  @SuppressWarnings("ArrayRecordComponent") // carries arrays by design; never compared by equals
  public record Example(int[] source, int[] target) {}

  /** The split built from the grammar, {@code fraction} of its training pairs held out. */
  public static ScanData of(ScanSplit split, long seed, double fraction) {
    List<ScanPair> all = ScanGrammar.all();
    return of(split.train(all), split.test(all), seed, fraction);
  }

  /** Any training and test pairs (e.g. read from published files), with the same hold-out. */
  public static ScanData of(List<ScanPair> train, List<ScanPair> test, long seed, double fraction) {
    if (fraction < 0 || fraction >= 1) {
      throw new IllegalArgumentException("validation fraction must be in [0, 1), got " + fraction);
    }
    List<Example> shuffled = encode(train);
    Rng rng = new Rng(seed ^ 0x5CA1AB1EL);
    for (int i = shuffled.size() - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      Example tmp = shuffled.get(i);
      shuffled.set(i, shuffled.get(j));
      shuffled.set(j, tmp);
    }
    int held = (int) (shuffled.size() * fraction);
    return new ScanData(
        List.copyOf(shuffled.subList(held, shuffled.size())),
        List.copyOf(shuffled.subList(0, held)),
        List.copyOf(encode(test)));
  }

  static List<Example> encode(List<ScanPair> pairs) {
    List<Example> out = new ArrayList<>(pairs.size());
    for (ScanPair p : pairs) {
      out.add(
          new Example(
              Vocabulary.COMMAND.encode(p.command()), Vocabulary.ACTION.encode(p.actions())));
    }
    return out;
  }
}
