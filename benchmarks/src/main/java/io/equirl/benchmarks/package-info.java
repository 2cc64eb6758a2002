/**
 * JMH benchmarks, one question per class: env steps ({@link
 * io.equirl.benchmarks.EnvStepBenchmark}), per-decision policy latency ({@link
 * io.equirl.benchmarks.PolicyLatencyBenchmark}), the batching claim ({@link
 * io.equirl.benchmarks.BatchingBenchmark}), DQN gradient steps ({@link
 * io.equirl.benchmarks.TrainingStepBenchmark}) and the Gymnasium bridge ({@link
 * io.equirl.benchmarks.BridgeBenchmark}). {@link io.equirl.benchmarks.BenchRunner} runs a selection
 * and writes JMH's JSON and {@code docs/benchmarks.md}. Start with {@link
 * io.equirl.benchmarks.PolicyLatencyBenchmark}.
 */
package io.equirl.benchmarks;
