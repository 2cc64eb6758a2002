/**
 * The seam to DJL's reinforcement-learning interfaces: any {@link io.equirl.envs.Env} as a DJL
 * {@link ai.djl.modality.rl.env.RlEnv}, and a Q-network's greedy policy as a DJL {@link
 * ai.djl.modality.rl.agent.RlAgent}, so code written against DJL's RL API runs on our envs and
 * trained models. Training itself uses {@code io.equirl.training}, which keeps termination and
 * truncation apart where DJL's {@code isDone} merges them. Start with {@link
 * io.equirl.agents.djl.DjlEnv}.
 */
package io.equirl.agents.djl;
