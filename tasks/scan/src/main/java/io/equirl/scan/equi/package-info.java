/**
 * Equitune and equizero for seq2seq models: the |G| transformed commands decoded together, their
 * outputs mapped back and averaged (equitune) or the most confident one kept (equizero), and the
 * training loss through either wrapper. Start with {@link io.equirl.scan.equi.Wrapper}.
 */
package io.equirl.scan.equi;
