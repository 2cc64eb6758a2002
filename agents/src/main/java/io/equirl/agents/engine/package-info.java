/**
 * The engine boundary: every trick that depends on how DJL's PyTorch engine behaves rather than on
 * DJL's API lives here, so the rest of the project speaks plain DJL. The tricks keep a small
 * network's training step at a few dozen native calls: a pure-Java mirror for acting ({@link
 * io.equirl.agents.engine.MlpMirror}), parameter and gradient storage aliased through direct
 * buffers ({@link io.equirl.agents.engine.ParameterStorage}, {@link
 * io.equirl.agents.engine.DirectInput}), the MLP's forward without the block machinery ({@link
 * io.equirl.agents.engine.DirectMlp}) and PyTorch's seeded backward ({@link
 * io.equirl.agents.engine.SeededBackward}). A test in {@code training} checks one whole gradient
 * step built on them against DJL's own autograd and {@code Optimizer.adam()}.
 *
 * <p>Start with {@link io.equirl.agents.engine.ParameterStorage}.
 */
package io.equirl.agents.engine;
