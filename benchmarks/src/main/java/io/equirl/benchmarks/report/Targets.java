package io.equirl.benchmarks.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The targets, as reference numbers, and the verdicts collected while the report's tables
 * are written, for its closing note. Not thread-safe.
 */
final class Targets {
  /** SB3 2.9 {@code model.predict(obs, deterministic=True)}, one thread, µs: [64, 64] nets. */
  static final double SB3_PREDICT_PAPER_US = 39;

  /** The same for [256, 256] nets. */
  static final double SB3_PREDICT_ZOO_US = 54;

  /** Gymnasium 1.4.0 CartPole-v1 step, unwrapped, µs. */
  static final double GYMNASIUM_CARTPOLE_US = 5.4;

  /** Gymnasium 1.4.0 Acrobot-v1 step, unwrapped, µs. */
  static final double GYMNASIUM_ACROBOT_US = 34;

  /** Native env steps must be at least this many times faster than Gymnasium's. */
  static final double ENV_SPEEDUP = 100;

  /** Greedy decisions must take at most this share of SB3's {@code predict}. */
  static final double GREEDY_SHARE_OF_SB3 = 1.0 / 3;

  /** Equizero over greedy for |G| = 2 and |G| = 4. */
  static final double EQUIZERO_G2 = 1.3;

  static final double EQUIZERO_G4 = 2.0;

  /** λ-equitune over equizero. */
  static final double LAMBDA_OVER_EQUIZERO = 1.5;

  /** "Equitune the same as equizero within noise": tolerance on the ratio when CIs are tight. */
  static final double SAME_TOLERANCE = 0.10;

  /** Bytes per op below which an allocation counts as zero (JMH's gc counters jitter). */
  static final double ZERO_BYTES = 1;

  /** Bytes per decision counted as "small". */
  static final double SMALL_BYTES = 64;

  /** One checked target. */
  record Row(String target, String where, String measured, Verdict verdict) {}

  private final List<Row> rows = new ArrayList<>();

  void add(String target, String where, String measured, Verdict verdict) {
    rows.add(new Row(target, where, measured, verdict));
  }

  List<Row> rows() {
    return List.copyOf(rows);
  }

  /** Gymnasium's step time in µs for an env parameter value, NaN where there is none. */
  static double gymnasiumMicros(String env) {
    return switch (env.toLowerCase(java.util.Locale.ROOT)) {
      case "cartpole", "cartpole-v1" -> GYMNASIUM_CARTPOLE_US;
      case "acrobot", "acrobot-v1" -> GYMNASIUM_ACROBOT_US;
      default -> Double.NaN;
    };
  }

  /** SB3's {@code predict} in µs for a preset. */
  static double sb3PredictMicros(String preset) {
    return preset.equals("zoo") ? SB3_PREDICT_ZOO_US : SB3_PREDICT_PAPER_US;
  }

  /** The symmetry group order of a built-in env (C4 for Gridworld, Z2 for the others). */
  static int groupOrder(String env) {
    return env.equals("gridworld") ? 4 : 2;
  }
}
