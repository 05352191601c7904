package dev.paracheck.model;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * A stretch of a finding's text that the finding is about: the number that differs, the name that is missing, the
 * term, the text left untranslated. Immutable.
 *
 * <p>Offsets index the {@link Location#text() text} of the finding's location on {@code side} — the sentences as
 * segmented, joined by one space — not the file, not one sentence of it. They are 0-based, {@code end} is
 * exclusive, and they count UTF-16 code units, as Java's {@link String} and JavaScript's strings do: the span's
 * text is {@code location.text().substring(start, end)}.
 *
 * <pre>{@code
 * // target text "Tickets kosten 4 Euro.", the 4 differs from the source's 3
 * new Span(Span.Side.TARGET, 15, 16, Span.Kind.NUMBER)
 * }</pre>
 *
 * @param side the side whose location text the offsets index
 * @param start first code unit, 0-based
 * @param end one past the last code unit; greater than {@code start}
 * @param kind what the span holds
 */
public record Span(Side side, int start, int end, Kind kind) {
    /** Source side first, then by place, then by kind: the order a finding keeps its spans in. */
    public static final Comparator<Span> ORDER = Comparator.comparing(Span::side).thenComparingInt(Span::start)
            .thenComparingInt(Span::end).thenComparing(Span::kind);

    /** The side of the pair a span stands on. */
    public enum Side {
        SOURCE, TARGET;

        /** {@code source} or {@code target}, as the JSON report names the side. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What a span holds. New kinds may be added; a reader should take an unknown one as plain text to mark. */
    public enum Kind {
        /** A number, date or time that differs between the sides. */
        NUMBER,
        /** A name, acronym, URL, address or code span present on one side only or changed. */
        NAME,
        /** A term, or a rendering of one. */
        TERM,
        /** Text left in the source language. */
        UNTRANSLATED,
        /** Words that a word diff inserted: what changed against the earlier text. */
        CHANGED;

        /** The lower-case name: {@code number}, {@code name}, {@code term}, {@code untranslated}, {@code changed}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Span {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** The whole of {@code text} but white space at its ends, on {@code side}; null for a blank text. */
    public static Span whole(Side side, String text, Kind kind) {
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return start == end ? null : new Span(side, start, end, kind);
    }

    /** The spanned text of {@code text}, the location text of this span's side. */
    public String of(String text) {
        return text.substring(start, end);
    }
}
