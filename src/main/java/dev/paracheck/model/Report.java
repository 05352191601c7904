package dev.paracheck.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The finished result of one run, which every writer renders. Immutable.
 *
 * @param toolVersion paracheck's version
 * @param pairs the checked pairs
 * @param checks descriptors of the checks that ran
 * @param failOn the severity at and above which findings fail the run, or null for never
 * @param problems files that could not be checked (directory mode), which fail the run like errors
 * @param roots the directories given, for the report of a whole tree (directory mode): its documents are then
 *        named by their paths relative to them ({@link #name}); null otherwise
 */
public record Report(String toolVersion, List<PairResult> pairs, List<CheckDescriptor> checks, Severity failOn,
                     List<Problem> problems, Roots roots) {
    /**
     * The directories a tree was checked in, as given on the command line.
     *
     * @param source the source directory; null for a tree of targets checked without their sources
     * @param target the target directory
     */
    public record Roots(Path source, Path target) {
        public Roots {
            Objects.requireNonNull(target, "target");
        }
    }

    public Report(String toolVersion, List<PairResult> pairs, List<CheckDescriptor> checks) {
        this(toolVersion, pairs, checks, Severity.ERROR, List.of());
    }

    public Report(String toolVersion, List<PairResult> pairs, List<CheckDescriptor> checks, Severity failOn) {
        this(toolVersion, pairs, checks, failOn, List.of());
    }

    public Report(String toolVersion, List<PairResult> pairs, List<CheckDescriptor> checks, Severity failOn,
                  List<Problem> problems) {
        this(toolVersion, pairs, checks, failOn, problems, null);
    }

    public Report {
        Objects.requireNonNull(toolVersion, "toolVersion");
        pairs = List.copyOf(pairs);
        checks = List.copyOf(checks);
        problems = List.copyOf(problems);
    }

    /** The same report, of the tree checked in {@code directories}. */
    public Report withRoots(Roots directories) {
        return new Report(toolVersion, pairs, checks, failOn, problems, directories);
    }

    /** The same report with other results for its pairs (a baseline's findings taken out). */
    public Report withPairs(List<PairResult> results) {
        return new Report(toolVersion, results, checks, failOn, problems, roots);
    }

    /**
     * The same report for one of its pairs (per-pair files in directory mode), which names its documents by the
     * paths they were read from.
     */
    public Report only(PairResult pair) {
        return new Report(toolVersion, List.of(pair), checks, failOn, List.of());
    }

    /** True for the report of a whole tree, whose documents are named relative to its {@link #roots}. */
    public boolean isTree() {
        return roots != null;
    }

    /**
     * How this report names a document: in the report of a tree, by its path relative to the directory given
     * ({@code guide/install/index.md}, the roots being stated once); else by the path it was read from.
     */
    public String name(Document d) {
        return roots != null && d.relative() != null ? d.relativeName() : d.path().toString();
    }

    /** Number of findings of the given severity over all pairs. */
    public long count(Severity severity) {
        return pairs.stream().mapToLong(p -> p.count(severity)).sum();
    }

    /** True when some finding is at least as serious as {@code threshold}, or a file could not be checked. */
    public boolean hasFindingsAtLeast(Severity threshold) {
        return !problems.isEmpty()
                || pairs.stream().flatMap(p -> p.findings().stream()).anyMatch(f -> f.severity().atLeast(threshold));
    }
}
