package io.equirl.cli;

import io.equirl.training.ProgressRow;
import io.equirl.training.TrainingListener;
import java.io.PrintStream;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress bars on stderr, in one style for every command of issue 5. */
final class Bars {
  private Bars() {}

  /** A bar named {@code task} of {@code total} units; close it when done. */
  static ProgressBar open(String task, long total) {
    return new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(total)
        .setStyle(ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(250)
        .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true)))
        .continuousUpdate()
        .build();
  }

  /** A training listener that moves {@code bar} to each progress row's step, with its numbers. */
  static TrainingListener following(ProgressBar bar) {
    return new TrainingListener() {
      @Override
      public void onProgress(ProgressRow row) {
        bar.stepTo(row.step());
        bar.setExtraMessage(
            String.format(Locale.ROOT, " return %.1f loss %.4f", row.meanReturn(), row.loss()));
      }
    };
  }
}
