/**
 * The replay buffer: a ring of preallocated primitive arrays that keeps termination and truncation
 * apart, sampled uniformly into a reusable {@link io.equirl.training.buffer.Batch}. Start with
 * {@link io.equirl.training.buffer.ReplayBuffer}.
 */
package io.equirl.training.buffer;
