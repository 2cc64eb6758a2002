/**
 * Training λ of λ-equitune on a frozen pretrained Q-network ({@code equirl lambda-train}).
 *
 * <p>The λ-network ({@link io.equirl.agents.policy.LambdaNetwork}: two layers, 100 hidden units,
 * softplus + ε output, on the frozen Q-network's penultimate features of {@code g·s}) is trained on
 * the DQN TD loss of the λ-weighted Q-values {@code Q_λ(s) = Σ_g λ(g·s) g⁻¹·Q(g·s) / Σ_g λ(g·s)}
 * computed by the group core's {@code NdOperators.lambdaEquitune}, with targets {@code r + γ·max_a
 * Q_λ⁻(s')_a} from the frozen Q-network weighted by a lagged copy λ⁻ of λ, on fresh experience
 * collected by the ε-greedy λ-policy. Only λ's parameters move.
 *
 * <p>Start with {@link io.equirl.training.lambda.LambdaTrainer}.
 */
package io.equirl.training.lambda;
