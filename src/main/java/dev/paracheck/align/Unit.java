package dev.paracheck.align;

/**
 * What the aligner knows of one sentence: its length, its anchor keys (sorted, distinct ids of the tokens
 * that survive translation: numbers, names, cognate prefixes, learned word pairs), its words (sorted, distinct
 * ids of folded words, for learning a lexicon), the ids of its numbers (a subset of its keys), whether it
 * opens a paragraph, whether it opens or closes a quotation (dialogue: translators keep the turns), and whether
 * it is debris: OCR noise or stray marks with no word and no number ({@link AnchorExtractor#debris}).
 */
record Unit(int length, int[] keys, int[] numbers, int[] words, boolean paragraphStart, boolean opensQuote,
            boolean closesQuote, boolean debris) {
    /** A unit that neither opens nor closes a quotation. */
    Unit(int length, int[] keys, int[] numbers, int[] words, boolean paragraphStart) {
        this(length, keys, numbers, words, paragraphStart, false, false, false);
    }

    /** A unit that is no debris. */
    Unit(int length, int[] keys, int[] numbers, int[] words, boolean paragraphStart, boolean opensQuote,
         boolean closesQuote) {
        this(length, keys, numbers, words, paragraphStart, opensQuote, closesQuote, false);
    }

    Unit withKeys(int[] newKeys) {
        return new Unit(length, newKeys, numbers, words, paragraphStart, opensQuote, closesQuote, debris);
    }
}
