/**
 * The {@code equirl vision} subcommands (train, experiment, zeroshot), registered by the cli
 * module; picocli conventions and exit codes as the rest of {@code equirl}. Start with {@link
 * io.equirl.vision.cli.VisionCommand}.
 */
package io.equirl.vision.cli;
