package dev.paracheck.report;

import dev.paracheck.internal.Text;
import dev.paracheck.model.Document;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Link;
import dev.paracheck.model.Location;
import dev.paracheck.model.PairResult;
import dev.paracheck.model.Report;
import dev.paracheck.model.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A summary and the findings, one a line, for a terminal. Written to standard output, never to a file. Per pair
 * the source, the target and the alignment's links; for a target checked without its source, the target alone,
 * marked {@code target only}, and no alignment. The report of a tree (directory mode) states the directories
 * first and names every document, in the pair headers and in each finding's location, by its path relative to
 * them ({@link Report#name}).
 */
public final class ConsoleReporter implements Reporter {
    @Override
    public String format() {
        return "console";
    }

    @Override
    public String extension() {
        return "txt";
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        if (report.isTree()) {
            Report.Roots roots = report.roots();
            out.write(roots.source() != null ? "source directory: " + roots.source() + "\ntarget directory: "
                    + roots.target() + "\n" : "target directory: " + roots.target() + " (checked without sources)\n");
        }
        for (PairResult pair : report.pairs()) {
            if (pair.hasSource()) {
                writeHeader(report, pair, out);
            } else {
                out.write(describe(report, pair.target()) + ", target only\n");
            }
            for (Finding f : pair.findings()) {
                out.write(String.format(Locale.ROOT, "  %-7s %-12s %s%s%n", f.severity().label(), f.check(),
                        where(report, pair, f), Text.abbreviate(f.message(), 220)));
            }
        }
        for (dev.paracheck.model.Problem pr : report.problems()) {
            out.write("  problem " + pr.message() + "\n");
        }
        out.write(summary(report) + "\n");
    }

    /** The report's last line: "1 pair checked: 0 errors, 2 warnings, 10 info". */
    public static String summary(Report report) {
        return String.format(Locale.ROOT, "%d pair%s checked: %d error%s, %d warning%s, %d info",
                report.pairs().size(), report.pairs().size() == 1 ? "" : "s",
                report.count(Severity.ERROR), plural(report.count(Severity.ERROR)),
                report.count(Severity.WARNING), plural(report.count(Severity.WARNING)),
                report.count(Severity.INFO));
    }

    /** The source, the target and what the alignment links. */
    private static void writeHeader(Report report, PairResult pair, Writer out) throws IOException {
        out.write(describe(report, pair.source()) + "\n  -> " + describe(report, pair.target()) + "\n");
        Map<String, Integer> types = new TreeMap<>();
        for (Link l : pair.alignment().sentences()) {
            types.merge(l.type(), 1, Integer::sum);
        }
        out.write(String.format(Locale.ROOT, "  alignment: %d paragraph links, %d sentence links %s, mean score %.2f%n",
                pair.alignment().paragraphs().size(), pair.alignment().sentences().size(), types,
                pair.alignment().meanScore()));
    }

    private static String describe(Report report, Document d) {
        return String.format(Locale.ROOT, "%s (%s, %d paragraphs, %d sentences)", report.name(d), d.lang(),
                d.paragraphs().size(), d.sentences().size());
    }

    /**
     * Where a finding stands: {@code source line 12: }, or in the report of a tree, where many files share a name,
     * {@code source guide/index.md line 12: }; empty for a finding about the whole document.
     */
    private static String where(Report report, PairResult pair, Finding f) {
        Location loc = f.source() != null && !f.source().sentences().isEmpty() ? f.source() : f.target();
        if (loc == null || loc.sentences().isEmpty()) {
            return "";
        }
        boolean onSource = loc == f.source();
        String file = report.isTree() ? " " + report.name(onSource ? pair.source() : pair.target()) : "";
        return (onSource ? "source" : "target") + file
                + (loc.line() > 0 ? " line " + loc.line() : " paragraph " + (loc.paragraph() + 1)) + ": ";
    }

    private static String plural(long n) {
        return n == 1 ? "" : "s";
    }
}
