package io.equirl.training;

import java.util.Locale;

/**
 * Where a training run's wall-clock time went, in nanoseconds: choosing actions, stepping the env,
 * sampling the buffer, gradient steps and target updates. Collected with {@link System#nanoTime()}
 * around each part (a few tens of nanoseconds per reading).
 */
public final class Timings {
  long acting;
  long env;
  long sampling;
  long gradient;
  long target;
  long steps;
  long updates;

  /** Nanoseconds choosing actions. */
  public long actingNanos() {
    return acting;
  }

  /** Nanoseconds in {@code env.step}. */
  public long envNanos() {
    return env;
  }

  /** Nanoseconds sampling minibatches. */
  public long samplingNanos() {
    return sampling;
  }

  /** Nanoseconds in gradient steps. */
  public long gradientNanos() {
    return gradient;
  }

  /** Nanoseconds updating the target network. */
  public long targetNanos() {
    return target;
  }

  /** A one-line summary: microseconds per env step or per gradient step for each part. */
  @Override
  public String toString() {
    double s = Math.max(steps, 1);
    double u = Math.max(updates, 1);
    return String.format(
        Locale.ROOT,
        "acting %.2f µs/step, env %.2f µs/step, sampling %.2f µs/update, gradient %.1f µs/update,"
            + " target update %.2f µs/step (%d steps, %d updates)",
        acting / s / 1e3,
        env / s / 1e3,
        sampling / u / 1e3,
        gradient / u / 1e3,
        target / s / 1e3,
        steps,
        updates);
  }
}
