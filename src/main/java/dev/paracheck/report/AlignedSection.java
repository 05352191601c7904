package dev.paracheck.report;

import dev.paracheck.model.Document;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Link;
import dev.paracheck.model.Location;
import dev.paracheck.model.PairResult;
import dev.paracheck.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The review page's section for a pair with its source (template {@code aligned-section}): languages and sizes,
 * the counts, the findings list, and both texts side by side, one aligned link a row ({@code PAIRID-lR}), each
 * finding in a row of its own under the link it concerns ({@code PAIRID-fK}), which takes the colour of its most
 * serious finding; a moved link's target text is shown again where it stands in the target ({@code PAIRID-tR}),
 * each linking to the other. The findings' spans are marked in the texts ({@link MarkedText}). Immutable.
 *
 * @param id the section's id, {@code pN}, the prefix of its rows' ids
 * @param sourcePath the source's path as given
 * @param targetPath the target's path as given
 * @param meta the source's and the target's languages and sizes
 * @param links the number of sentence links
 * @param meanScore their mean score, two decimals
 * @param counts the findings per severity
 * @param findings the findings list
 * @param sourceLang the source's language
 * @param targetLang the target's language
 * @param rows the table's rows in reading order
 */
record AlignedSection(String id, String sourcePath, String targetPath, List<MetaRow> meta, int links,
                      String meanScore, List<Count> counts, FindingList findings, String sourceLang, String targetLang,
                      List<Row> rows) {
    /** A row of the table: an aligned link, or the target side of a moved link where it stands in the target. */
    record Row(LinkRow link, MovedRow movedHere) {
    }

    /**
     * An aligned link.
     *
     * @param classes {@code para-start} where a paragraph starts, {@code sev-SEVERITY} of its most serious finding;
     *                null for neither
     * @param sourceNumbers its source sentences, 1-based ({@code 3}, {@code 3–4}), empty for none
     * @param sourceLine where its source text starts: the line ({@code L4}), or the page where the format has
     *                   pages ({@code p. 3}, with the line if known: {@code p. 3 L7}); {@code –} for none
     * @param targetLine the same for its target text
     * @param moved whether the target stands elsewhere ({@code movedId}, {@code targetNumbers})
     * @param type the link's type ({@code 1-1}, {@code moved})
     * @param score its score, two decimals
     * @param findings the findings shown under it
     */
    record LinkRow(String id, String classes, String sourceNumbers, String sourceLine, String targetLine, Cell source,
                   Cell target, boolean moved, String movedId, String targetNumbers, String type, String score,
                   List<FindingView> findings) {
    }

    /** The target side of moved link {@code linkId}, whose source sentences are {@code sourceNumbers}. */
    record MovedRow(String id, Cell target, String linkId, String sourceNumbers) {
    }

    /**
     * One side's text of a row: its sentences joined by a space, cut into pieces where the findings' spans are
     * marked (template {@code _span-marks}); {@code empty} where that side has no sentence.
     */
    record Cell(boolean empty, String lang, List<MarkedText.Piece> pieces) {
        /** Sentences {@code ids} of {@code doc}, with the marks ({@link MarkedText#bySentence}) of that side. */
        static Cell of(Document doc, List<Integer> ids, Map<Integer, List<MarkedText.Mark>> marks) {
            return ids.isEmpty() ? new Cell(true, doc.lang(), List.of())
                    : new Cell(false, doc.lang(), MarkedText.sentencePieces(doc, ids, marks));
        }
    }

    /** The marks of the findings' spans, by sentence, on each side ({@link MarkedText#bySentence}). */
    private record Marks(Map<Integer, List<MarkedText.Mark>> source, Map<Integer, List<MarkedText.Mark>> target) {
        static Marks of(PairResult pair) {
            return new Marks(MarkedText.bySentence(pair.source(), pair.findings(), Span.Side.SOURCE),
                    MarkedText.bySentence(pair.target(), pair.findings(), Span.Side.TARGET));
        }
    }

    /** The section of {@code pair}, which has a source, with element ids prefixed by {@code id}. */
    static AlignedSection of(PairResult pair, String id) {
        List<Link> links = pair.alignment().sentences();
        List<Finding> findings = pair.findings();
        // findings are numbered by position (two equal findings still get their own row id)
        int[] rowOfFinding = new int[findings.size()];
        Map<Integer, List<Integer>> byRow = new HashMap<>();
        for (int k = 0; k < findings.size(); k++) {
            rowOfFinding[k] = rowOf(findings.get(k), links);
            if (rowOfFinding[k] >= 0) {
                byRow.computeIfAbsent(rowOfFinding[k], x -> new ArrayList<>()).add(k);
            }
        }
        FindingList list = FindingList.of(pair, id, rowOfFinding, 3);
        List<Row> rows = new ArrayList<>();
        Map<Integer, List<Integer>> movedBefore = movedTargetPlaces(links);
        Marks marks = Marks.of(pair);
        for (int r = 0; r <= links.size(); r++) {
            for (int m : movedBefore.getOrDefault(r, List.of())) {
                rows.add(new Row(null, movedRow(pair, links.get(m), id, m, marks)));
            }
            if (r < links.size()) {
                rows.add(new Row(linkRow(pair, links.get(r), id, r, byRow.getOrDefault(r, List.of()), list, marks),
                        null));
            }
        }
        return new AlignedSection(id, pair.source().path().toString(), pair.target().path().toString(),
                List.of(MetaRow.of("source", pair.source()), MetaRow.of("target", pair.target())), links.size(),
                String.format(Locale.ROOT, "%.2f", pair.alignment().meanScore()), Count.bySeverity(pair), list,
                pair.source().lang(), pair.target().lang(), rows);
    }

    private static LinkRow linkRow(PairResult pair, Link link, String pairId, int r, List<Integer> findingIds,
                                   FindingList list, Marks marks) {
        List<String> classes = new ArrayList<>();
        if (startsParagraph(pair.source(), link.source()) || startsParagraph(pair.target(), link.target())) {
            classes.add("para-start");
        }
        findingIds.stream().map(k -> pair.findings().get(k).severity()).min(Enum::compareTo)
                .ifPresent(s -> classes.add("sev-" + s.label()));
        return new LinkRow(pairId + "-l" + r, classes.isEmpty() ? null : String.join(" ", classes), numbers(link.source()),
                line(pair.source(), link.source()), line(pair.target(), link.target()),
                Cell.of(pair.source(), link.source(), marks.source()),
                Cell.of(pair.target(), link.target(), marks.target()), link.moved(),
                pairId + "-t" + r, numbers(link.target()), link.type(),
                String.format(Locale.ROOT, "%.2f", link.score()), findingIds.stream().map(list.all()::get).toList());
    }

    /** The target side of a moved link, where it stands in the target, linked to and from its aligned row. */
    private static MovedRow movedRow(PairResult pair, Link link, String pairId, int m, Marks marks) {
        return new MovedRow(pairId + "-t" + m, Cell.of(pair.target(), link.target(), marks.target()),
                pairId + "-l" + m, numbers(link.source()));
    }

    /**
     * Where each moved link's target text stands in the target's reading order: before the first straight link
     * whose target comes after it (key {@code links.size()}: at the end). Value: indices of moved links.
     */
    private static Map<Integer, List<Integer>> movedTargetPlaces(List<Link> links) {
        Map<Integer, List<Integer>> out = new HashMap<>();
        for (int m = 0; m < links.size(); m++) {
            Link moved = links.get(m);
            if (!moved.moved() || moved.target().isEmpty()) {
                continue;
            }
            int place = links.size();
            for (int r = 0; r < links.size(); r++) {
                Link l = links.get(r);
                if (!l.moved() && !l.target().isEmpty() && l.target().get(0) > moved.target().get(0)) {
                    place = r;
                    break;
                }
            }
            out.computeIfAbsent(place, k -> new ArrayList<>()).add(m);
        }
        return out;
    }

    private static boolean startsParagraph(Document doc, List<Integer> ids) {
        if (ids.isEmpty()) {
            return false;
        }
        int s = ids.get(0);
        return s == 0 || doc.sentences().get(s - 1).paragraph() != doc.sentences().get(s).paragraph();
    }

    /**
     * The line (1-based, as the console and the findings give them) a side's text starts on, or its page where the
     * format has pages ({@link #place}); a side without text shows "–".
     */
    private static String line(Document doc, List<Integer> ids) {
        return ids.isEmpty() ? "–" : place(doc, ids.get(0));
    }

    /**
     * Where sentence {@code i} of {@code doc} stands: {@code L12}; where the format has pages (PDF), {@code p. 3}
     * (a no-break space after the dot) with its line if known ({@code p. 3 L7}); where it has neither lines nor
     * pages (HTML, DOCX, ODT read through Tika), its paragraph, as the findings' messages number them ({@code ¶12}).
     */
    static String place(Document doc, int i) {
        int line = doc.sentences().get(i).line();
        int page = doc.paragraphOf(i).page();
        return page > 0 ? "p.\u00a0" + page + (line > 0 ? " L" + line : "")
                : line > 0 ? "L" + line : "¶" + (doc.sentences().get(i).paragraph() + 1);
    }

    /** Sentence numbers, 1-based as in the findings' messages: {@code 3}, {@code 3–5}, empty for none. */
    static String numbers(List<Integer> ids) {
        return ids.isEmpty() ? "" : ids.size() == 1 ? String.valueOf(ids.get(0) + 1)
                : (ids.get(0) + 1) + "–" + (ids.get(ids.size() - 1) + 1);
    }

    /** The row (link index) a finding belongs to: the link of its first source sentence, else of its target. */
    private static int rowOf(Finding f, List<Link> links) {
        Location src = f.source();
        Location tgt = f.target();
        for (int r = 0; r < links.size(); r++) {
            Link l = links.get(r);
            if (src != null && !src.sentences().isEmpty() && l.source().contains(src.sentences().get(0))) {
                return r;
            }
        }
        for (int r = 0; r < links.size(); r++) {
            if (tgt != null && !tgt.sentences().isEmpty() && links.get(r).target().contains(tgt.sentences().get(0))) {
                return r;
            }
        }
        return -1;
    }
}
