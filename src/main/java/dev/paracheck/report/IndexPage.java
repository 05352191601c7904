package dev.paracheck.report;

import com.samskivert.mustache.Template;
import dev.paracheck.model.PairResult;
import dev.paracheck.model.Problem;
import dev.paracheck.model.Report;
import dev.paracheck.model.Severity;
import dev.paracheck.model.Staleness;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The {@code index.html} of directory mode (template {@code index}), a dashboard of the whole tree: one row per pair
 * ({@link IndexRow}), linked to its own page, with a status ({@code not parallel}, {@code stale} or {@code ok}), how
 * much of the source changed since the translation and how far behind it is, the stale findings, the counts per
 * severity and per check; a summary line above and the problems below. A target checked without its source has
 * {@code target only} in the source column and the link on its target.
 *
 * <p>The report of a tree (directory mode) states the two directories above the table and names every page by its
 * path relative to them ({@link Report#name}); the links go to the pages' own reports as before.
 *
 * <p>The rows come worst first ({@link #WORST_FIRST}), so the page reads right without script; a small inline script
 * ({@code index.js}, allowed by its SHA-256 in the Content-Security-Policy as in {@link HtmlReporter}) sorts by any
 * column when its heading is clicked, from the raw values in the cells' {@code data-sort} attributes (numerically
 * where the heading has {@code data-type="num"}, the most first; else as text; a second click reverses; ties keep the
 * page's order), and filters the rows by a part of their path ({@code data-path}) and by status ({@code stale},
 * {@code not-parallel}, {@code data-errors}); the filter controls stay hidden without script. Every path, check id
 * and message is escaped by {@link Html#escape}, through the template.
 */
public final class IndexPage {
    /** The page, its style and its script, read and compiled on first use. */
    private static final class Page {
        static final Template TEMPLATE = Templates.compile("index");
        static final String CSS = Templates.text("index.css");
        static final InlineScript SCRIPT = InlineScript.of("index.js");
    }

    /**
     * The page's own order: pages that are not parallel first, then by errors (most first), share of the source
     * changed (most first; not checked for staleness last), warnings (most first), and path.
     */
    static final Comparator<PairResult> WORST_FIRST = Comparator
            .comparing((PairResult p) -> !PairStatus.notParallel(p))
            .thenComparing(p -> p.count(Severity.ERROR), Comparator.reverseOrder())
            .thenComparing(p -> {
                Double changed = PairStatus.sourceChanged(p);
                return changed == null ? -1.0 : changed;
            }, Comparator.reverseOrder())
            .thenComparing(p -> p.count(Severity.WARNING), Comparator.reverseOrder())
            .thenComparing(IndexPage::path);

    /** A column: its heading, how it sorts ({@code num} or {@code text}), its cells' class and a tooltip (or null). */
    private record Column(String label, String type, String cls, String title) {
        /** The column's name in {@code data-col}. */
        String col() {
            return label.replace(' ', '-');
        }
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("source", "text", null, null),
            new Column("target", "text", null, null),
            new Column("status", "num", null, "not parallel, stale or ok; sorts by severity"),
            new Column("source changed", "num", "s",
                    "share of the source's sentences changed or added since the translation"),
            new Column("behind", "num", "s", "commits and days the source moved on since the version translated"),
            new Column("outdated", "num", "s", "source sentences changed since the translation"),
            new Column("missing-new", "num", "s", "source text added since the translation, not translated yet"),
            new Column("obsolete", "num", "s", "target text whose source was deleted since the translation"),
            new Column("errors", "num", "n", null),
            new Column("warnings", "num", "n", null),
            new Column("info", "num", "n", null),
            new Column("by check", "num", null, "findings per check, the most frequent first; sorts by their number"));

    /** The directories of a tree; {@code source} empty for a tree of targets checked without sources. */
    private record Roots(boolean hasSource, String source, String target) {
    }

    /** What template {@code index} shows. */
    private record PageView(String scriptHash, String css, int pairCount, Roots roots, long stale, long notParallel,
                            long errors, long warnings, long infos, int problemCount, List<Column> columns,
                            List<IndexRow> rows, boolean hasProblems, List<String> problems, String script) {
    }

    private IndexPage() {
    }

    /** {@code hrefs.get(i)} is the relative link to the page of {@code report.pairs().get(i)}. */
    public static String render(Report report, List<String> hrefs) {
        List<PairResult> pairs = report.pairs();
        if (hrefs.size() != pairs.size()) {
            throw new IllegalArgumentException(hrefs.size() + " links for " + pairs.size() + " pairs");
        }
        Roots roots = null;
        if (report.isTree()) {
            Report.Roots r = report.roots();
            roots = new Roots(r.source() != null, r.source() == null ? "" : r.source().toString(),
                    r.target().toString());
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(pairs::get, WORST_FIRST));
        List<IndexRow> rows = order.stream().map(i -> IndexRow.of(report, pairs.get(i), hrefs.get(i))).toList();
        PageView page = new PageView(Page.SCRIPT.hash(), Page.CSS, pairs.size(), roots,
                pairs.stream().filter(PairStatus::stale).count(), pairs.stream().filter(PairStatus::notParallel).count(),
                report.count(Severity.ERROR), report.count(Severity.WARNING), report.count(Severity.INFO),
                report.problems().size(), COLUMNS, rows, !report.problems().isEmpty(),
                report.problems().stream().map(Problem::message).toList(), Page.SCRIPT.text());
        StringWriter out = new StringWriter();
        Page.TEMPLATE.execute(page, out);
        return out.toString();
    }

    /** A share as a whole percentage; a share above 0 that would round to 0 is {@code <1%}. */
    static String percent(double share) {
        if (share > 0 && share < 0.005) {
            return "<1%";
        }
        return Math.round(share * 100) + "%";
    }

    /** {@code 5 commits, 120 days}; what is unknown left out; {@code —} when neither is known. */
    static String behind(Staleness st) {
        List<String> parts = new ArrayList<>();
        if (st.commitsBehind() >= 0) {
            parts.add(st.commitsBehind() + (st.commitsBehind() == 1 ? " commit" : " commits"));
        }
        if (st.daysBehind() >= 0) {
            parts.add(st.daysBehind() + (st.daysBehind() == 1 ? " day" : " days"));
        }
        return parts.isEmpty() ? "—" : String.join(", ", parts);
    }

    /** The page's path, for the order: the source's, or the target's for a target checked without its source. */
    private static String path(PairResult p) {
        return (p.hasSource() ? p.source() : p.target()).path().toString();
    }

    /** The CSP source expression that allows exactly the page's script. */
    static String scriptHash() {
        return Page.SCRIPT.hash();
    }
}
