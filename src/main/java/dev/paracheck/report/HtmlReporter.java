package dev.paracheck.report;

import dev.paracheck.model.DiffOp;
import dev.paracheck.model.Document;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Link;
import dev.paracheck.model.Location;
import dev.paracheck.model.PairResult;
import dev.paracheck.model.Report;
import dev.paracheck.model.Severity;
import dev.paracheck.model.Span;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One self-contained HTML page for review: per pair a header with languages, sizes, alignment score and counts,
 * the findings list (each linked to its row), and both texts side by side, one aligned link a row, with the
 * findings shown under the row they concern and what they are about marked in the texts ({@link MarkedText}: the
 * findings' spans; their word diffs as del / ins), with filters by severity and check and keyboard navigation
 * ({@link #SCRIPT}), and triage: verdicts on findings and approved renderings of drifting terms, downloaded as a
 * baseline and a glossary ({@link TriageHtml}). A target checked without its source has one text column instead
 * ({@link TargetOnlyHtml}). No external resource; the Content-Security-Policy allows nothing but the inline style
 * and the page's one script ({@link #script()}), by hash. All document text is escaped by {@link Html#escape}.
 */
public final class HtmlReporter implements Reporter {
    private static final String CSS = """
            body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
            header{background:#24292f;color:#fff;padding:12px 24px}header h1{margin:0;font-size:20px}
            section.pair{margin:16px 24px;background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:8px 16px}
            table{border-collapse:collapse;width:100%}td,th{vertical-align:top;padding:4px 8px;text-align:left}
            table.meta td,table.meta th{border-bottom:1px solid #eee}
            table.align td.text{width:44%}table.align td.num,table.align td.link{color:#57606a;font-size:12px;white-space:nowrap}
            table.align tr.para-start td{border-top:2px solid #d0d7de}
            tr.sev-error td.text{background:#ffebe9}tr.sev-warning td.text{background:#fff8c5}tr.sev-info td.text{background:#ddf4ff}
            tr.finding td{font-size:13px;padding:2px 8px 8px 8px;border:0}
            table.align td.text.empty{background:repeating-linear-gradient(45deg,#f6f8fa,#f6f8fa 6px,#fff 6px,#fff 12px)}
            .badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;font-weight:600;margin-right:6px}
            .error{background:#cf222e;color:#fff}.warning{background:#bf8700;color:#fff}.info{background:#0969da;color:#fff}
            .moved{background:#8250df;color:#fff}.check{font-family:ui-monospace,monospace;font-size:12px}
            ol.findings{max-height:22vh;overflow:auto;margin:0;border:1px solid #eee;border-radius:4px;padding:4px 8px 4px 2.6em}
            ol.findings li{margin:4px 0}a{color:#0969da}section.pair h3{margin:10px 0 6px}
            table.meta td,table.meta th{padding:1px 8px}span.ln{display:block;color:#8c959f;font-size:11px}
            nav.filters{margin:12px 24px;font-size:13px}nav.filters label{margin-right:8px;white-space:nowrap}
            tr.finding.current td{outline:2px solid #0969da}tr.moved-here td.text{background:#fbefff}
            del{background:#ffd7d5;text-decoration:line-through}ins{background:#ccffd8;text-decoration:none}[hidden]{display:none!important}
            """;

    /**
     * Filters and keyboard navigation. Findings (list items and rows under the table) carry data-check and
     * data-severity; unchecking a box hides them. Keys n / j go to the next visible finding row, p / k to the
     * previous one. Part of the page's script ({@link #script()}).
     */
    static final String SCRIPT = """
            (function () {
              var boxes = document.querySelectorAll('input.filter');
              function apply() {
                var off = {};
                boxes.forEach(function (b) { if (!b.checked) { off[b.dataset.kind + ':' + b.value] = true; } });
                document.querySelectorAll('[data-check]').forEach(function (e) {
                  var hidden = off['check:' + e.dataset.check] || off['severity:' + e.dataset.severity];
                  e.hidden = !!hidden;
                });
              }
              boxes.forEach(function (b) { b.addEventListener('change', apply); });
              var current = -1;
              function go(step) {
                var rows = Array.prototype.filter.call(document.querySelectorAll('tr.finding'),
                  function (r) { return !r.hidden; });
                if (rows.length === 0) { return; }
                current = (current + step + rows.length) % rows.length;
                var row = rows[current];
                document.querySelectorAll('tr.current').forEach(function (r) { r.classList.remove('current'); });
                row.classList.add('current');
                row.scrollIntoView({block: 'center'});
                history.replaceState(null, '', '#' + row.id);
              }
              document.addEventListener('keydown', function (e) {
                if (e.target && e.target.tagName === 'INPUT') { return; }
                if (e.key === 'n' || e.key === 'j') { go(1); }
                if (e.key === 'p' || e.key === 'k') { go(-1); }
              });
            })();
            """;

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'; script-src '" + scriptHash() + "'; base-uri 'none'; "
                + "form-action 'none'\">\n");
        out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        boolean anyTargetOnly = report.pairs().stream().anyMatch(p -> !p.hasSource());
        String title = title(report);
        out.write("<title>" + title + "</title>\n<style>\n" + CSS + TriageHtml.CSS + MarkedText.CSS
                + (anyTargetOnly ? TargetOnlyHtml.CSS : "") + "</style>\n</head>\n<body>\n");
        out.write("<header><h1>" + title + "</h1><div>" + summary(report) + " · paracheck "
                + Html.escape(report.toolVersion()) + "</div></header>\n");
        writeFilters(report, out);
        TriageHtml.writeBar(report, out);
        for (int p = 0; p < report.pairs().size(); p++) {
            PairResult pair = report.pairs().get(p);
            if (pair.hasSource()) {
                writePair(pair, "p" + p, out);
            } else {
                TargetOnlyHtml.writeSection(pair, "p" + p, out);
            }
        }
        out.write("<script>" + script() + "</script>\n</body>\n</html>\n");
    }

    private static void writeFilters(Report report, Writer out) throws IOException {
        java.util.Set<String> checks = new java.util.TreeSet<>();
        report.pairs().forEach(p -> p.findings().forEach(f -> checks.add(f.check())));
        out.write("<nav class=\"filters\">Show: ");
        for (Severity s : Severity.values()) {
            out.write("<label><input type=\"checkbox\" class=\"filter\" data-kind=\"severity\" value=\"" + s.label()
                    + "\" checked> " + s.label() + " (" + report.count(s) + ")</label> ");
        }
        out.write("· ");
        for (String c : checks) {
            long n = report.pairs().stream().flatMap(p -> p.findings().stream()).filter(f -> f.check().equals(c))
                    .count();
            out.write("<label><input type=\"checkbox\" class=\"filter\" data-kind=\"check\" value=\""
                    + Html.escape(c) + "\" checked> " + Html.escape(c) + " (" + n + ")</label> ");
        }
        out.write("· keys: <kbd>n</kbd> next finding, <kbd>p</kbd> previous</nav>\n");
    }

    /** The page's one script: filters and keyboard navigation, then triage. */
    static String script() {
        return SCRIPT + TriageHtml.SCRIPT;
    }

    /** The CSP source expression that allows exactly {@link #script()}. */
    static String scriptHash() {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(script().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "sha256-" + java.util.Base64.getEncoder().encodeToString(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "paracheck report", or, when no pair has its source, says that the targets were checked without it. */
    private static String title(Report report) {
        if (report.pairs().isEmpty() || report.pairs().stream().anyMatch(PairResult::hasSource)) {
            return "paracheck report";
        }
        return report.pairs().size() == 1 ? "paracheck report: target checked without its source"
                : "paracheck report: targets checked without their sources";
    }

    private static String summary(Report report) {
        return String.format(Locale.ROOT, "%d pair%s · %d error(s), %d warning(s), %d info", report.pairs().size(),
                report.pairs().size() == 1 ? "" : "s", report.count(Severity.ERROR), report.count(Severity.WARNING),
                report.count(Severity.INFO));
    }

    private static void writePair(PairResult pair, String id, Writer out) throws IOException {
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
        out.write("<section class=\"pair\" id=\"" + id + "\">\n<h2>" + Html.escape(pair.source().path().toString())
                + " → " + Html.escape(pair.target().path().toString()) + "</h2>\n");
        out.write("<table class=\"meta\"><tr><th></th><th>language</th><th>paragraphs</th><th>sentences</th></tr>\n");
        writeMetaRow("source", pair.source(), out);
        writeMetaRow("target", pair.target(), out);
        out.write(String.format(Locale.ROOT, "</table>\n<p>%d sentence links, mean score %.2f · ", links.size(),
                pair.alignment().meanScore()) + counts(pair) + "</p>\n");
        writeFindings(pair, rowOfFinding, id, out);
        out.write("<h3>Alignment</h3>\n<table class=\"align\">\n<tr><th>#</th><th lang=\""
                + Html.escape(pair.source().lang()) + "\">source (" + Html.escape(pair.source().lang())
                + ")</th><th>target (" + Html.escape(pair.target().lang()) + ")</th><th>link</th></tr>\n");
        Map<Integer, List<Integer>> movedBefore = movedTargetPlaces(links);
        Marks marks = new Marks(MarkedText.bySentence(pair.source(), findings, Span.Side.SOURCE),
                MarkedText.bySentence(pair.target(), findings, Span.Side.TARGET));
        for (int r = 0; r < links.size(); r++) {
            for (int m : movedBefore.getOrDefault(r, List.of())) {
                writeMovedTargetRow(pair, links.get(m), id, m, marks, out);
            }
            writeRow(pair, links.get(r), id, r, byRow.getOrDefault(r, List.of()), marks, out);
        }
        for (int m : movedBefore.getOrDefault(links.size(), List.of())) {
            writeMovedTargetRow(pair, links.get(m), id, m, marks, out);
        }
        out.write("</table>\n</section>\n");
    }

    /** The pair's counts by severity, as badges. */
    static String counts(PairResult pair) {
        return String.format(Locale.ROOT, "<span class=\"badge error\">%d</span><span class=\"badge warning\">%d</span>"
                        + "<span class=\"badge info\">%d</span>", pair.count(Severity.ERROR),
                pair.count(Severity.WARNING), pair.count(Severity.INFO));
    }

    /**
     * The pair's findings list, each finding linked to its row {@code PAIRID-fK} where it has one
     * ({@code rowOfFinding[k]} not negative), then the findings without a row (document-level) again as paragraphs
     * with their triage controls.
     */
    static void writeFindings(PairResult pair, int[] rowOfFinding, String id, Writer out) throws IOException {
        List<Finding> findings = pair.findings();
        Path target = pair.target().path();
        out.write("<h3>Findings (" + findings.size() + ")</h3>\n<ol class=\"findings\">\n");
        for (int k = 0; k < findings.size(); k++) {
            Finding f = findings.get(k);
            String text = badge(f) + message(f);
            out.write("<li" + data(f, target) + ">" + (rowOfFinding[k] < 0 ? text : "<a href=\"#" + id + "-f" + k
                    + "\">" + text + "</a>") + "</li>\n");
        }
        out.write("</ol>\n");
        for (int k = 0; k < findings.size(); k++) {
            Finding f = findings.get(k);
            if (rowOfFinding[k] < 0) {
                out.write("<p" + TriageHtml.fingerprint(f, target) + ">" + badge(f) + message(f)
                        + TriageHtml.controls(f) + "</p>\n");
            }
        }
    }

    /**
     * The row {@code PAIRID-fK} of a finding on the translation read from {@code target}, under the row it
     * concerns: an empty cell, then {@code columns} cells with the finding and its triage controls.
     */
    static void writeFindingRow(Finding f, Path target, String pairId, int k, int columns, Writer out)
            throws IOException {
        out.write("<tr class=\"finding\" id=\"" + pairId + "-f" + k + "\"" + data(f, target) + "><td></td><td"
                + (columns > 1 ? " colspan=\"" + columns + "\"" : "") + ">" + badge(f) + message(f)
                + TriageHtml.controls(f) + "</td></tr>\n");
    }

    static void writeMetaRow(String side, Document d, Writer out) throws IOException {
        out.write("<tr><td>" + side + "</td><td>" + Html.escape(d.lang()) + "</td><td>" + d.paragraphs().size()
                + "</td><td>" + d.sentences().size() + "</td></tr>\n");
    }

    /** The marks of the findings' spans, by sentence, on each side ({@link MarkedText#bySentence}). */
    private record Marks(Map<Integer, List<MarkedText.Mark>> source, Map<Integer, List<MarkedText.Mark>> target) {
    }

    private static void writeRow(PairResult pair, Link link, String pairId, int r, List<Integer> findingIds,
                                 Marks marks, Writer out) throws IOException {
        List<Finding> findings = findingIds.stream().map(pair.findings()::get).toList();
        String rowId = pairId + "-l" + r;
        List<String> classes = new ArrayList<>();
        if (startsParagraph(pair.source(), link.source()) || startsParagraph(pair.target(), link.target())) {
            classes.add("para-start");
        }
        findings.stream().map(Finding::severity).min(Enum::compareTo)
                .ifPresent(s -> classes.add("sev-" + s.label()));
        out.write("<tr id=\"" + rowId + "\"" + (classes.isEmpty() ? "" : " class=\"" + String.join(" ", classes) + "\"")
                + "><td class=\"num\">" + numbers(link.source()) + lines(pair, link) + "</td>");
        writeText(pair.source(), link.source(), marks.source(), out);
        writeText(pair.target(), link.target(), marks.target(), out);
        out.write("<td class=\"link\">" + (link.moved() ? "<a href=\"#" + pairId + "-t" + r
                + "\"><span class=\"badge moved\">moved</span>to target " + numbers(link.target()) + "</a> " : "")
                + link.type() + " · " + String.format(Locale.ROOT, "%.2f", link.score()) + "</td></tr>\n");
        for (int k : findingIds) {
            writeFindingRow(pair.findings().get(k), pair.target().path(), pairId, k, 3, out);
        }
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

    /** The target side of a moved link, where it stands in the target, linked to and from its aligned row. */
    private static void writeMovedTargetRow(PairResult pair, Link link, String pairId, int m, Marks marks,
                                            Writer out) throws IOException {
        out.write("<tr id=\"" + pairId + "-t" + m + "\" class=\"moved-here\"><td class=\"num\"></td>"
                + "<td class=\"text empty\"></td>");
        writeText(pair.target(), link.target(), marks.target(), out);
        out.write("<td class=\"link\"><a href=\"#" + pairId + "-l" + m + "\"><span class=\"badge moved\">moved</span>"
                + "from source " + numbers(link.source()) + "</a></td></tr>\n");
    }

    /**
     * A message in HTML, escaped. A finding with a word diff ({@link Finding#diff()}) has it as del / ins, from the
     * diff itself: in place of the message's flattened diff ([-old-]{+new+}) where the message ends with it, else
     * after the message.
     */
    static String message(Finding f) {
        if (f.diff().isEmpty()) {
            return Html.escape(f.message());
        }
        String flat = DiffOp.flatten(f.diff());
        String diff = MarkedText.diff(f.diff());
        return f.message().endsWith(flat)
                ? Html.escape(f.message().substring(0, f.message().length() - flat.length())) + diff
                : Html.escape(f.message()) + "<span class=\"diff\">" + diff + "</span>";
    }

    private static void writeText(Document doc, List<Integer> ids, Map<Integer, List<MarkedText.Mark>> marks,
                                  Writer out) throws IOException {
        if (ids.isEmpty()) {
            out.write("<td class=\"text empty\"></td>");
        } else {
            // dir="auto": right-to-left text (Arabic, Hebrew) runs the right way in its cell
            out.write("<td class=\"text\" lang=\"" + Html.escape(doc.lang()) + "\" dir=\"auto\">"
                    + MarkedText.sentences(doc, ids, marks)
                    + "</td>");
        }
    }

    private static boolean startsParagraph(Document doc, List<Integer> ids) {
        if (ids.isEmpty()) {
            return false;
        }
        int s = ids.get(0);
        return s == 0 || doc.sentences().get(s - 1).paragraph() != doc.sentences().get(s).paragraph();
    }

    /**
     * The lines (1-based, as the console and the findings give them) the row's text starts on in the source and
     * in the target file, and its page where the format has pages (PDF): {@code <span class="ln">L4 · L5</span>},
     * {@code p. 3 · p. 2 L7}; a side without text shows "–".
     */
    static String lines(PairResult pair, Link link) {
        String source = link.source().isEmpty() ? "–" : place(pair.source(), link.source().get(0));
        String target = link.target().isEmpty() ? "–" : place(pair.target(), link.target().get(0));
        return "<span class=\"ln\" title=\"line in the source · line in the target\">" + source + " · " + target
                + "</span>";
    }

    /** Where sentence {@code i} of {@code doc} stands: {@code L12}, or {@code p. 3} (with its line if known). */
    static String place(Document doc, int i) {
        int line = doc.sentences().get(i).line();
        int page = doc.paragraphOf(i).page();
        return page > 0 ? "p.\u00a0" + page + (line > 0 ? " L" + line : "") : "L" + line;
    }

    static String numbers(List<Integer> ids) {
        // 1-based, as in the findings' messages
        return ids.isEmpty() ? "" : ids.size() == 1 ? String.valueOf(ids.get(0) + 1)
                : (ids.get(0) + 1) + "–" + (ids.get(ids.size() - 1) + 1);
    }

    private static String data(Finding f, Path target) {
        return " data-check=\"" + Html.escape(f.check()) + "\" data-severity=\"" + f.severity().label() + "\""
                + TriageHtml.fingerprint(f, target);
    }

    private static String badge(Finding f) {
        return "<span class=\"badge " + f.severity().label() + "\">" + f.severity().label()
                + "</span><span class=\"check\">" + Html.escape(f.check()) + "</span> ";
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
