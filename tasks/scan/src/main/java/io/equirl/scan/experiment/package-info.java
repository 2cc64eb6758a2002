/**
 * The paper's SCAN experiment: pretraining, zero-shot evaluation through the wrappers, finetuning
 * through them, and the tables and figure over seeds. Start with {@link
 * io.equirl.scan.experiment.ScanExperiment}.
 */
package io.equirl.scan.experiment;
