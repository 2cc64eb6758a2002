/**
 * NumPy's seeding and sampling, reproduced bit for bit so that seeded resets match Gymnasium's:
 * {@link io.equirl.envs.random.SeedSequence} turns a seed into four words, {@link
 * io.equirl.envs.random.Pcg64} is the bit generator with {@code uniform}, and {@link
 * io.equirl.envs.random.NumpyFloat32Trig} is NumPy's float32 sin/cos kernel. The specification is
 * {@code ../shared/golden/SEEDING.md}. Start with {@link io.equirl.envs.random.Pcg64}.
 */
package io.equirl.envs.random;
