package dev.paracheck.model;

import java.util.List;
import java.util.Objects;

/**
 * The source terms of a document (or of a batch of documents) and how each is rendered in the aligned
 * translation: what {@code paracheck terms} writes and what {@code term-drift} judges. Immutable.
 *
 * @param terms the terms, most frequent first
 */
public record TermTable(List<Term> terms) {
    public TermTable {
        terms = List.copyOf(terms);
    }

    /**
     * One source term.
     *
     * @param source the term as it is most often written in the source
     * @param occurrences how often it occurs in linked sentences
     * @param renderings how it is rendered, most frequent first; occurrences whose rendering could not be told
     *        apart are in none
     */
    public record Term(String source, int occurrences, List<Rendering> renderings) {
        public Term {
            Objects.requireNonNull(source, "source");
            renderings = List.copyOf(renderings);
        }

        /** True when the term is rendered in two or more ways. */
        public boolean drifts() {
            return renderings.size() >= 2;
        }
    }

    /**
     * One way a term is rendered.
     *
     * @param text the rendering as it is most often written (a lemma or a phrase of lemmas)
     * @param occurrences where it is used
     */
    public record Rendering(String text, List<Occurrence> occurrences) {
        public Rendering {
            Objects.requireNonNull(text, "text");
            occurrences = List.copyOf(occurrences);
        }

        public int count() {
            return occurrences.size();
        }
    }

    /**
     * One use of a rendering: the aligned link it stands in.
     *
     * @param pair index of the document pair (0 for a single pair)
     * @param sourceFile how the source document is named among several ({@link Document#label}): its path
     *        relative to the directory given in directory mode, else its file name
     * @param source the source side of the link
     * @param target the target side of the link
     * @param spans where the term stands in the source text and this rendering in the target text
     *        ({@link Span.Kind#TERM}); empty when not known
     */
    public record Occurrence(int pair, String sourceFile, Location source, Location target, List<Span> spans) {
        public Occurrence {
            Objects.requireNonNull(sourceFile, "sourceFile");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
            spans = List.copyOf(spans);
        }

        /** An occurrence whose place in the texts is not known. */
        public Occurrence(int pair, String sourceFile, Location source, Location target) {
            this(pair, sourceFile, source, target, List.of());
        }

        /**
         * "line 12" (or "sentence 4" when the line is unknown), prefixed by the source file when asked
         * ("guide/index.md line 12").
         */
        public String where(boolean withFile) {
            String at = source.line() > 0 ? "line " + source.line() : "sentence " + (source.sentences().get(0) + 1);
            return withFile ? sourceFile + " " + at : at;
        }
    }
}
