package dev.paracheck.align;

/**
 * What the aligner knows of one sentence: its length, its anchor keys (sorted, distinct ids of the tokens
 * that survive translation: numbers, names, cognate prefixes) and whether it opens a paragraph.
 */
record Unit(int length, int[] keys, boolean paragraphStart) {
}
