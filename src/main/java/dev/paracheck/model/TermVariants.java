package dev.paracheck.model;

import java.util.List;
import java.util.Objects;

/**
 * What a term-drift finding is about, as data: the source term and the ways the translation renders it, so that a
 * report can offer the renderings to choose from without reading the message. Immutable.
 *
 * @param source the source term, as it is most often written in the source
 * @param renderings its renderings as the message names them, the most frequent first; at least two, no blank one
 */
public record TermVariants(String source, List<String> renderings) {
    public TermVariants {
        Objects.requireNonNull(source, "source");
        renderings = List.copyOf(renderings);
        if (source.isBlank() || renderings.size() < 2 || renderings.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("a term and two or more renderings expected: " + source + " "
                    + renderings);
        }
    }
}
