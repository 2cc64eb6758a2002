package io.equirl.training.lambda;

import io.equirl.agents.policy.LambdaNetwork;
import io.equirl.training.TrainedParameters;
import io.equirl.training.store.FileReads;
import java.io.IOException;
import java.nio.file.Path;

/**
 * λ's parameters, what λ training trains: the Java λ-network (acting, TD targets), its lagged copy
 * λ⁻, and its DJL twin (gradients), kept equal after every step. Checkpoint files {@code
 * lambda.params} and {@code lambda-target.params}. Owns all three.
 */
final class LambdaParameters implements TrainedParameters {
  private static final String ONLINE = "lambda.params";
  private static final String TARGET = "lambda-target.params";

  private final LambdaNetwork lambda;
  private final LambdaNetwork lambdaTarget;
  private final LambdaBlock block;

  LambdaParameters(LambdaNetwork lambda) {
    this.lambda = lambda;
    this.lambdaTarget = lambda.copy();
    this.block = new LambdaBlock(lambda);
  }

  LambdaNetwork lambda() {
    return lambda;
  }

  LambdaNetwork lambdaTarget() {
    return lambdaTarget;
  }

  LambdaBlock block() {
    return block;
  }

  @Override
  public float[][] parameters() {
    return lambda.parameters();
  }

  @Override
  public float[][] targetParameters() {
    return lambdaTarget.parameters();
  }

  @Override
  public void setParameters(float[][] values) {
    lambda.setParameters(values);
    block.push(lambda);
  }

  @Override
  public void setTargetParameters(float[][] values) {
    lambdaTarget.setParameters(values);
  }

  @Override
  public void takeGradients(float[][] grads) {
    block.takeGradients(grads);
  }

  @Override
  public void save(Path dir) throws IOException {
    lambda.save(dir.resolve(ONLINE));
    lambdaTarget.save(dir.resolve(TARGET));
  }

  @Override
  public void load(Path dir) throws IOException {
    setParameters(FileReads.read(dir.resolve(ONLINE), LambdaNetwork::load).parameters());
    setTargetParameters(FileReads.read(dir.resolve(TARGET), LambdaNetwork::load).parameters());
  }

  @Override
  public void close() {
    block.close();
  }
}
