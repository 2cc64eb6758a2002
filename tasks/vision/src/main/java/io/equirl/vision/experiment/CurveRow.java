package io.equirl.vision.experiment;

/**
 * One evaluation of a finetuning run: the wrapper's accuracy on the moved test set after {@code
 * step} steps.
 */
public record CurveRow(String method, int seed, int step, double accuracy) {

  /** The CSV header matching {@link #csv()}. */
  public static final String HEADER = "method,seed,step,moved_accuracy";

  /** One CSV line. */
  public String csv() {
    return String.format(java.util.Locale.ROOT, "\"%s\",%d,%d,%.4f", method, seed, step, accuracy);
  }
}
