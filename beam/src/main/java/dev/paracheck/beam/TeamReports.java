package dev.paracheck.beam;

import dev.paracheck.model.PairResult;
import dev.paracheck.model.Problem;
import dev.paracheck.model.Report;
import dev.paracheck.model.Severity;
import dev.paracheck.report.JUnitReporter;
import dev.paracheck.report.MarkdownReporter;
import dev.paracheck.report.Reporter;
import dev.paracheck.report.SarifReporter;
import java.io.IOException;
import java.io.Serializable;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;

/**
 * The combined reports of a team's run — SARIF for code scanning, JUnit XML for the test tab, Markdown for the
 * pull request — written by the CLI's own writers over every pair, as {@code paracheck.sarif},
 * {@code paracheck.junit.xml} and {@code paracheck.md} in the output directory. Pairs are in the order of their
 * ids.
 *
 * @param formats the formats to write: {@code sarif}, {@code junit}, {@code md}
 * @param failOn the severity at which a JUnit case fails, or null for never
 * @param settings the checks that ran
 * @param version paracheck's version
 */
record TeamReports(List<String> formats, Severity failOn, CheckSettings settings, String version)
        implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<String, Reporter> WRITERS = Map.of("sarif", new SarifReporter(), "junit",
            new JUnitReporter(), "md", new MarkdownReporter());

    TeamReports {
        formats = new ArrayList<>(formats);
        for (String f : formats) {
            if (!WRITERS.containsKey(f)) {
                throw new IllegalArgumentException("--reports: unknown format '" + f + "' (known: sarif, junit, md)");
            }
        }
    }

    /** Writes the reports of {@code pairs} and {@code problems} under {@code outputDir}. */
    void write(List<PairOutcome> pairs, List<PairProblem> problems, String outputDir) throws IOException {
        List<PairResult> results = pairs.stream().sorted(Comparator.comparing(PairOutcome::id))
                .map(PairOutcome::toResult).toList();
        List<Problem> unchecked = problems.stream()
                .sorted(Comparator.comparing(PairProblem::where).thenComparing(PairProblem::message))
                .map(p -> new Problem(Path.of(p.where()), p.message())).toList();
        Report report = new Report(version, results, settings.selection().enabledDescriptors(), failOn, unchecked);
        ResourceId dir = FileSystems.matchNewResource(outputDir, true);
        for (String format : formats) {
            Reporter writer = WRITERS.get(format);
            ResourceId file = dir.resolve("paracheck." + writer.extension(), ResolveOptions.StandardResolveOptions.RESOLVE_FILE);
            try (Writer out = Channels.newWriter(FileSystems.create(file, "text/plain"), StandardCharsets.UTF_8)) {
                writer.write(report, out);
            }
        }
    }
}
