package dev.paracheck.report;

import dev.paracheck.model.DiffOp;
import dev.paracheck.model.Document;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Location;
import dev.paracheck.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Document text cut into {@link Piece}s where the findings' {@link Span}s are marked, for the review page's
 * templates to render (partial {@code _span-marks}: {@code <mark class="span KINDS" title="KINDS">TEXT</mark>},
 * KINDS being the kinds of the spans over the piece: {@code number}, {@code name}, {@code term},
 * {@code untranslated}, {@code changed}; style {@code marks.css}); and a finding's word diff as {@code <del>} /
 * {@code <ins>}. The pieces are unescaped: the template escapes their text and their kinds like every value, and
 * a mark's class and title come from the span kinds, never from the text. Overlapping spans give one mark a
 * stretch, with the kinds of all spans over it. Stateless.
 *
 * <p>A span's offsets index its finding's location text, the location's sentences joined by one space; a table cell
 * shows other sentences (those of a link, a paragraph). So spans are first cut into pieces per sentence
 * ({@link #bySentence}), and a cell puts together the pieces of its sentences ({@link #sentencePieces}).
 */
final class MarkedText {
    /** A stretch of one sentence's text to mark: {@code [start, end)} in that sentence, and the span's kind. */
    record Mark(int start, int end, Span.Kind kind) {
    }

    private MarkedText() {
    }

    /**
     * The pieces of the spans on {@code side} of {@code findings}, by the index of the sentence of {@code doc} they
     * stand in (offsets in that sentence's text). A finding whose location text is not its sentences joined by a
     * space (a document-level finding) gives none.
     */
    static Map<Integer, List<Mark>> bySentence(Document doc, List<Finding> findings, Span.Side side) {
        Map<Integer, List<Mark>> out = new HashMap<>();
        for (Finding f : findings) {
            Location loc = f.location(side);
            if (loc == null || f.spans().stream().noneMatch(s -> s.side() == side)
                    || loc.sentences().stream().anyMatch(i -> i < 0 || i >= doc.sentences().size())
                    || !loc.text().equals(doc.text(loc.sentences()))) {
                continue;
            }
            int offset = 0;
            for (int i : loc.sentences()) {
                int length = doc.sentences().get(i).text().length();
                for (Span s : f.spans()) {
                    int start = Math.max(s.start(), offset);
                    int end = Math.min(s.end(), offset + length);
                    if (s.side() == side && start < end) {
                        out.computeIfAbsent(i, k -> new ArrayList<>()).add(new Mark(start - offset, end - offset,
                                s.kind()));
                    }
                }
                offset += length + 1;
            }
        }
        return out;
    }

    /** The sentences {@code ids} of {@code doc} joined by a space, as {@link #pieces} with their marks. */
    static List<Piece> sentencePieces(Document doc, List<Integer> ids, Map<Integer, List<Mark>> marks) {
        StringBuilder text = new StringBuilder();
        List<Mark> all = new ArrayList<>();
        for (int i : ids) {
            if (text.length() > 0) {
                text.append(' ');
            }
            int offset = text.length();
            for (Mark m : marks.getOrDefault(i, List.of())) {
                all.add(new Mark(offset + m.start(), offset + m.end(), m.kind()));
            }
            text.append(doc.sentences().get(i).text());
        }
        return pieces(text.toString(), all);
    }

    /**
     * A stretch of text and the kinds of the marks over it, space-separated in order ({@code "changed term"}), or
     * "" for unmarked text: what a template renders as {@code <mark class="span KINDS">TEXT</mark>} or as TEXT.
     */
    record Piece(String text, String kinds) {
        boolean marked() {
            return !kinds.isEmpty();
        }
    }

    /**
     * {@code text} cut where {@code marks} (offsets into {@code text}) begin and end, each piece with the kinds of
     * the marks over it; together the pieces are {@code text}. Unescaped.
     */
    static List<Piece> pieces(String text, List<Mark> marks) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Mark m : marks) {
            cuts.add(boundary(text, m.start()));
            cuts.add(boundary(text, m.end()));
        }
        List<Piece> out = new ArrayList<>();
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            TreeSet<String> kinds = new TreeSet<>();
            for (Mark m : marks) {
                if (boundary(text, m.start()) <= from && to <= boundary(text, m.end())) {
                    kinds.add(m.kind().label());
                }
            }
            out.add(new Piece(text.substring(from, to), String.join(" ", kinds)));
        }
        return out;
    }

    /**
     * A word diff in HTML, each text escaped: equal text as it is, deletions in {@code <del>}, insertions in
     * {@code <ins>}; part of a finding's {@code messageHtml} ({@link FindingView#message}).
     */
    static String diff(List<DiffOp> diff) {
        StringBuilder sb = new StringBuilder();
        for (DiffOp d : diff) {
            String text = Html.escape(d.text());
            switch (d.op()) {
                case EQUAL -> sb.append(text);
                case DELETE -> sb.append("<del>").append(text).append("</del>");
                case INSERT -> sb.append("<ins>").append(text).append("</ins>");
            }
        }
        return sb.toString();
    }

    /** {@code at} within {@code text}, moved off the middle of a surrogate pair (a mark never splits a character). */
    private static int boundary(String text, int at) {
        int clamped = Math.max(0, Math.min(at, text.length()));
        return clamped > 0 && clamped < text.length() && Character.isLowSurrogate(text.charAt(clamped))
                && Character.isHighSurrogate(text.charAt(clamped - 1)) ? clamped + 1 : clamped;
    }
}
