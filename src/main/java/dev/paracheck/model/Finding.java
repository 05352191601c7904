package dev.paracheck.model;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
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
 * @param spans the stretches of the location texts the finding is about (the number, the name, the term), in
 *        {@link Span#ORDER}, each within the text of its side's location; empty when the finding names none
 * @param suggestions what the text could say instead (the glossary's approved renderings, the source's number),
 *        without duplicates; empty when there is no suggestion
 * @param diff for a finding about a changed text (two translations of one sentence, a source changed since the
 *        translation), the word diff from the earlier text to the later, as {@link DiffOp}s; else empty. The
 *        check's documentation says which texts it compares.
 */
public record Finding(String check, Severity severity, String message, Location source, Location target,
                      TermVariants terms, List<Span> spans, List<String> suggestions, List<DiffOp> diff) {

    /** A finding that carries no typed data beside its message. */
    public Finding(String check, Severity severity, String message, Location source, Location target) {
        this(check, severity, message, source, target, null);
    }

    /** A finding that carries, beside its message, at most term data. */
    public Finding(String check, Severity severity, String message, Location source, Location target,
                   TermVariants terms) {
        this(check, severity, message, source, target, terms, List.of(), List.of(), List.of());
    }

    /** This finding at another severity. */
    public Finding withSeverity(Severity newSeverity) {
        return new Finding(check, newSeverity, message, source, target, terms, spans, suggestions, diff);
    }

    /** This finding with {@code newSpans} (in any order, duplicates dropped) in place of its spans. */
    public Finding withSpans(List<Span> newSpans) {
        return new Finding(check, severity, message, source, target, terms, newSpans, suggestions, diff);
    }

    /** This finding with {@code newSuggestions} (duplicates dropped) in place of its suggestions. */
    public Finding withSuggestions(List<String> newSuggestions) {
        return new Finding(check, severity, message, source, target, terms, spans, newSuggestions, diff);
    }

    /** This finding with the word diff {@code newDiff} in place of its diff. */
    public Finding withDiff(List<DiffOp> newDiff) {
        return new Finding(check, severity, message, source, target, terms, spans, suggestions, newDiff);
    }

    /** The location on {@code side}: {@link #source} or {@link #target}, either may be null. */
    public Location location(Span.Side side) {
        return side == Span.Side.SOURCE ? source : target;
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
        spans = List.copyOf(spans).stream().distinct().sorted(Span.ORDER).toList();
        for (Span s : spans) {
            Location at = s.side() == Span.Side.SOURCE ? source : target;
            if (at == null || s.end() > at.text().length()) {
                throw new IllegalArgumentException("span " + s + " outside the " + s.side().label() + " text of a "
                        + check + " finding");
            }
        }
        suggestions = List.copyOf(suggestions).stream().distinct().toList();
        if (suggestions.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("a blank suggestion in a " + check + " finding");
        }
        diff = List.copyOf(diff);
    }

    private static int firstSentence(Location loc) {
        return loc == null || loc.sentences().isEmpty() ? -1 : loc.sentences().get(0);
    }
}
