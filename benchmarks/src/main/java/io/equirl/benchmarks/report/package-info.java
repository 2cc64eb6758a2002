/**
 * Turns JMH's JSON results into {@code docs/benchmarks.md}: values with error bars ({@link
 * io.equirl.benchmarks.report.Measure}), the targets and their verdicts, one table per
 * question. Start with {@link io.equirl.benchmarks.report.Report}.
 */
package io.equirl.benchmarks.report;
