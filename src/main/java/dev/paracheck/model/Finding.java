package dev.paracheck.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing a check flags. Immutable; built complete by the check that raises it.
 *
 * @param check the check id of PRODUCT.md, e.g. {@code omission}
 * @param severity how serious it is
 * @param message one sentence that quotes the offending text
 * @param source where it stands in the source document, or null when it concerns the target only
 * @param target where it stands in the target document, or null when it concerns the source only
 */
public record Finding(String check, Severity severity, String message, Location source, Location target) {

    /** A total order: by source position, then target position, then check id and message. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparingInt((Finding f) -> firstSentence(f.source))
            .thenComparingInt(f -> firstSentence(f.target))
            .thenComparing(Finding::check)
            .thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        if (check.isBlank() || message.isBlank()) {
            throw new IllegalArgumentException("a finding needs a check id and a message");
        }
    }

    private static int firstSentence(Location loc) {
        return loc == null || loc.sentences().isEmpty() ? -1 : loc.sentences().get(0);
    }
}
