package dev.paracheck.report;

import dev.paracheck.model.Finding;
import dev.paracheck.model.PairResult;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the directory index and the JSON report say about a pair as a whole: whether it is parallel at all, whether
 * its source has moved on since the translation, and how much of the source changed.
 */
final class PairStatus {
    static final String NOT_PARALLEL = "not-parallel";
    static final String OUTDATED = "outdated";
    static final String MISSING_NEW = "missing-new";
    static final String OBSOLETE = "obsolete";
    private static final Set<String> STALE = Set.of(OUTDATED, MISSING_NEW, OBSOLETE);

    private PairStatus() {
    }

    /** True when a {@code not-parallel} finding (any severity) says the two are no translation of each other. */
    static boolean notParallel(PairResult pair) {
        return pair.findings().stream().anyMatch(f -> f.check().equals(NOT_PARALLEL));
    }

    /** True when the pair has an {@code outdated}, {@code missing-new} or {@code obsolete} finding. */
    static boolean stale(PairResult pair) {
        return pair.findings().stream().anyMatch(f -> STALE.contains(f.check()));
    }

    /** Number of findings of check {@code check}. */
    static long count(PairResult pair, String check) {
        return pair.findings().stream().filter(f -> f.check().equals(check)).count();
    }

    /**
     * The share of the source's sentences that changed or were added since the translation: the distinct source
     * sentences named by {@code outdated} and {@code missing-new} findings over all source sentences, in [0, 1].
     * Null when the pair was not checked against a before-version ({@link PairResult#staleness()} is null) or has
     * no source.
     */
    static Double sourceChanged(PairResult pair) {
        if (pair.staleness() == null || !pair.hasSource()) {
            return null;
        }
        int total = pair.source().sentences().size();
        return total == 0 ? 0.0 : (double) changedSentences(pair) / total;
    }

    /** The number of distinct source sentences named by {@code outdated} and {@code missing-new} findings. */
    static int changedSentences(PairResult pair) {
        if (!pair.hasSource()) {
            return 0;
        }
        int total = pair.source().sentences().size();
        Set<Integer> changed = new TreeSet<>();
        for (Finding f : pair.findings()) {
            if ((f.check().equals(OUTDATED) || f.check().equals(MISSING_NEW)) && f.source() != null) {
                f.source().sentences().stream().filter(s -> s >= 0 && s < total).forEach(changed::add);
            }
        }
        return changed.size();
    }

    /** Findings per check, the most frequent first (ties by check id). */
    static Map<String, Long> byCheck(PairResult pair) {
        Map<String, Long> counts = new TreeMap<>();
        pair.findings().forEach(f -> counts.merge(f.check(), 1L, Long::sum));
        List<Map.Entry<String, Long>> entries = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .toList();
        Map<String, Long> out = new LinkedHashMap<>();
        entries.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
