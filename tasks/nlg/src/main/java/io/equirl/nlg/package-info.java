/**
 * Fair language generation (paper appendix C.2): EquiLM and R-EquiLM average a language model's
 * next-token logits over a demographic group acting on the vocabulary; EquizeroLM and R-EquizeroLM
 * pick, every few tokens, the demographic transformation whose continuation a regard scorer likes
 * best. Everything works over {@link io.equirl.nlg.LanguageModel}, a next-token distribution given
 * a token context, so a real model and the offline stand-ins plug in alike.
 *
 * <p>Start with {@link io.equirl.nlg.Method}.
 */
package io.equirl.nlg;
