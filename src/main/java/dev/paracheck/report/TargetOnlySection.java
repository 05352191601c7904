package dev.paracheck.report;

import dev.paracheck.model.Document;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Location;
import dev.paracheck.model.PairResult;
import dev.paracheck.model.Severity;
import dev.paracheck.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The review page's section for a target checked without its source (template {@code target-only-section}): the
 * target's language and sizes, the counts, the findings list, and the target's text in one column, one paragraph a
 * row ({@code PAIRID-paraP}). A paragraph row takes the colour of its most serious finding, each finding stands in a
 * row of its own under the paragraph it names ({@code PAIRID-fK}, as in the two-column section), and the sentences
 * a finding names are marked in the text, and the findings' spans within them ({@link MarkedText}). No alignment, no
 * score. Immutable.
 *
 * @param id the section's id, {@code pN}, the prefix of its rows' ids
 * @param targetPath the target's path as given
 * @param meta the target's language and sizes
 * @param counts the findings per severity
 * @param findings the findings list
 * @param lang the target's language
 * @param paragraphs the target's paragraphs, in order
 */
record TargetOnlySection(String id, String targetPath, List<MetaRow> meta, List<Count> counts, FindingList findings,
                         String lang, List<ParagraphRow> paragraphs) {
    /**
     * A paragraph of the target.
     *
     * @param classes {@code para}, and {@code sev-SEVERITY} of its most serious finding
     * @param numbers its sentences, 1-based ({@code 3–5}), empty for none
     * @param place where it starts: the line ({@code L4}), or the page where the format has pages
     *              ({@link AlignedSection#place}); null for a paragraph without sentences
     * @param blank whether it has no text to show
     * @param sentences its sentences (or its text, when it has no sentence)
     * @param findings the findings shown under it
     */
    record ParagraphRow(String id, String classes, String numbers, String place, boolean blank, String lang,
                        List<Sentence> sentences, List<FindingView> findings) {
    }

    /**
     * A sentence of a paragraph, {@code marked} in the colour of {@code severity} when a finding names it, cut into
     * {@code pieces} where the findings' spans are marked (template {@code _span-marks}).
     */
    record Sentence(boolean marked, String severity, List<MarkedText.Piece> pieces) {
    }

    /** The section of {@code pair}, which has no source, with element ids prefixed by {@code id}. */
    static TargetOnlySection of(PairResult pair, String id) {
        Document target = pair.target();
        List<Finding> findings = pair.findings();
        int[] paragraphOfFinding = new int[findings.size()];
        Map<Integer, List<Integer>> byParagraph = new HashMap<>();
        for (int k = 0; k < findings.size(); k++) {
            paragraphOfFinding[k] = paragraphOf(findings.get(k).target(), target);
            if (paragraphOfFinding[k] >= 0) {
                byParagraph.computeIfAbsent(paragraphOfFinding[k], x -> new ArrayList<>()).add(k);
            }
        }
        FindingList list = FindingList.of(pair, id, paragraphOfFinding, 1);
        Map<Integer, Severity> marks = markedSentences(findings);
        Map<Integer, List<MarkedText.Mark>> spans = MarkedText.bySentence(target, findings, Span.Side.TARGET);
        List<List<Integer>> sentences = target.sentencesByParagraph();
        List<ParagraphRow> rows = new ArrayList<>();
        for (int p = 0; p < target.paragraphs().size(); p++) {
            List<Integer> here = byParagraph.getOrDefault(p, List.of());
            rows.add(paragraph(target, p, sentences.get(p), here, marks, spans, id, pair, list));
        }
        return new TargetOnlySection(id, target.path().toString(), List.of(MetaRow.of("target", target)),
                Count.bySeverity(pair), list, target.lang(), rows);
    }

    private static ParagraphRow paragraph(Document doc, int p, List<Integer> sentenceIds, List<Integer> findingIds,
                                          Map<Integer, Severity> marks, Map<Integer, List<MarkedText.Mark>> spans,
                                          String pairId, PairResult pair, FindingList list) {
        String classes = "para" + findingIds.stream().map(k -> pair.findings().get(k).severity())
                .min(Enum::compareTo).map(s -> " sev-" + s.label()).orElse("");
        String place = sentenceIds.isEmpty() ? null : AlignedSection.place(doc, sentenceIds.get(0));
        List<Sentence> sentences = sentences(doc, p, sentenceIds, marks, spans);
        // blank as the HTML would be: no mark, and nothing but white space once escaped
        boolean blank = sentences.stream().allMatch(s -> !s.marked() && s.pieces().stream()
                .allMatch(piece -> !piece.marked() && Html.escape(piece.text()).isBlank()));
        return new ParagraphRow(pairId + "-para" + p, classes, AlignedSection.numbers(sentenceIds), place, blank,
                doc.lang(), sentences, findingIds.stream().map(list.all()::get).toList());
    }

    /**
     * Paragraph {@code p}'s sentences, each one a finding names marked with the most serious such finding's
     * severity, the findings' spans marked within ({@code spans}, {@link MarkedText#bySentence}); a paragraph
     * without sentences as read, unmarked.
     */
    private static List<Sentence> sentences(Document doc, int p, List<Integer> sentenceIds,
                                            Map<Integer, Severity> marks, Map<Integer, List<MarkedText.Mark>> spans) {
        if (sentenceIds.isEmpty()) {
            return List.of(new Sentence(false, "", MarkedText.pieces(doc.paragraphs().get(p).text(), List.of())));
        }
        List<Sentence> out = new ArrayList<>();
        for (int i : sentenceIds) {
            Severity mark = marks.get(i);
            out.add(new Sentence(mark != null, mark == null ? "" : mark.label(),
                    MarkedText.sentencePieces(doc, List.of(i), spans)));
        }
        return out;
    }

    /** Each target sentence some finding names, with the most serious severity among those findings. */
    private static Map<Integer, Severity> markedSentences(List<Finding> findings) {
        Map<Integer, Severity> marks = new HashMap<>();
        for (Finding f : findings) {
            if (f.target() != null) {
                for (int i : f.target().sentences()) {
                    marks.merge(i, f.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                }
            }
        }
        return marks;
    }

    /**
     * The paragraph a target location names: that of its first sentence, else its paragraph; -1 for none
     * (document-level findings, or a location outside the document).
     */
    private static int paragraphOf(Location loc, Document doc) {
        if (loc == null) {
            return -1;
        }
        if (!loc.sentences().isEmpty()) {
            int s = loc.sentences().get(0);
            return s < doc.sentences().size() ? doc.sentences().get(s).paragraph() : -1;
        }
        return loc.paragraph() < doc.paragraphs().size() ? loc.paragraph() : -1;
    }
}
