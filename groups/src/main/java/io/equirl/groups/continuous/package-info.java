/**
 * Continuous groups: canonical-λ-equitune (paper eqs. 5–6) for SO(2) acting on points in ℝ², made
 * exactly invariant or equivariant by an equivariant canonicalizer and a finite set of angles.
 *
 * <p>Start with {@link io.equirl.groups.continuous.CanonicalLambdaEquitune}.
 */
package io.equirl.groups.continuous;
