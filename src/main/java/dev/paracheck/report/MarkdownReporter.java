package dev.paracheck.report;

import dev.paracheck.model.Finding;
import dev.paracheck.model.PairResult;
import dev.paracheck.model.Report;
import dev.paracheck.model.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * A Markdown summary for a pull-request comment: counts per pair, then the findings at or above warning. A target
 * checked without its source has {@value #NO_SOURCE} in the source column. The report of a tree states the
 * directories under the heading and names the files relative to them.
 */
public final class MarkdownReporter implements Reporter {
    /** At most this many findings are listed per pair; the rest are counted. */
    static final int MAX_LISTED = 50;
    /** The source cell of a target checked without its source. */
    static final String NO_SOURCE = "(target only)";

    @Override
    public String format() {
        return "md";
    }

    @Override
    public String extension() {
        return "md";
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        out.write(String.format(Locale.ROOT, "## paracheck: %d error(s), %d warning(s), %d info%n%n",
                report.count(Severity.ERROR), report.count(Severity.WARNING), report.count(Severity.INFO)));
        if (report.isTree()) {
            Report.Roots roots = report.roots();
            out.write((roots.source() != null ? "Source directory: " + cell(roots.source().toString())
                    + " · target directory: " + cell(roots.target().toString())
                    : "Target directory: " + cell(roots.target().toString()) + " (checked without sources)")
                    + " — pages are named relative to them.\n\n");
        }
        out.write("| source | target | errors | warnings | info |\n| --- | --- | ---: | ---: | ---: |\n");
        for (PairResult p : report.pairs()) {
            String source = p.hasSource() ? cell(report.name(p.source()) + " (" + p.source().lang() + ")")
                    : NO_SOURCE;
            out.write("| " + source + " | " + cell(report.name(p.target()) + " (" + p.target().lang() + ")") + " | "
                    + p.count(Severity.ERROR) + " | " + p.count(Severity.WARNING) + " | " + p.count(Severity.INFO)
                    + " |\n");
        }
        for (PairResult p : report.pairs()) {
            var listed = p.findings().stream().filter(f -> f.severity().atLeast(Severity.WARNING)).toList();
            if (listed.isEmpty()) {
                continue;
            }
            out.write("\n### " + cell(report.name(p.target())) + "\n\n");
            for (Finding f : listed.subList(0, Math.min(MAX_LISTED, listed.size()))) {
                out.write("- **" + f.severity().label() + "** `" + f.check() + "` "
                        + cell(JUnitReporter.line(f).substring(f.severity().label().length()).strip()) + "\n");
            }
            if (listed.size() > MAX_LISTED) {
                out.write("- … and " + (listed.size() - MAX_LISTED) + " more\n");
            }
        }
    }

    /** Text safe inside a Markdown table cell or list item: pipes, backticks, angle brackets and newlines neutralised. */
    static String cell(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("`", "\\`").replace("<", "&lt;")
                .replace(">", "&gt;").replace("\n", " ").replace("\r", " ");
    }
}
