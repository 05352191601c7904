package dev.paracheck.model;

import java.util.Collections;
import java.util.Comparator;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * One thing a check flags. Immutable; built complete by the check that raises it.
 *
 * @param check the check id of PRODUCT.md, e.g. {@code omission}
 * @param severity how serious it is
 * @param message one sentence that quotes the offending text
 * @param source where it stands in the source document, or null when it concerns the target only
 * @param target where it stands in the target document, or null when it concerns the source only
 * @param terms for a finding about a term's renderings ({@code term-drift}), the term and its renderings as data;
 *        else null
 */
public record Finding(String check, Severity severity, String message, Location source, Location target,
                      TermVariants terms) {

    /** A finding that carries no term data. */
    public Finding(String check, Severity severity, String message, Location source, Location target) {
        this(check, severity, message, source, target, null);
    }

    /**
     * Document order, as a reviewer reads the pair: by place in the source; a finding on the target only (an
     * addition) where its text stands, right after the source sentences translated before it; then by place in
     * the target, check id and message. Findings on neither side come first.
     */
    public static Comparator<Finding> documentOrder(Alignment alignment) {
        TreeMap<Integer, Integer> sourceBefore = new TreeMap<>();
        for (Link l : alignment.sentences()) {
            if (!l.source().isEmpty() && !l.target().isEmpty() && !l.moved()) {
                int t = Collections.min(l.target());
                sourceBefore.merge(t, Collections.max(l.source()), Math::max);
            }
        }
        ToDoubleFunction<Finding> place = f -> {
            if (f.source != null && !f.source.sentences().isEmpty()) {
                return f.source.sentences().get(0);
            }
            if (f.target != null && !f.target.sentences().isEmpty()) {
                var before = sourceBefore.floorEntry(f.target.sentences().get(0));
                return before == null ? -0.5 : before.getValue() + 0.5;
            }
            return -1;
        };
        return Comparator.comparingDouble(place).thenComparingInt(f -> firstSentence(f.target))
                .thenComparing(Finding::check).thenComparing(Finding::message);
    }

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
