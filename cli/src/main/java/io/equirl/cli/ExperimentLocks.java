package io.equirl.cli;

import io.equirl.eval.experiment.ExperimentConfig;
import io.equirl.training.RunDirectory;
import io.equirl.training.store.RunLock;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The locks on every {@code --out} of a sweep, held for the whole run whichever engine runs it: a
 * second experiment on one of them fails at once naming this one's pid (each seed's steps lock
 * their seed directory too). Taking a lock also deletes the temporary files of a killed earlier
 * run, and a folder it created is removed again if the start fails before anything was written.
 */
public final class ExperimentLocks implements AutoCloseable {
  private final List<RunLock> locks = new ArrayList<>();

  private ExperimentLocks() {}

  /** Takes the lock of each config's output folder, or releases those taken and fails. */
  public static ExperimentLocks take(List<ExperimentConfig> configs) throws IOException {
    ExperimentLocks all = new ExperimentLocks();
    try {
      for (ExperimentConfig config : configs) {
        all.locks.add(RunDirectory.of(config.out()).lock());
      }
      return all;
    } catch (IOException | RuntimeException e) {
      all.close();
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    for (RunLock lock : locks) {
      lock.close();
    }
  }
}
