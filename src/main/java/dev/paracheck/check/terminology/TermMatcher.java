package dev.paracheck.check.terminology;

import java.util.List;
import java.util.Set;

/**
 * Finds a term in a text by lemma: a multiword term matches as a sequence of words whose lemmas include the
 * term's lemmas in order; a one-word term of at least {@value #MIN_COMPOUND_PART} letters also matches a compound
 * that contains it as a part or head ("Exekutivkomiteekonferenz" contains "Exekutivkomitee", "Parteikomitees"
 * contains "Komitee"). Stateless.
 */
final class TermMatcher {
    static final int MIN_COMPOUND_PART = 5;

    private TermMatcher() {
    }

    /** True when {@code text} (already lemmatised) contains {@code term} (already lemmatised). */
    static boolean contains(List<Lemmatizer.Word> text, List<Lemmatizer.Word> term) {
        if (term.isEmpty()) {
            return false;
        }
        for (int i = 0; i + term.size() <= text.size(); i++) {
            boolean all = true;
            for (int k = 0; k < term.size() && all; k++) {
                all = overlaps(text.get(i + k).lemmas(), term.get(k).lemmas());
            }
            if (all) {
                return true;
            }
        }
        if (term.size() == 1) {
            for (String lemma : term.get(0).lemmas()) {
                if (lemma.length() < MIN_COMPOUND_PART) {
                    continue;
                }
                for (Lemmatizer.Word w : text) {
                    if (w.form().length() > lemma.length() && (w.form().contains(lemma)
                            || w.lemmas().stream().anyMatch(l -> l.length() > lemma.length() && l.contains(lemma)))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean overlaps(Set<String> a, Set<String> b) {
        for (String x : b) {
            if (a.contains(x)) {
                return true;
            }
        }
        return false;
    }
}
