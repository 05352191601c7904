package dev.paracheck.report;

import dev.paracheck.model.PairResult;
import dev.paracheck.model.Report;
import dev.paracheck.model.Severity;
import java.util.Arrays;
import java.util.List;

/**
 * A label and how many things it counts, as the HTML pages show it: a severity's badge or filter, a check's filter, a
 * check's count in the directory index. Immutable.
 *
 * @param label a severity's label or a check id
 * @param n how many
 */
record Count(String label, long n) {
    /** The findings of {@code pair} per severity, the most serious first. */
    static List<Count> bySeverity(PairResult pair) {
        return Arrays.stream(Severity.values()).map(s -> new Count(s.label(), pair.count(s))).toList();
    }

    /** The findings of {@code report} per severity, the most serious first. */
    static List<Count> bySeverity(Report report) {
        return Arrays.stream(Severity.values()).map(s -> new Count(s.label(), report.count(s))).toList();
    }
}
