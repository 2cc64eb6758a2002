/**
 * CLIP-style zero-shot classification: an image encoder exported by the user as TorchScript and
 * loaded through DJL, class embeddings from a CSV file, cosine-similarity logits, and the wrappers
 * over rot90 or flips. Start with {@link io.equirl.vision.clip.ZeroShot}.
 */
package io.equirl.vision.clip;
