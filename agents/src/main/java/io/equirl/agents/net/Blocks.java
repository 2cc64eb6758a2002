package io.equirl.agents.net;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;

/** Builds the DJL blocks of a {@link QNetworkSpec}: a feature body and a linear Q head. */
final class Blocks {
  private Blocks() {}

  /** The body: flat observations {@code [B, size]} to penultimate features {@code [B, F]}. */
  static SequentialBlock body(QNetworkSpec spec) {
    SequentialBlock body = new SequentialBlock();
    if (spec.architecture() == Architecture.CNN) {
      CnnShapes s = CnnShapes.of(spec);
      body.add(
          new LambdaBlock(
              x ->
                  new NDList(x.singletonOrThrow().reshape(-1, s.channels(), s.height(), s.width())),
              "to_image"));
      body.add(conv(CnnShapes.FILTERS_1, 1, 1)).add(Activation.reluBlock());
      body.add(conv(CnnShapes.FILTERS_2, 2, 0)).add(Activation.reluBlock());
      body.add(
          new LambdaBlock(
              x -> new NDList(x.singletonOrThrow().reshape(-1, s.flatSize())), "flatten"));
    }
    for (int width : spec.netArch()) {
      body.add(Linear.builder().setUnits(width).build()).add(Activation.reluBlock());
    }
    return body;
  }

  /** The head: one Q-value per action. */
  static Block head(QNetworkSpec spec) {
    return Linear.builder().setUnits(spec.numActions()).build();
  }

  private static Block conv(int filters, int stride, int pad) {
    return Conv2d.builder()
        .setFilters(filters)
        .setKernelShape(new Shape(3, 3))
        .optStride(new Shape(stride, stride))
        .optPadding(new Shape(pad, pad))
        .build();
  }
}
