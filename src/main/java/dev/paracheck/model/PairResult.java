package dev.paracheck.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything paracheck found out about one document pair, or about a target checked alone. Immutable.
 *
 * @param source the segmented source document; null for a target checked alone ({@link #targetOnly})
 * @param target the segmented target document
 * @param alignment how they align; without a source, no links
 * @param findings the findings, in document order ({@link Finding#documentOrder}); without a source, none has a
 *        source location
 * @param staleness how far the source has moved on since the translation, when it was checked against a
 *        before-version; else null
 */
public record PairResult(Document source, Document target, Alignment alignment, List<Finding> findings,
                         Staleness staleness) {
    private static final Alignment NONE = new Alignment(List.of(), List.of(), new AlignmentStats(0, 0, 0, false, 0));

    /** A result checked without a before-version of the source. */
    public PairResult(Document source, Document target, Alignment alignment, List<Finding> findings) {
        this(source, target, alignment, findings, null);
    }

    public PairResult {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(alignment, "alignment");
        if (source == null && (!alignment.sentences().isEmpty()
                || findings.stream().anyMatch(f -> f.source() != null))) {
            throw new IllegalArgumentException("a target checked alone has no links and no source locations");
        }
        findings = findings.stream().sorted(Finding.documentOrder(alignment)).toList();
    }

    /** A target checked alone, its source not at hand ({@code paracheck check TARGET}). */
    public static PairResult targetOnly(Document target, List<Finding> findings) {
        return new PairResult(null, target, NONE, findings);
    }

    /** The same result, checked against a before-version as {@code s} tells. */
    public PairResult withStaleness(Staleness s) {
        return new PairResult(source, target, alignment, findings, s);
    }

    /**
     * The same result, its documents found at these paths under the directories given (directory mode);
     * {@code sourceRelative} is ignored for a target checked alone.
     */
    public PairResult withRelative(java.nio.file.Path sourceRelative, java.nio.file.Path targetRelative) {
        return new PairResult(source == null ? null : source.withRelative(sourceRelative),
                target.withRelative(targetRelative), alignment, findings, staleness);
    }

    /** False for a target checked alone. */
    public boolean hasSource() {
        return source != null;
    }

    /** Number of findings of the given severity. */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
