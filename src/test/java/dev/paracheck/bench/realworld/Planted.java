package dev.paracheck.bench.realworld;

import dev.paracheck.model.Finding;
import dev.paracheck.model.RawDocument;
import java.util.Locale;
import java.util.Set;

/**
 * A defect planted in a copy of a target document, and where a checker must report it.
 *
 * @param kind         what was done
 * @param what         a line for the reader: the text changed
 * @param target       the target with the defect
 * @param checks       the checks whose finding counts as finding the defect
 * @param sourceAt     source sentences of the defect (the source is never changed, so its indices hold)
 * @param targetText   text the defect put into the target, found in a finding's target text; null when none
 */
record Planted(Kind kind, String what, RawDocument target, Set<String> checks, Set<Integer> sourceAt,
               String targetText) {
    enum Kind {
        SENTENCE_DELETED, SENTENCE_ADDED, PARAGRAPH_MOVED, LIST_ITEM_REPLACED, NUMBER_CHANGED, NAME_REPLACED,
        PARAGRAPH_UNTRANSLATED, SENTENCE_CUT;

        String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    /** Whether {@code f} reports this defect at the right place. */
    boolean foundBy(Finding f) {
        if (!checks.contains(f.check())) {
            return false;
        }
        if (f.source() != null && f.source().sentences().stream().anyMatch(sourceAt::contains)) {
            return true;
        }
        return targetText != null && f.target() != null && fold(f.target().text()).contains(fold(targetText));
    }

    private static String fold(String s) {
        return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
