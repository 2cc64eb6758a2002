/**
 * Evaluating policies on episodes: returns and lengths over seeded episodes, summaries, the world
 * seen through a fixed group element ({@code --through g}), and JSON reports.
 *
 * <p>Episode {@code i} of an evaluation with seed {@code S} resets its env with seed {@code S + i}.
 * Start with {@link io.equirl.eval.Evaluator}.
 */
package io.equirl.eval;
