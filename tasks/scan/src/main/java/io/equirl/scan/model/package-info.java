/**
 * The reference's seq2seq model in plain Java: LSTM, GRU and RNN cells with hand-written backward
 * passes, a bidirectional encoder, an attention decoder, and a seeded generator whose state can be
 * saved. Start with {@link io.equirl.scan.model.Seq2Seq}.
 */
package io.equirl.scan.model;
