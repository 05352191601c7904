package dev.paracheck.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything paracheck found out about one document pair. Immutable.
 *
 * @param source the segmented source document
 * @param target the segmented target document
 * @param alignment how they align
 * @param findings the findings, in document order ({@link Finding#documentOrder})
 */
public record PairResult(Document source, Document target, Alignment alignment, List<Finding> findings) {
    public PairResult {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(alignment, "alignment");
        findings = findings.stream().sorted(Finding.documentOrder(alignment)).toList();
    }

    /** Number of findings of the given severity. */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
