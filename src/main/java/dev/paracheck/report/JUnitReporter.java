package dev.paracheck.report;

import dev.paracheck.model.CheckDescriptor;
import dev.paracheck.model.Finding;
import dev.paracheck.model.PairResult;
import dev.paracheck.model.Report;
import dev.paracheck.model.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * JUnit XML for CI test tabs: a test suite per pair ({@code SOURCE -> TARGET}, or {@code TARGET (target only)}
 * for a target checked without its source), a test case per check that ran, its class name the target; the case
 * fails when the check has findings at or above the report's fail-on severity (each such finding listed), other
 * findings are printed in its system-out. The report of a tree names the files relative to the directories given.
 */
public final class JUnitReporter implements Reporter {
    @Override
    public String format() {
        return "junit";
    }

    @Override
    public String extension() {
        return "junit.xml";
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        Severity failOn = report.failOn();
        long tests = (long) report.pairs().size() * report.checks().size();
        long failures = 0;
        for (PairResult p : report.pairs()) {
            for (CheckDescriptor c : report.checks()) {
                if (!failing(p, c, failOn).isEmpty()) {
                    failures++;
                }
            }
        }
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<testsuites name=\"paracheck\" tests=\"" + tests + "\" failures=\"" + failures + "\">\n");
        for (PairResult p : report.pairs()) {
            String target = report.name(p.target());
            String suite = p.hasSource() ? report.name(p.source()) + " -> " + target : target + " (target only)";
            long suiteFailures = report.checks().stream().filter(c -> !failing(p, c, failOn).isEmpty()).count();
            out.write("  <testsuite name=\"" + Xml.escape(suite) + "\" tests=\"" + report.checks().size()
                    + "\" failures=\"" + suiteFailures + "\" errors=\"0\" skipped=\"0\">\n");
            for (CheckDescriptor c : report.checks()) {
                out.write("    <testcase classname=\"" + Xml.escape(target) + "\" name=\""
                        + Xml.escape(c.id()) + "\">\n");
                List<Finding> fail = failing(p, c, failOn);
                if (!fail.isEmpty()) {
                    out.write("      <failure type=\"" + Xml.escape(c.id()) + "\" message=\"" + fail.size() + " "
                            + Xml.escape(c.title()) + " finding(s)\">");
                    for (Finding f : fail) {
                        out.write(Xml.escape(line(f)) + "\n");
                    }
                    out.write("</failure>\n");
                }
                List<Finding> other = p.findings().stream().filter(f -> f.check().equals(c.id()))
                        .filter(f -> !fail.contains(f)).toList();
                if (!other.isEmpty()) {
                    out.write("      <system-out>");
                    for (Finding f : other) {
                        out.write(Xml.escape(line(f)) + "\n");
                    }
                    out.write("</system-out>\n");
                }
                out.write("    </testcase>\n");
            }
            out.write("  </testsuite>\n");
        }
        out.write("</testsuites>\n");
    }

    private static List<Finding> failing(PairResult p, CheckDescriptor c, Severity failOn) {
        if (failOn == null) {
            return List.of();
        }
        return p.findings().stream().filter(f -> f.check().equals(c.id()) && f.severity().atLeast(failOn)).toList();
    }

    static String line(Finding f) {
        int line = f.target() != null && f.target().line() > 0 ? f.target().line()
                : f.source() != null ? f.source().line() : 0;
        return f.severity().label() + (line > 0 ? " line " + line : "") + ": " + f.message();
    }
}
