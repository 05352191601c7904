package dev.paracheck.check.terminology;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * German-style compounds, split by the words of the text itself rather than by a dictionary: a compound's parts
 * are the words it is made of that also occur on their own ("Inspektionsausschuss" → "Ausschuss",
 * "Inspektion"), which is what matters for telling how a term is rendered. Stateless.
 */
final class Compounds {
    /** The shortest compound part, in letters. */
    static final int MIN_PART = 4;

    private Compounds() {
    }

    /**
     * The parts of a compound that are words of the text themselves: the longest such head, its modifier (also
     * without a linking element: "Inspektions" → "Inspektion"), and, recursively, the parts of the head.
     */
    static Set<String> parts(String word, Set<String> vocabulary) {
        Set<String> out = new HashSet<>();
        if (word.length() < 2 * MIN_PART - 1) {
            return out;
        }
        for (int i = MIN_PART - 1; i <= word.length() - MIN_PART; i++) {
            String head = word.substring(i);
            if (vocabulary.contains(head)) {
                out.add(head);
                out.addAll(parts(head, vocabulary));
                String modifier = known(word.substring(0, i), vocabulary);
                if (modifier != null) {
                    out.add(modifier);
                } else {
                    out.addAll(knownPrefix(word.substring(0, i), vocabulary));
                }
                return out;
            }
        }
        // no known head ("Parteivorstand"): the longest known modifier still tells what the compound is about
        out.addAll(knownPrefix(word, vocabulary));
        return out;
    }

    /** The longest known word that {@code word} starts with (leaving at least three letters), if any. */
    private static Set<String> knownPrefix(String word, Set<String> vocabulary) {
        for (int i = word.length() - (MIN_PART - 1); i >= MIN_PART - 1; i--) {
            String m = known(word.substring(0, i), vocabulary);
            if (m != null) {
                return Set.of(m);
            }
        }
        return Set.of();
    }

    /** {@code modifier} as a known word, also without a linking element ("Inspektions" → "inspektion"). */
    private static String known(String modifier, Set<String> vocabulary) {
        for (String m : List.of(modifier, strip(modifier, "s"), strip(modifier, "es"), strip(modifier, "n"),
                strip(modifier, "en"), strip(modifier, "e"), strip(modifier, "er"))) {
            if (m.length() >= MIN_PART - 1 && vocabulary.contains(m)) {
                return m;
            }
        }
        return null;
    }

    private static String strip(String s, String suffix) {
        return s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s;
    }

    /**
     * Renderings that are one: one contains the other ("Komitee", "Parteikomitee"), or both are compounds of the
     * same head word ("Außenminister", "Premierminister": their modifiers render other source words) — a word of
     * the text, or a shared ending of at least seven letters.
     */
    static boolean sameFamily(String a, String b, Set<String> vocabulary) {
        if (a.contains(b) || b.contains(a)) {
            return true;
        }
        for (int i = 1; i <= a.length() - MIN_PART; i++) {
            String head = a.substring(i);
            if (b.endsWith(head) && (vocabulary.contains(head) || head.length() >= 7)) {
                return true;
            }
        }
        return false;
    }
}
