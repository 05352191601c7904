package dev.paracheck.report;

import com.samskivert.mustache.Template;
import dev.paracheck.model.PairResult;
import dev.paracheck.model.Report;
import dev.paracheck.model.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One self-contained HTML page for review (template {@code review}): per pair a header with languages, sizes,
 * alignment score and counts, the findings list (each linked to its row), and both texts side by side, one aligned
 * link a row, with the findings shown under the row they concern ({@link AlignedSection}); a target checked without
 * its source has one text column instead ({@link TargetOnlySection}). What the findings are about is marked: their
 * spans in the texts ({@link MarkedText}, style {@code marks.css}), their word diffs as del / ins in their messages
 * ({@link FindingView#message}). Filters by severity and check and keyboard navigation ({@code review.js}), and
 * triage ({@code triage.js}): verdicts on findings and approved renderings of drifting terms, downloaded as a
 * baseline and a glossary ({@link FindingView}).
 *
 * <p>No external resource; the Content-Security-Policy allows nothing but the inline style and the page's one
 * script, by the hash of its text as emitted ({@link #scriptHash()}). All document text is escaped by
 * {@link Html#escape}, through the templates ({@link Templates}). Stateless and thread-safe.
 */
public final class HtmlReporter implements Reporter {
    /** The page, its style and its script, read and compiled on first use: a run without HTML reads none of them. */
    private static final class Page {
        static final Template TEMPLATE = Templates.compile("review");
        static final String CSS = Templates.text("review.css") + Templates.text("triage.css")
                + Templates.text("marks.css");
        static final String TARGET_ONLY_CSS = Templates.text("target-only.css");
        static final InlineScript SCRIPT = InlineScript.of("review.js", "triage.js");
    }

    /** What template {@code review} shows. */
    private record PageView(String scriptHash, String title, String css, int pairCount, boolean onePair, long errors,
                            long warnings, long infos, String toolVersion, List<Count> severities, List<Count> checks,
                            boolean triageBar, List<Section> sections, String script) {
    }

    /** A pair's section: one of the two is null. */
    private record Section(AlignedSection aligned, TargetOnlySection targetOnly) {
    }

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
        boolean anyTargetOnly = report.pairs().stream().anyMatch(p -> !p.hasSource());
        List<Section> sections = new ArrayList<>();
        for (int p = 0; p < report.pairs().size(); p++) {
            PairResult pair = report.pairs().get(p);
            sections.add(pair.hasSource() ? new Section(AlignedSection.of(pair, "p" + p), null)
                    : new Section(null, TargetOnlySection.of(pair, "p" + p)));
        }
        boolean anyFinding = report.pairs().stream().anyMatch(p -> !p.findings().isEmpty());
        PageView page = new PageView(scriptHash(), title(report),
                Page.CSS + (anyTargetOnly ? Page.TARGET_ONLY_CSS : ""), report.pairs().size(),
                report.pairs().size() == 1, report.count(Severity.ERROR), report.count(Severity.WARNING),
                report.count(Severity.INFO), report.toolVersion(), Count.bySeverity(report), checks(report),
                anyFinding, sections, Page.SCRIPT.text());
        Page.TEMPLATE.execute(page, out);
    }

    /** The checks that have findings, by id, with their numbers of findings. */
    private static List<Count> checks(Report report) {
        Map<String, Long> byCheck = new TreeMap<>();
        report.pairs().forEach(p -> p.findings().forEach(f -> byCheck.merge(f.check(), 1L, Long::sum)));
        return byCheck.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList();
    }

    /** The CSP source expression that allows exactly the page's one script: filters and navigation, then triage. */
    static String scriptHash() {
        return Page.SCRIPT.hash();
    }

    /** "paracheck report", or, when no pair has its source, says that the targets were checked without it. */
    private static String title(Report report) {
        if (report.pairs().isEmpty() || report.pairs().stream().anyMatch(PairResult::hasSource)) {
            return "paracheck report";
        }
        return report.pairs().size() == 1 ? "paracheck report: target checked without its source"
                : "paracheck report: targets checked without their sources";
    }
}
