/**
 * Statistics that can carry a claim about few runs, after Agarwal et al. 2021 ("Deep RL at the edge
 * of the statistical precipice", the rliable library): mean, median and interquartile mean (IQM) of
 * normalized scores, stratified bootstrap confidence intervals, and the probability of improvement
 * of one policy over another. Scores are {@code [task][run]}: one stratum per task (env), one run
 * per seed. Every resampling draws from a fixed seed, so a report is reproducible. Start with
 * {@link io.equirl.eval.stats.RunStatistics}.
 */
package io.equirl.eval.stats;
