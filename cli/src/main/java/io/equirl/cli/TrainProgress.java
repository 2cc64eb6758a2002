package io.equirl.cli;

import io.equirl.training.DqnTrainer;
import io.equirl.training.ProgressRow;
import io.equirl.training.TrainingListener;
import java.io.PrintStream;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar for a training run on stderr: steps, episodes, mean return of the last 100
 * episodes, ε and steps per second. The bar is redrawn twice a second; the trainer thread only
 * moves a counter, so the bar costs nothing measurable per step.
 */
final class TrainProgress implements TrainingListener, AutoCloseable {
  private final ProgressBar bar;

  TrainProgress(String task, long start, long total, PrintStream err) {
    bar =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(total)
            .setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(500)
            .setConsumer(new ConsoleProgressBarConsumer(err))
            .build();
    bar.stepTo(start);
  }

  @Override
  public boolean onStep(DqnTrainer trainer) {
    bar.stepTo(trainer.numTimesteps());
    return true;
  }

  @Override
  public void onProgress(ProgressRow row) {
    bar.maxHint(Math.max(bar.getMax(), row.step()));
    bar.setExtraMessage(message(row));
  }

  static String message(ProgressRow row) {
    return String.format(
        Locale.ROOT,
        "ep %d | return %s | eps %.3f | %.0f sps",
        row.episodes(),
        Double.isNaN(row.meanReturn()) ? "-" : String.format(Locale.ROOT, "%.1f", row.meanReturn()),
        row.epsilon(),
        row.sps());
  }

  @Override
  public void close() {
    bar.close();
  }
}
