/**
 * Q-networks on DJL blocks: an MLP with a configurable {@code net_arch} (ReLU) or a small CNN for
 * grid observations, one Q-value per action, and the penultimate features the λ-network reads.
 *
 * <p>The DJL block is the source of truth for training and saving; a pure-Java mirror of the MLP
 * weights answers the many small acting forwards on the CPU without native calls, because per-call
 * JNI overhead dominates networks this small. That mirror and the other engine-specific shortcuts
 * live behind the engine boundary, {@link io.equirl.agents.engine}. Start with {@link
 * io.equirl.agents.net.QNetwork}.
 */
package io.equirl.agents.net;
