package io.equirl.groups.nd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Blocks;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import io.equirl.groups.FiniteGroup;
import io.equirl.groups.GroupElement;
import io.equirl.groups.Groups;
import io.equirl.groups.ImageAction;
import io.equirl.groups.PermutationAction;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Theorem 2 on the NDArray path, for a DJL block (an MLP over 2×5×5 images) under D4. */
class NdEquivarianceTest {
  private static final int BATCH = 4;

  @Test
  void operatorsOfADjlBlockAreEquivariant() {
    Engine engine = Engine.getEngine("PyTorch");
    engine.setRandomSeed(40);
    FiniteGroup d4 = Groups.dihedral4();
    NdAction in = NdAction.of(ImageAction.dihedral(d4, 2, 5, 5));
    NdAction out = NdAction.of(PermutationAction.regular(d4));
    try (NDManager manager = engine.newBaseManager()) {
      SequentialBlock block =
          new SequentialBlock()
              .add(Blocks.batchFlattenBlock())
              .add(Linear.builder().setUnits(16).build())
              .add(Activation.tanhBlock())
              .add(Linear.builder().setUnits(8).build());
      block.initialize(manager, DataType.FLOAT32, new Shape(BATCH, 2, 5, 5));
      Function<NDArray, NDArray> model =
          NdModels.of(block, new ParameterStore(manager, false), false);
      NDArray x = manager.randomNormal(new Shape(BATCH, 2, 5, 5));
      Function<NDArray, NDArray> lambda =
          rows -> rows.reshape(rows.getShape().get(0), -1).get(":, 0").exp();

      double rawError = 0;
      for (GroupElement g : d4.elements()) {
        NDArray gx = in.apply(g, x);
        rawError =
            Math.max(
                rawError, model.apply(gx).sub(out.apply(g, model.apply(x))).abs().max().getFloat());
        assertArrayEquals(
            out.apply(g, NdOperators.equitune(model, in, out, x)).toFloatArray(),
            NdOperators.equitune(model, in, out, gx).toFloatArray(),
            1e-5f);
        assertArrayEquals(
            out.apply(g, NdOperators.lambdaEquitune(model, lambda, in, out, x)).toFloatArray(),
            NdOperators.lambdaEquitune(model, lambda, in, out, gx).toFloatArray(),
            1e-5f);
        assertArrayEquals(
            out.apply(
                    g, NdOperators.equizero(model, NdOperators.negativeMax(), in, out, x).output())
                .toFloatArray(),
            NdOperators.equizero(model, NdOperators.negativeMax(), in, out, gx)
                .output()
                .toFloatArray(),
            1e-5f);
      }
      assertTrue(rawError > 1e-2, "the block alone must not be equivariant");
    }
  }
}
