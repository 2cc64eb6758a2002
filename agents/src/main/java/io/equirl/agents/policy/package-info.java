/**
 * The four policies of the paper's Fig. 2 on a pretrained Q-network: greedy, equitune, equizero and
 * λ-equitune. Each is our {@link io.equirl.agents.policy.Policy} and a DJL {@code RlAgent}, and
 * each evaluates the |G| transformed observations in one batched forward of the Q-network through
 * the group core's operators ({@code io.equirl.groups}); no policy re-implements the operators'
 * maths.
 *
 * <p>Convention (see {@code io.equirl.groups}): the env's symmetry acts on observations by {@code
 * g·s} and on actions by the permutation {@code g·a}; an equivariant policy satisfies {@code
 * act(g·s) = g·act(s)}. Ties between actions go to the lowest action index. Policies own scratch
 * buffers and are not thread-safe; they do not own the networks they read.
 *
 * <p>Start with {@link io.equirl.agents.policy.Policies}.
 */
package io.equirl.agents.policy;
