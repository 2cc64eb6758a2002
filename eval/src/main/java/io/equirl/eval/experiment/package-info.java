/**
 * The five-seed experiment of the paper's Fig. 2 ({@code equirl experiment}): per seed, pretrain a
 * DQN (or reuse {@code OUT/seed-k}), train its λ-network, evaluate greedy, equitune, equizero and
 * λ-equitune on episodes whose env seeds are disjoint from training; then aggregate into {@code
 * results.csv}, {@code results.json}, {@code results.md} and {@code fig-<env>.png}.
 *
 * <p>Evaluation episode {@code i} of seed {@code k} resets its env with seed {@code 1_000_000_000 +
 * 10_000·k + i} ({@link ExperimentConfig#evalSeeds}); training episodes draw their env seeds from
 * 63-bit SplitMix64 streams, which meet that range with probability below 10⁻⁹ over a whole
 * experiment. Seeds can run as separate processes; each writes its own {@code seed-k/eval.json} and
 * the aggregation only reads those files.
 *
 * <p>Start with {@link io.equirl.eval.experiment.Experiment}.
 */
package io.equirl.eval.experiment;
