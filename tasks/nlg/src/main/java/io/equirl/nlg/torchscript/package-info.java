/**
 * Real models through DJL: a causal language model exported to TorchScript (such as GPT-2) with its
 * HuggingFace {@code tokenizer.json}, and a regard classifier exported the same way. Nothing here
 * downloads: models are read from folders the user made (docs/nlg.md shows how), and the
 * tokenizer's native library comes inside DJL's tokenizers jar.
 *
 * <p>Start with {@link io.equirl.nlg.torchscript.TorchScriptLm}.
 */
package io.equirl.nlg.torchscript;
