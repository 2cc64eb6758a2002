/**
 * Deep Q-learning with Stable-Baselines3's names and semantics: the typed config and its YAML
 * presets, the one off-policy loop ({@link io.equirl.training.DqnTrainer}) and its gradient step
 * ({@link io.equirl.training.DqnUpdate}), run directories ({@link io.equirl.training.RunDirectory})
 * with checkpoints that resume exactly, and the loader policies and evaluation start from.
 *
 * <p>The loop's strategy is a {@link io.equirl.training.QHead}: which Q-values it learns and which
 * parameters it trains. Plain DQN, finetuning through a wrapper ({@code finetune}) and λ training
 * ({@code lambda}) are three heads on the same loop, so all three have checkpoints, listeners and
 * progress rows. Start with {@link io.equirl.training.DqnTrainer}, then {@link
 * io.equirl.training.TrainingRun} and {@link io.equirl.training.RunDirectory}.
 */
package io.equirl.training;
