/**
 * How a training run is kept on disk: the versioned manifest ({@code config.json}), writes that
 * never leave a half-written file, the size and SHA-256 of every file ({@link
 * io.equirl.training.store.Checksums}, checked before a file is read), and reads that report a
 * damaged file as one line naming it ({@link io.equirl.training.store.FileReads}). The run
 * directory itself is described in {@link io.equirl.training.TrainingRun}. Start with {@link
 * io.equirl.training.store.Manifest}.
 */
package io.equirl.training.store;
