package dev.paracheck.report;

import dev.paracheck.model.Finding;
import dev.paracheck.model.Location;
import dev.paracheck.model.PairResult;
import dev.paracheck.model.Report;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The findings as tab-separated values with a header line, one finding a line, for spreadsheets. Tabs and line
 * breaks inside fields become spaces. Sentence indices are 0-based as in the JSON report. A field without a value
 * is empty: the source columns of a finding on the target only, and all of them, {@code source_file} included,
 * for a target checked without its source. The report of a tree names the files relative to the directories
 * given.
 */
public final class TsvReporter implements Reporter {
    static final String HEADER = "source_file\ttarget_file\tcheck\tseverity\tsource_line\ttarget_line"
            + "\tsource_sentences\ttarget_sentences\tmessage\tsource_text\ttarget_text\n";

    @Override
    public String format() {
        return "tsv";
    }

    @Override
    public String extension() {
        return "tsv";
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        out.write(HEADER);
        for (PairResult p : report.pairs()) {
            for (Finding f : p.findings()) {
                String sourceFile = p.hasSource() ? field(report.name(p.source())) : "";
                out.write(String.join("\t", sourceFile, field(report.name(p.target())),
                        f.check(), f.severity().label(), line(f.source()), line(f.target()), ids(f.source()),
                        ids(f.target()), field(f.message()), text(f.source()), text(f.target())) + "\n");
            }
        }
    }

    private static String line(Location l) {
        return l == null || l.line() == 0 ? "" : String.valueOf(l.line());
    }

    private static String ids(Location l) {
        return l == null ? "" : l.sentences().stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static String text(Location l) {
        return l == null ? "" : field(l.text());
    }

    static String field(String s) {
        return s.replaceAll("[\\t\\r\\n]+", " ");
    }

    static List<String> columns() {
        return List.of(HEADER.strip().split("\t"));
    }
}
