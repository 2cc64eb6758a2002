/**
 * The vision experiment: zero-shot accuracy of every wrapper on rot90 and flipped test sets, then
 * finetuning curves over seeds, written as CSV, a Markdown report and a PNG figure. Start with
 * {@link io.equirl.vision.experiment.VisionExperiment}.
 */
package io.equirl.vision.experiment;
