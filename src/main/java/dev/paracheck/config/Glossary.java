package dev.paracheck.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Approved and forbidden translations of source terms, from CSV/TSV or TBX files. Immutable.
 *
 * @param entries the terms
 */
public record Glossary(List<Glossary.Entry> entries) {
    public static final Glossary EMPTY = new Glossary(List.of());

    /**
     * One source term.
     *
     * @param source the source term (one or more words)
     * @param approved approved target renderings
     * @param forbidden target renderings that must not be used
     * @param note a note for the translator, or ""
     * @param caseSensitive whether case matters when matching
     * @param file the glossary file it came from
     * @param line its line in that file (1-based), or 0
     */
    public record Entry(String source, List<String> approved, List<String> forbidden, String note,
                        boolean caseSensitive, Path file, int line) {
        public Entry {
            Objects.requireNonNull(source, "source");
            approved = List.copyOf(approved);
            forbidden = List.copyOf(forbidden);
            Objects.requireNonNull(note, "note");
        }
    }

    public Glossary {
        entries = List.copyOf(entries);
    }

    public Glossary plus(Glossary other) {
        List<Entry> all = new java.util.ArrayList<>(entries);
        all.addAll(other.entries);
        return new Glossary(all);
    }
}
