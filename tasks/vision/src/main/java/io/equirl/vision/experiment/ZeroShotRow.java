package io.equirl.vision.experiment;

/**
 * Accuracy of one method on one test set pair, for one seed.
 *
 * @param group rot90 or flip
 * @param method the method's label
 * @param seed λ's seed (the other methods do not depend on it and are evaluated once, seed 0)
 * @param upright accuracy on the upright test images
 * @param moved accuracy on the same images each moved by a random group element
 */
public record ZeroShotRow(String group, String method, int seed, double upright, double moved) {

  /** The CSV header matching {@link #csv()}. */
  public static final String HEADER = "group,method,seed,upright_accuracy,moved_accuracy";

  /** One CSV line. */
  public String csv() {
    return String.format(
        java.util.Locale.ROOT, "%s,\"%s\",%d,%.4f,%.4f", group, method, seed, upright, moved);
  }
}
