package io.equirl.training;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Half of a {@link QHead}: the parameters a configuration of the loop trains, with their target
 * copy. {@link DqnUpdate} keeps the master copies and writes them back after each step; the loop's
 * target update writes the target copy. DQN and finetuning train a Q-network's ({@link
 * NetworkParameters}), λ training λ's.
 */
public interface TrainedParameters extends AutoCloseable {

  /** A copy of the trained (online) parameters, flat and row-major, one array per tensor. */
  float[][] parameters();

  /** A copy of the target's parameters. */
  float[][] targetParameters();

  /** Sets the trained parameters. */
  void setParameters(float[][] values);

  /** Sets the target's parameters. */
  void setTargetParameters(float[][] values);

  /** Reads the trained parameters' gradients into {@code out} and zeroes them. */
  void takeGradients(float[][] out);

  /** Writes the online and target parameters into a checkpoint directory. */
  void save(Path dir) throws IOException;

  /** Reads back what {@link #save} wrote. */
  void load(Path dir) throws IOException;

  /** Frees what these parameters own. */
  @Override
  void close();
}
