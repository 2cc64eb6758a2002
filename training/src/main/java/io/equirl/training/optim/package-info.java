/**
 * The numerical pieces of the DQN update, each small enough to check against hand-computed values:
 * the Huber loss and its gradient, clipping by global norm, PyTorch's Adam, the Polyak target
 * update and the linear ε schedule. They work on the JVM's float arrays; only the forward and
 * backward passes of the network run in DJL. Start with {@link io.equirl.training.optim.Adam}.
 */
package io.equirl.training.optim;
