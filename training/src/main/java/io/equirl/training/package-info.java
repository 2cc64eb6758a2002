/**
 * DQN training with Stable-Baselines3's names and semantics: the typed config and its presets,
 * the training loop and its update, run directories with checkpoints that resume exactly, and
 * the loader policies and evaluation start from. Start with {@link
 * io.equirl.training.DqnTrainer}, then {@link io.equirl.training.TrainingRun} and {@link
 * io.equirl.training.TrainedModel}.
 */
package io.equirl.training;
