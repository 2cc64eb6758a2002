/**
 * Training SCAN models as the paper's reference does (batch 1, teacher forcing, summed NLL, clipped
 * gradients, Adam, best model by validation accuracy), with exact resume from checkpoints, and
 * finetuning through a wrapper with the same loop. Start with {@link
 * io.equirl.scan.train.ScanTrainer}.
 */
package io.equirl.scan.train;
