/**
 * {@code equirl experiment --engine spark}: an experiment sweep (envs × seeds; each seed evaluates
 * every policy) scheduled by Apache Spark, embedded ({@code local[N,F]}) or on a cluster through
 * {@code spark-submit}. Spark lives only in this module and its jar; the {@code equirl} jar never
 * carries it, and {@code bin/equirl} hands {@code --engine spark} runs to this module's jar.
 *
 * <p>The driver expands the sweep into runs and settles every configuration before Spark starts, so
 * a bad spec fails naming its field with nothing run. Each Spark task runs one seed, and runs it in
 * a JVM of its own through {@link io.equirl.cli.SeedWorker}, the very worker of {@code --jobs N}:
 * DJL allows one gradient collector per JVM, and a Spark executor runs several tasks as threads of
 * one JVM, so the seed's training must not happen in the executor's JVM. A child per task keeps
 * every executor core usable (no need for one core per executor) and keeps DJL's native engine out
 * of Spark's JVM. The task returns the seed's result row ({@code seed-k/eval.json}); the driver
 * writes the same {@code results.*} and figure as the local runner, from those rows.
 *
 * <p>Fault tolerance is Spark's: a task whose child dies fails and Spark runs it again (up to
 * {@code spark.task.maxFailures}, in local mode the F of {@code local[N,F]}); the new child resumes
 * the seed from its files: finished phases are reused, pretraining continues from its last
 * checkpoint ({@code --checkpoint-every}). A seed whose files show it finished is never scheduled
 * at all.
 *
 * <p>Start with {@link io.equirl.spark.SparkSweep}.
 */
package io.equirl.spark;
