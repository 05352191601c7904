package dev.paracheck.model;

import java.util.List;
import java.util.Objects;

/**
 * A bilingual word list for the aligner ({@code --lexicon}): entries of words in one language and their
 * translations in the other. Which column is the source is not stated — the aligner finds out from the
 * documents — so a German–English dictionary serves English–German pairs too. Immutable.
 *
 * @param entries the entries; each side holds single words, lower-cased
 */
public record Lexicon(List<Entry> entries) {
    public static final Lexicon EMPTY = new Lexicon(List.of());

    public Lexicon {
        entries = List.copyOf(entries);
    }

    /** One entry: words of the first column and words of the second that translate them. */
    public record Entry(List<String> first, List<String> second) {
        public Entry {
            first = List.copyOf(first);
            second = List.copyOf(second);
            Objects.requireNonNull(first);
        }
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
