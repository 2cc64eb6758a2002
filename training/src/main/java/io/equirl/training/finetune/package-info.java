/**
 * Finetuning a pretrained Q-network through an equivariant wrapper ({@code equirl finetune}): DQN
 * continues with the Q-values of the TD loss computed as equitune, equizero or λ-equitune of the
 * network, through the group core's {@code NdOperators}. Equizero's argmin has no gradient, so it
 * is trained through the straight-through estimator of the paper's §3.3 (value of equizero,
 * gradient of equitune). λ, when used, stays frozen.
 *
 * <p>Start with {@link io.equirl.training.finetune.Finetuner}.
 */
package io.equirl.training.finetune;
