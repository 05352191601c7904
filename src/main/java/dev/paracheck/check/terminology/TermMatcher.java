package dev.paracheck.check.terminology;

import dev.paracheck.model.Span;
import java.util.ArrayList;
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

    /**
     * Where {@code text} contains {@code term}, as ranges of word indices ({@code {from, to}}, {@code to}
     * exclusive): every sequence match, or, where there is none, every compound that holds a one-word term — the
     * matches {@link #contains} looks for. Empty when it does not.
     */
    static List<int[]> find(List<Lemmatizer.Word> text, List<Lemmatizer.Word> term) {
        List<int[]> out = new ArrayList<>();
        if (term.isEmpty()) {
            return out;
        }
        for (int i = 0; i + term.size() <= text.size(); i++) {
            boolean all = true;
            for (int k = 0; k < term.size() && all; k++) {
                all = overlaps(text.get(i + k).lemmas(), term.get(k).lemmas());
            }
            if (all) {
                out.add(new int[] {i, i + term.size()});
            }
        }
        if (out.isEmpty() && term.size() == 1) {
            for (int i = 0; i < text.size(); i++) {
                Lemmatizer.Word w = text.get(i);
                for (String lemma : term.get(0).lemmas()) {
                    if (lemma.length() >= MIN_COMPOUND_PART && w.form().length() > lemma.length()
                            && (w.form().contains(lemma) || w.lemmas().stream()
                            .anyMatch(l -> l.length() > lemma.length() && l.contains(lemma)))) {
                        out.add(new int[] {i, i + 1});
                        break;
                    }
                }
            }
        }
        return out;
    }

    /**
     * The places of word ranges ({@link #find}) in the text {@code tokens} were read from, as {@link Span.Kind#TERM}
     * spans on {@code side}; a range whose words have no known place is left out.
     */
    static List<Span> spans(List<Lemmatizer.Token> tokens, List<int[]> ranges, Span.Side side) {
        List<Span> out = new ArrayList<>();
        for (int[] r : ranges) {
            int start = tokens.get(r[0]).start();
            int end = tokens.get(r[1] - 1).end();
            if (start >= 0 && end > start) {
                out.add(new Span(side, start, end, Span.Kind.TERM));
            }
        }
        return out;
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
