/**
 * The paper's canonical-λ-equitune experiment on SO(2) (appendix D.5, Table 13): an invariant
 * regression on pairs of points in ℝ², learned by a plain residual MLP, by the MLP on canonicalized
 * inputs, and by canonical-λ-equitune over finite angle sets Θ. Training runs in DJL; evaluation
 * runs the group core's {@link io.equirl.groups.continuous.CanonicalLambdaEquitune} on the trained
 * networks, so the reported errors come from the exactly invariant operator.
 *
 * <p>Start with {@link io.equirl.canonical.Experiment}.
 */
package io.equirl.canonical;
