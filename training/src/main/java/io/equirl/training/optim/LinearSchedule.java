package io.equirl.training.optim;

/**
 * SB3's {@code LinearSchedule}: from {@code start} at progress remaining 1 to {@code end} once a
 * fraction {@code endFraction} of training has passed, constant afterwards.
 */
public record LinearSchedule(double start, double end, double endFraction) {

  public LinearSchedule {
    if (!(endFraction > 0)) {
      throw new IllegalArgumentException("endFraction must be > 0, got " + endFraction);
    }
  }

  /** The value at {@code progressRemaining} (1 at the start, 0 at {@code total_timesteps}). */
  public double value(double progressRemaining) {
    double done = 1 - progressRemaining;
    if (done > endFraction) {
      return end;
    }
    return start + done * (end - start) / endFraction;
  }
}
