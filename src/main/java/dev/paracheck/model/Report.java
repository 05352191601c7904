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
 */
public record Report(String toolVersion, List<PairResult> pairs, List<CheckDescriptor> checks, Severity failOn) {
    public Report(String toolVersion, List<PairResult> pairs, List<CheckDescriptor> checks) {
        this(toolVersion, pairs, checks, Severity.ERROR);
    }

    public Report {
        Objects.requireNonNull(toolVersion, "toolVersion");
        pairs = List.copyOf(pairs);
        checks = List.copyOf(checks);
    }

    /** Number of findings of the given severity over all pairs. */
    public long count(Severity severity) {
        return pairs.stream().mapToLong(p -> p.count(severity)).sum();
    }

    /** True when some finding is at least as serious as {@code threshold}. */
    public boolean hasFindingsAtLeast(Severity threshold) {
        return pairs.stream().flatMap(p -> p.findings().stream()).anyMatch(f -> f.severity().atLeast(threshold));
    }
}
