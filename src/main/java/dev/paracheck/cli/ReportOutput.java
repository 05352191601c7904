package dev.paracheck.cli;

import dev.paracheck.internal.InputException;
import dev.paracheck.internal.StageTimes;
import dev.paracheck.model.PairResult;
import dev.paracheck.model.Report;
import dev.paracheck.report.ConsoleReporter;
import dev.paracheck.report.HtmlReporter;
import dev.paracheck.report.IndexPage;
import dev.paracheck.report.LadderReporter;
import dev.paracheck.report.ReportFiles;
import dev.paracheck.report.ReportPaths;
import dev.paracheck.report.Reporter;
import dev.paracheck.report.Reporters;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sends a finished report where the options say: the console format to standard output, the others to files in
 * {@code --output-dir} (or, with {@code --output-dir -}, to standard output, the console format then going to
 * standard error so that {@code | jq} still works).
 */
final class ReportOutput {
    private ReportOutput() {
    }

    /** Fails early, before any work, on an unknown format or an output directory that is a file. */
    static List<Reporter> validate(PairOptionsMixin options) {
        List<Reporter> reporters = Reporters.parse(options.formats);
        if (!isStdout(options.outputDir)) {
            Path dir = Path.of(options.outputDir);
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw InputException.about(dir, "--output-dir is a file, not a directory");
            }
        }
        return reporters;
    }

    static void emit(Report report, List<Reporter> reporters, PairOptionsMixin options, String baseName,
                     PrintWriter out, PrintWriter err) {
        boolean toStdout = isStdout(options.outputDir);
        List<Reporter> files = reporters.stream().filter(r -> !(r instanceof ConsoleReporter)).toList();
        List<Path> written = List.of();
        if (toStdout) {
            for (Reporter r : files) {
                out.print(ReportFiles.render(r, report));
            }
        } else if (!files.isEmpty()) {
            written = ReportFiles.write(report, files, Path.of(options.outputDir), baseName);
        }
        if (reporters.stream().anyMatch(r -> r instanceof ConsoleReporter)) {
            PrintWriter console = toStdout ? err : out;
            console.print(ReportFiles.render(new ConsoleReporter(), report));
            for (Path p : written) {
                console.println("wrote " + p);
            }
        } else {
            sayWritten(report, written, err);
        }
        out.flush();
        err.flush();
    }

    /**
     * Directory mode: each pair's reports under {@code --output-dir}, mirroring the pair's folder in the source
     * tree (the target's for a target checked alone), plus combined reports {@code paracheck.*} and an
     * {@code index.html} linking the pages.
     */
    static void emitDirectory(Report report, List<Reporter> reporters, PairOptionsMixin options, PrintWriter out,
                              PrintWriter err) {
        List<Reporter> files = reporters.stream().filter(r -> !(r instanceof ConsoleReporter)).toList();
        List<Path> written = List.of();
        if (isStdout(options.outputDir)) {
            for (Reporter r : files) {
                if (!(r instanceof HtmlReporter)) {
                    out.print(ReportFiles.render(r, report));
                }
            }
        } else if (!files.isEmpty()) {
            Path root = Path.of(options.outputDir);
            List<String> extensions = files.stream().map(Reporter::extension).toList();
            // the combined outputs: the index page for HTML, paracheck.EXT for the formats that combine
            Map<Reporter, String> combined = new LinkedHashMap<>();
            for (Reporter r : files) {
                if (r instanceof HtmlReporter) {
                    combined.put(r, ReportPaths.INDEX);
                } else if (!(r instanceof LadderReporter)) {
                    combined.put(r, ReportPaths.COMBINED + "." + r.extension());
                }
            }
            List<ReportPaths.Pair> places = new ArrayList<>();
            for (int i = 0; i < report.pairs().size(); i++) {
                var pair = report.pairs().get(i);
                Path parent = (pair.hasSource() ? pair.source() : pair.target()).relative().getParent();
                Path named = pair.hasSource() ? pair.source().path() : pair.target().path();
                places.add(new ReportPaths.Pair(parent == null ? "" : parent.toString(),
                        baseName(pair.hasSource() ? pair.source().path() : null, pair.target().path()),
                        String.valueOf(named.getFileName())));
            }
            List<String> bases = ReportPaths.plan(places, extensions, Set.copyOf(combined.values()));
            // each report is rendered straight into its file, a thread a core: a thousand pairs' pages held in
            // memory at once took the heap to its limit
            List<ReportFiles.Job> jobs = new ArrayList<>();
            Set<Path> paths = new HashSet<>();
            List<String> hrefs = new ArrayList<>();
            for (int i = 0; i < report.pairs().size(); i++) {
                PairResult pair = report.pairs().get(i);
                for (Reporter r : files) {
                    add(jobs, paths, root.resolve(bases.get(i) + "." + r.extension()),
                            w -> r.write(report.only(pair), w));
                }
                hrefs.add(bases.get(i) + ".html");
            }
            combined.forEach((r, name) -> add(jobs, paths, root.resolve(name), r instanceof HtmlReporter
                    ? w -> w.write(IndexPage.render(report, hrefs)) : w -> r.write(report, w)));
            written = ReportFiles.writeAll(jobs, root, Runtime.getRuntime().availableProcessors());
        }
        if (reporters.stream().noneMatch(r -> r instanceof ConsoleReporter)) {
            sayWritten(report, written, err);
        } else {
            PrintWriter console = isStdout(options.outputDir) ? err : out;
            console.print(ReportFiles.render(new ConsoleReporter(), report));
            if (!written.isEmpty()) {
                console.println("wrote " + written.size() + " reports under " + options.outputDir
                        + (files.stream().anyMatch(r -> r instanceof HtmlReporter) ? " (start at "
                        + Path.of(options.outputDir).resolve("index.html") + ")" : ""));
            }
        }
        out.flush();
        err.flush();
    }

    /**
     * Without the console format standard output stays the reports' (or empty): where they went, and the console's
     * summary line (what the exit code is about), on {@code err}.
     */
    private static void sayWritten(Report report, List<Path> written, PrintWriter err) {
        for (Path p : written) {
            err.println("paracheck: wrote " + p);
        }
        if (!report.checks().isEmpty()) { // align runs none: nothing to sum up
            err.println("paracheck: " + ConsoleReporter.summary(report));
        }
    }

    /** Adds one output; two outputs of a run at one path would lose a report, which {@link ReportPaths} rules out. */
    private static void add(List<ReportFiles.Job> jobs, Set<Path> paths, Path path, ReportFiles.Content content) {
        if (!paths.add(path)) {
            throw new IllegalStateException("two reports of one run at " + path);
        }
        jobs.add(new ReportFiles.Job(path, content));
    }

    /**
     * The {@code --verbose} timing line, when {@code times} is on: each stage's wall-clock time (summed over the
     * pairs in directory mode, where pairs run in parallel, so the sum can exceed the total) and the whole run's.
     */
    static void printTimes(StageTimes times, int pairs, PrintWriter err) {
        if (!times.isOn()) {
            return;
        }
        String total = String.format(java.util.Locale.ROOT, "%.2f s", times.elapsedSeconds());
        String stages = times.summary();
        err.println("paracheck: time: " + (stages.isEmpty() ? "" : stages + (pairs > 1 ? " (summed over " + pairs
                + " pairs)" : "") + "; ") + "total " + total);
        err.flush();
    }

    /**
     * The base name of a pair's reports: {@code article.en-de} for {@code article.en.txt} and
     * {@code article.de.docx}, else {@code SOURCESTEM__TARGETSTEM}; for a target read alone (no source), its stem.
     */
    static String baseName(Path source, Path target) {
        if (source == null) {
            return stem(target);
        }
        String s = stem(source);
        String t = stem(target);
        int ds = s.lastIndexOf('.');
        int dt = t.lastIndexOf('.');
        if (ds > 0 && dt > 0 && s.substring(0, ds).equals(t.substring(0, dt))) {
            return s.substring(0, ds) + "." + s.substring(ds + 1) + "-" + t.substring(dt + 1);
        }
        return s.equals(t) ? s : s + "__" + t;
    }

    private static String stem(Path p) {
        Path name = p.getFileName();
        String n = name == null ? "document" : name.toString();
        int dot = n.lastIndexOf('.');
        String stem = dot > 0 ? n.substring(0, dot) : n;
        return ReportPaths.sanitize(stem);
    }

    private static boolean isStdout(String dir) {
        return "-".equals(dir);
    }
}
