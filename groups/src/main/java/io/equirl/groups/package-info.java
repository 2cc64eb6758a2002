/**
 * Finite groups, their actions on arrays, and the equivariant operators equitune, equizero and
 * λ-equitune on plain float arrays (Basu et al., NeurIPS 2023).
 *
 * <h2>Conventions (the only place they are written down)</h2>
 *
 * <ul>
 *   <li>Product: {@code a·b = compose(a, b)}; acting, {@code b} is applied first, then {@code a}:
 *       {@code (ab)·x = a·(b·x)}. Groups act on the left.
 *   <li>Elements are typed {@link io.equirl.groups.GroupElement}s bound to one group instance;
 *       every group lists its elements identity first, in a fixed order that breaks ties.
 *   <li>Vector actions are gathers {@code (g·x)[i] = s_g[i]·x[src_g[i]]} or matrices {@code ρ(g)x}.
 *       On a finite index set, {@code g} moves point {@code i} to {@code g·i} and a vector indexed
 *       by that set moves with its points: {@code (g·v)[g·i] = v[i]}.
 *   <li>Operators transform the input by {@code g} and the output back by {@code g⁻¹}: {@code
 *       M_G(x) = 1/|G| Σ_g g⁻¹·M(g·x)}; then {@code M_G(g·x) = g·M_G(x)}.
 *   <li>Batches are stacked element-major: transformed row {@code g·x_b} sits at row {@code
 *       g.index()·B + b}; the model is called once on all |G|·B rows.
 * </ul>
 *
 * <p>Start with {@link io.equirl.groups.Groups}, then {@link io.equirl.groups.Equitune}.
 */
package io.equirl.groups;
