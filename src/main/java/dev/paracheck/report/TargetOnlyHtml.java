package dev.paracheck.report;

import dev.paracheck.model.Document;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Location;
import dev.paracheck.model.PairResult;
import dev.paracheck.model.Severity;
import dev.paracheck.model.Span;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The section of the HTML report for a target checked without its source: the target's language and sizes, the
 * counts, the findings list, and the target's text in one column, one paragraph a row (id {@code PAIRID-paraP}).
 * A paragraph row takes the colour of its most serious finding, each finding stands in a row of its own under
 * the paragraph it names ({@code PAIRID-fK}, as in the two-column report), and the sentences a finding names are
 * marked in the text, and the findings' spans within them. No alignment, no score. All document text is escaped
 * by {@link Html#escape}.
 */
final class TargetOnlyHtml {
    /** The rules this section adds to the page's style. */
    static final String CSS = """
            table.target-only td.num{color:#57606a;font-size:12px;white-space:nowrap}
            table.target-only tr.para td{border-top:1px solid #d0d7de}
            mark{background:none;color:inherit;text-decoration:underline 2px;text-underline-offset:3px}
            mark.sev-error{text-decoration-color:#cf222e}mark.sev-warning{text-decoration-color:#bf8700}
            mark.sev-info{text-decoration-color:#0969da}
            """;

    private TargetOnlyHtml() {
    }

    /** Writes the section of {@code pair}, which has no source, with element ids prefixed by {@code id}. */
    static void writeSection(PairResult pair, String id, Writer out) throws IOException {
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
        out.write("<section class=\"pair target-only\" id=\"" + id + "\">\n<h2>"
                + Html.escape(target.path().toString()) + " · target checked without its source</h2>\n");
        out.write("<table class=\"meta\"><tr><th></th><th>language</th><th>paragraphs</th><th>sentences</th></tr>\n");
        HtmlReporter.writeMetaRow("target", target, out);
        out.write("</table>\n<p>" + HtmlReporter.counts(pair) + "</p>\n");
        HtmlReporter.writeFindings(pair, paragraphOfFinding, id, out);
        out.write("<h3>Text</h3>\n<table class=\"target-only\">\n<tr><th>#</th><th>target ("
                + Html.escape(target.lang()) + ")</th></tr>\n");
        Map<Integer, Severity> marks = markedSentences(findings);
        Map<Integer, List<MarkedText.Mark>> spans = MarkedText.bySentence(target, findings, Span.Side.TARGET);
        List<List<Integer>> sentences = target.sentencesByParagraph();
        for (int p = 0; p < target.paragraphs().size(); p++) {
            List<Integer> here = byParagraph.getOrDefault(p, List.of());
            writeParagraph(target, p, sentences.get(p), here.stream().map(findings::get).toList(), marks, spans, id,
                    out);
            for (int k : here) {
                HtmlReporter.writeFindingRow(findings.get(k), target.path(), id, k, 1, out);
            }
        }
        out.write("</table>\n</section>\n");
    }

    private static void writeParagraph(Document doc, int p, List<Integer> sentenceIds, List<Finding> findings,
                                       Map<Integer, Severity> marks, Map<Integer, List<MarkedText.Mark>> spans,
                                       String pairId, Writer out) throws IOException {
        String classes = "para" + findings.stream().map(Finding::severity).min(Enum::compareTo)
                .map(s -> " sev-" + s.label()).orElse("");
        out.write("<tr id=\"" + pairId + "-para" + p + "\" class=\"" + classes + "\"><td class=\"num\">"
                + HtmlReporter.numbers(sentenceIds) + (sentenceIds.isEmpty() ? "" : "<span class=\"ln\" title=\"line "
                + "in the target\">" + HtmlReporter.place(doc, sentenceIds.get(0)) + "</span>") + "</td>");
        String text = text(doc, p, sentenceIds, marks, spans);
        if (text.isBlank()) {
            out.write("<td class=\"text empty\"></td></tr>\n");
        } else {
            // dir="auto": right-to-left text (Arabic, Hebrew) runs the right way in its cell
            out.write("<td class=\"text\" lang=\"" + Html.escape(doc.lang()) + "\" dir=\"auto\">" + text
                    + "</td></tr>\n");
        }
    }

    /**
     * Paragraph {@code p} in HTML: its sentences joined by a space, each one a finding names in a {@code mark} of
     * the most serious such finding's severity, the findings' spans marked within ({@link MarkedText}); a paragraph
     * without sentences as read.
     */
    private static String text(Document doc, int p, List<Integer> sentenceIds, Map<Integer, Severity> marks,
                               Map<Integer, List<MarkedText.Mark>> spans) {
        if (sentenceIds.isEmpty()) {
            return Html.escape(doc.paragraphs().get(p).text());
        }
        StringBuilder sb = new StringBuilder();
        for (int i : sentenceIds) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            String sentence = MarkedText.sentences(doc, List.of(i), spans);
            Severity mark = marks.get(i);
            sb.append(mark == null ? sentence : "<mark class=\"sev-" + mark.label() + "\">" + sentence + "</mark>");
        }
        return sb.toString();
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
