/**
 * SCAN's data: the grammar that generates all 20,910 commands with their meanings, the Add Jump and
 * Around Right splits built by their rules, a reader of the published {@code IN: ... OUT: ...}
 * files, and the fixed token vocabularies the models use. Start with {@link
 * io.equirl.scan.data.ScanGrammar}.
 */
package io.equirl.scan.data;
