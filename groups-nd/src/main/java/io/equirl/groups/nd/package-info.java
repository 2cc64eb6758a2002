/**
 * The operators on DJL NDArrays, with gradients: equitune, equizero, λ-equitune and the
 * straight-through equizero, for models that are DJL blocks. Conventions as in {@link
 * io.equirl.groups}: batches {@code [B, ...]}, transforms stacked element-major into {@code [|G|·B,
 * ...]} and passed through the model in one call.
 *
 * <p>Start with {@link io.equirl.groups.nd.NdOperators}.
 */
package io.equirl.groups.nd;
