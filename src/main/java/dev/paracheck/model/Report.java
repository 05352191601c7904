package dev.paracheck.model;

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
 */
public record Report(String toolVersion, List<PairResult> pairs, List<CheckDescriptor> checks, Severity failOn,
                     List<Problem> problems) {
    public Report(String toolVersion, List<PairResult> pairs, List<CheckDescriptor> checks) {
        this(toolVersion, pairs, checks, Severity.ERROR, List.of());
    }

    public Report(String toolVersion, List<PairResult> pairs, List<CheckDescriptor> checks, Severity failOn) {
        this(toolVersion, pairs, checks, failOn, List.of());
    }

    public Report {
        Objects.requireNonNull(toolVersion, "toolVersion");
        pairs = List.copyOf(pairs);
        checks = List.copyOf(checks);
        problems = List.copyOf(problems);
    }

    /** The same report for one of its pairs (per-pair files in directory mode). */
    public Report only(PairResult pair) {
        return new Report(toolVersion, List.of(pair), checks, failOn, List.of());
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
