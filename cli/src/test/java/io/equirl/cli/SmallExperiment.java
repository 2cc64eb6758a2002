package io.equirl.cli;

import java.nio.file.Path;

/** The small CartPole experiment the tests run: two seeds, 300 λ steps, three episodes each. */
final class SmallExperiment {
  private SmallExperiment() {}

  /** {@code equirl experiment}'s arguments with {@code steps} of pretraining on {@code jobs}. */
  static String[] args(Path out, long steps, int jobs) {
    return new String[] {
      "experiment",
      "--env",
      "cartpole",
      "--seeds",
      "2",
      "--steps",
      Long.toString(steps),
      "--lambda-steps",
      "300",
      "--episodes",
      "3",
      "--jobs",
      Integer.toString(jobs),
      "--out",
      out.toString()
    };
  }
}
