package io.equirl.eval.experiment;

/** Progress of one seed of an experiment, for progress bars. Called on the seed's thread. */
public interface ExperimentListener {

  /**
   * A phase ({@code pretrain}, {@code lambda}, {@code eval <policy>}) of {@code total} units
   * starts.
   */
  default void phase(int seed, String phase, long total) {}

  /** {@code done} units of the current phase are complete. */
  default void progress(int seed, long done) {}

  /** A listener that ignores everything. */
  ExperimentListener NONE = new ExperimentListener() {};
}
