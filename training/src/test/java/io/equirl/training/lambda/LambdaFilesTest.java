package io.equirl.training.lambda;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.equirl.agents.policy.LambdaNetwork;
import io.equirl.training.DqnConfig;
import io.equirl.training.ProgressRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A saved λ is reused only for exactly the config that trained it. */
class LambdaFilesTest {

  @Test
  void aLambdaIsReusedOnlyForTheConfigThatTrainedIt(@TempDir Path dir) throws Exception {
    DqnConfig trained = LambdaTrainer.config(300, 0.99, List.of());
    assertFalse(LambdaFiles.trainedWith(dir, trained), "nothing saved yet");
    LambdaFiles.save(
        dir,
        LambdaNetwork.create(4, 8, 1),
        trained,
        new ProgressRow(300, 10, 20, 20, 0.1, 0.05, 100, 1000, 1));
    assertTrue(LambdaFiles.trainedWith(dir, trained));
    assertFalse(
        LambdaFiles.trainedWith(dir, LambdaTrainer.config(200, 0.99, List.of())),
        "another --lambda-steps");
    assertFalse(
        LambdaFiles.trainedWith(dir, LambdaTrainer.config(300, 0.9, List.of())), "another gamma");
    Files.delete(dir.resolve(LambdaFiles.INFO));
    assertFalse(LambdaFiles.trainedWith(dir, trained), "no record of how it was trained");
  }
}
