package io.equirl.benchmarks.report;

import java.util.Map;

/**
 * One row of JMH's JSON results: a benchmark method with its parameters, its score with JMH's 99.9%
 * confidence half-width, and the allocation per operation when {@code -prof gc} ran.
 *
 * @param benchmarkClass the simple class name, e.g. {@code PolicyLatencyBenchmark}
 * @param method the benchmark method, e.g. {@code equizero}
 * @param params the {@code @Param} values of this row
 * @param score the mean time per operation, in nanoseconds
 * @param error JMH's 99.9% confidence half-width, in nanoseconds (NaN when too few samples)
 * @param allocBytes bytes allocated per operation ({@code gc.alloc.rate.norm}), NaN without it
 * @param allocError the half-width of {@code allocBytes}
 * @param threads JMH worker threads of the run
 */
public record JmhResult(
    String benchmarkClass,
    String method,
    Map<String, String> params,
    double score,
    double error,
    double allocBytes,
    double allocError,
    int threads) {

  public JmhResult {
    params = Map.copyOf(params);
  }

  /** The score as a {@link Measure} in nanoseconds. */
  public Measure time() {
    return new Measure(score, error);
  }

  /** The allocation per operation as a {@link Measure} in bytes. */
  public Measure alloc() {
    return new Measure(allocBytes, allocError);
  }

  /** The value of parameter {@code name}, or null. */
  public String param(String name) {
    return params.get(name);
  }
}
