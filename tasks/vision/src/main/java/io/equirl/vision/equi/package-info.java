/**
 * The wrappers on images: equitune, equizero (two proxy losses, and the straight-through form for
 * finetuning) and λ-equitune over rot90 (C4) or flips (C2), built on the group-nd operators, with λ
 * training and linear-probing finetuning after the paper's D.4. Start with {@link
 * io.equirl.vision.equi.Wrappers}.
 */
package io.equirl.vision.equi;
