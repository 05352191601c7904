package dev.paracheck.check.terminology;

import java.util.Locale;

/**
 * The coarse part of speech terminology needs, read from LanguageTool's tag sets (Penn tags for English,
 * STTS-like tags for German, the Morphologik tag sets of French, Spanish, Italian and Dutch). Terms are nouns and
 * noun phrases; the other content words take part in linking so that a target word is explained by the source
 * word that best explains it; function words take part in nothing.
 */
public enum WordClass {
    NOUN, ADJECTIVE, VERB, OTHER_CONTENT, FUNCTION;

    /** Nouns, adjectives and verbs: the words that carry terminology and take part in linking. */
    boolean isContent() {
        return this == NOUN || this == ADJECTIVE || this == VERB;
    }

    /** The class of one LanguageTool tag in {@code lang}, or null when the tag says nothing of it. */
    static WordClass ofTag(String lang, String tag) {
        if (tag == null || tag.isEmpty() || tag.startsWith("SENT_") || tag.equals("UNKNOWN")) {
            return null;
        }
        String t = tag.toUpperCase(Locale.ROOT);
        return switch (lang) {
            case "en" -> t.startsWith("NN") ? NOUN : t.startsWith("JJ") ? ADJECTIVE : t.startsWith("VB") ? VERB
                    : t.startsWith("RB") || t.startsWith("CD") || t.startsWith("FW") ? OTHER_CONTENT : FUNCTION;
            case "de" -> t.startsWith("SUB") || t.startsWith("EIG") ? NOUN
                    : t.startsWith("ADJ") || t.startsWith("PA1") || t.startsWith("PA2") ? ADJECTIVE
                    : t.startsWith("VER") ? (t.contains(":AUX") || t.contains(":MOD") ? FUNCTION : VERB)
                    : t.startsWith("ADV") || t.startsWith("ZAL") ? OTHER_CONTENT : FUNCTION;
            case "fr" -> t.startsWith("N ") || t.equals("N") || t.startsWith("Z ") ? NOUN
                    : t.startsWith("J ") ? ADJECTIVE : t.startsWith("V ") ? VERB
                    : t.startsWith("A") ? OTHER_CONTENT : FUNCTION;
            case "es" -> t.startsWith("NC") || t.startsWith("NP") ? NOUN : t.startsWith("AQ") || t.startsWith("AO")
                    ? ADJECTIVE : t.startsWith("VM") ? VERB : t.startsWith("V") ? FUNCTION
                    : t.startsWith("R") || t.startsWith("Z") ? OTHER_CONTENT : FUNCTION;
            case "it" -> t.startsWith("NOUN") || t.startsWith("NPR") ? NOUN : t.startsWith("ADJ") ? ADJECTIVE
                    : t.startsWith("VER") ? VERB : t.startsWith("ADV") ? OTHER_CONTENT : FUNCTION;
            case "nl" -> t.startsWith("ZNW") || t.startsWith("EIG") ? NOUN : t.startsWith("BNW") ? ADJECTIVE
                    : t.startsWith("WKW") ? VERB : FUNCTION;
            default -> null;
        };
    }

    /**
     * The class a word gets from all its readings (the tagger does not disambiguate): any function-word reading
     * makes it a function word ("in", "zu", "werden" — ambiguity there is rare and costly), else a noun reading
     * wins (terms are what matters), then adjective, verb, other. Without any reading (an unknown word or a
     * language LanguageTool lacks), a word of at least four letters counts as a noun — unknown words are mostly
     * names and technical terms.
     */
    static WordClass combine(Iterable<WordClass> readings, String form) {
        WordClass best = null;
        for (WordClass c : readings) {
            if (c == FUNCTION) {
                return FUNCTION;
            }
            if (c != null && (best == null || c.ordinal() < best.ordinal())) {
                best = c;
            }
        }
        if (best != null) {
            return best;
        }
        return form.codePoints().filter(Character::isLetter).count() >= 4 ? NOUN : FUNCTION;
    }
}
