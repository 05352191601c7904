package dev.paracheck.check;

import dev.paracheck.internal.WordDiff;
import dev.paracheck.model.DiffOp;
import dev.paracheck.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * How checks find the {@link Span}s and {@link DiffOp}s of their findings: the places of a string in a location's
 * text, and word diffs. Offsets are those of the text given, which checks take from {@code Location.text()}, so
 * that a span indexes the text as the finding's location holds it. Stateless.
 */
public final class Spans {
    private Spans() {
    }

    /**
     * Every place of {@code needle} in {@code text} that does not cut a word: where the needle begins (ends) with a
     * letter or digit, the character before (after) it is none. Case counts: the needle is text the check found
     * there. Empty for an empty needle.
     */
    public static List<Span> occurrences(String text, String needle, Span.Side side, Span.Kind kind) {
        List<Span> out = new ArrayList<>();
        if (needle.isEmpty()) {
            return out;
        }
        boolean wordStart = Character.isLetterOrDigit(needle.charAt(0));
        boolean wordEnd = Character.isLetterOrDigit(needle.charAt(needle.length() - 1));
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            int end = i + needle.length();
            if ((!wordStart || i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                    && (!wordEnd || end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                out.add(new Span(side, i, end, kind));
            }
        }
        return out;
    }

    /** All of {@code text} on {@code side} but white space at its ends, as one span; none for a blank text. */
    public static List<Span> whole(String text, Span.Side side, Span.Kind kind) {
        Span s = Span.whole(side, text, kind);
        return s == null ? List.of() : List.of(s);
    }

    /** The places in {@code text} of each of {@code needles} ({@link #occurrences}). */
    public static List<Span> occurrences(String text, Iterable<String> needles, Span.Side side, Span.Kind kind) {
        List<Span> out = new ArrayList<>();
        needles.forEach(n -> out.addAll(occurrences(text, n, side, kind)));
        return out;
    }

    /** The word diff that turns {@code before} into {@code after}. */
    public static List<DiffOp> diff(String before, String after) {
        List<DiffOp> out = new ArrayList<>();
        for (WordDiff.Edit e : WordDiff.edits(before, after)) {
            out.add(new DiffOp(switch (e.kind()) {
                case EQUAL -> DiffOp.Op.EQUAL;
                case INSERT -> DiffOp.Op.INSERT;
                case DELETE -> DiffOp.Op.DELETE;
            }, e.text()));
        }
        return out;
    }

    /**
     * What {@code diff} inserted, as {@link Span.Kind#CHANGED} spans of its later text ({@link DiffOp#after}) on
     * {@code side}, white space at their ends left out.
     */
    public static List<Span> inserted(List<DiffOp> diff, Span.Side side) {
        List<Span> out = new ArrayList<>();
        int at = 0;
        for (DiffOp d : diff) {
            if (d.op() == DiffOp.Op.DELETE) {
                continue;
            }
            if (d.op() == DiffOp.Op.INSERT) {
                Span s = Span.whole(side, d.text(), Span.Kind.CHANGED);
                if (s != null) {
                    out.add(new Span(side, at + s.start(), at + s.end(), s.kind()));
                }
            }
            at += d.text().length();
        }
        return out;
    }
}
