package io.equirl.scan.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The two compositional splits the paper evaluates, built from the grammar by their rules (Lake and
 * Baroni 2018; Loula et al. 2018).
 */
public enum ScanSplit {
  /**
   * Add Jump ({@code addprim_jump}): test every command with {@code jump} except the bare one;
   * train every command without {@code jump}, plus {@code jump → I_JUMP} repeated 1,467 times so
   * the primitive is seen as often as the others were in the original files.
   */
  ADD_JUMP("add_jump", "addprim_jump", 1467) {
    @Override
    boolean inTest(List<String> c) {
      return c.contains("jump") && c.size() > 1;
    }

    @Override
    boolean inTrain(List<String> c) {
      return !c.contains("jump");
    }
  },
  /**
   * Around Right ({@code template_around_right}): test every command holding {@code U around right}
   * for a verb U and no {@code turn around right}; train every command without {@code around
   * right}; commands with {@code turn around right} are in neither.
   */
  AROUND_RIGHT("around_right", "template_around_right", 0) {
    @Override
    boolean inTest(List<String> c) {
      boolean verbAroundRight = false;
      for (int i = 0; i + 2 < c.size(); i++) {
        if ("around".equals(c.get(i + 1)) && "right".equals(c.get(i + 2))) {
          if ("turn".equals(c.get(i))) {
            return false;
          }
          verbAroundRight = true;
        }
      }
      return verbAroundRight;
    }

    @Override
    boolean inTrain(List<String> c) {
      for (int i = 0; i + 1 < c.size(); i++) {
        if ("around".equals(c.get(i)) && "right".equals(c.get(i + 1))) {
          return false;
        }
      }
      return true;
    }
  };

  private final String id;
  private final String fileStem;
  private final int jumpCopies;

  ScanSplit(String id, String fileStem, int jumpCopies) {
    this.id = id;
    this.fileStem = fileStem;
    this.jumpCopies = jumpCopies;
  }

  abstract boolean inTest(List<String> command);

  abstract boolean inTrain(List<String> command);

  /** The name users type, e.g. {@code add_jump}. */
  public String id() {
    return id;
  }

  /**
   * The published files' stem, e.g. {@code addprim_jump} in {@code tasks_train_addprim_jump.txt}.
   */
  public String fileStem() {
    return fileStem;
  }

  /** The training pairs of {@code all}, in its order (the extra primitive copies last). */
  public List<ScanPair> train(List<ScanPair> all) {
    List<ScanPair> out = select(all, p -> inTrain(p.command()));
    if (jumpCopies > 0) {
      ScanPair jump = new ScanPair(List.of("jump"), List.of("I_JUMP"));
      for (int k = 0; k < jumpCopies; k++) {
        out.add(jump);
      }
    }
    return out;
  }

  /** The test pairs of {@code all}, in its order. */
  public List<ScanPair> test(List<ScanPair> all) {
    return select(all, p -> inTest(p.command()));
  }

  private static List<ScanPair> select(List<ScanPair> all, Predicate<ScanPair> keep) {
    List<ScanPair> out = new ArrayList<>();
    for (ScanPair p : all) {
      if (keep.test(p)) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * The split named {@code id}.
   *
   * @throws IllegalArgumentException naming the known splits when {@code id} is none of them
   */
  public static ScanSplit parse(String id) {
    for (ScanSplit s : values()) {
      if (s.id.equals(id.toLowerCase(Locale.ROOT))) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown SCAN split '"
            + id
            + "'; known: "
            + Arrays.stream(values()).map(ScanSplit::id).toList());
  }
}
