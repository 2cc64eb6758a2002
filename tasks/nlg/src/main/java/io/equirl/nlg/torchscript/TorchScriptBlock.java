package io.equirl.nlg.torchscript;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A TorchScript {@code model.pt} in a folder, loaded by DJL's PyTorch engine and called on NDArrays
 * directly (no translator), so the outputs belong to the caller's manager. Owns the model; close
 * it.
 */
final class TorchScriptBlock implements AutoCloseable {
  private final ZooModel<NDList, NDList> model;
  private final ParameterStore parameters;

  private TorchScriptBlock(ZooModel<NDList, NDList> model) {
    this.model = model;
    this.parameters = new ParameterStore(model.getNDManager(), false);
  }

  /** Loads {@code dir/model.pt}; a missing or unreadable file is bad input naming the file. */
  static TorchScriptBlock load(Path dir, String option) throws IOException {
    Path file = dir.resolve("model.pt");
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(option + ": " + file + " does not exist");
    }
    Criteria<NDList, NDList> criteria =
        Criteria.builder()
            .setTypes(NDList.class, NDList.class)
            .optModelPath(dir)
            .optModelName("model")
            .optEngine("PyTorch")
            .build();
    try {
      return new TorchScriptBlock(criteria.loadModel());
    } catch (ModelNotFoundException | MalformedModelException e) {
      throw new IllegalArgumentException(
          option + ": " + file + " is not a TorchScript model (" + e.getMessage() + ")", e);
    }
  }

  /** The model's outputs for {@code inputs}, in the inputs' manager. */
  NDList forward(NDList inputs) {
    return model.getBlock().forward(parameters, inputs, false);
  }

  NDManager manager() {
    return model.getNDManager();
  }

  @Override
  public void close() {
    model.close();
  }
}
