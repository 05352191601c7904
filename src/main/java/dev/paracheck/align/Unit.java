package dev.paracheck.align;

/**
 * What the aligner knows of one sentence: its length, its anchor keys (sorted, distinct ids of the tokens
 * that survive translation: numbers, names, cognate prefixes, learned word pairs), its words (sorted, distinct
 * ids of folded words, for learning a lexicon), the ids of its numbers (a subset of its keys) and whether it
 * opens a paragraph.
 */
record Unit(int length, int[] keys, int[] numbers, int[] words, boolean paragraphStart) {
    Unit withKeys(int[] newKeys) {
        return new Unit(length, newKeys, numbers, words, paragraphStart);
    }
}
