package dev.paracheck.model;

import java.util.List;

/**
 * The alignment of two documents at both levels. Links are ordered by their first source unit
 * (links without source units stand where their target units fall in order). Immutable.
 *
 * @param paragraphs paragraph links
 * @param sentences sentence links, covering every sentence of both sides exactly once
 * @param stats document-level evidence of parallelism
 * @param loose sentences inside multi-sentence links that their link's other side does not appear to translate
 */
public record Alignment(List<Link> paragraphs, List<Link> sentences, AlignmentStats stats, List<LooseSentence> loose) {
    public Alignment {
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
        java.util.Objects.requireNonNull(stats, "stats");
        loose = List.copyOf(loose);
    }

    /** An alignment with no loose sentences. */
    public Alignment(List<Link> paragraphs, List<Link> sentences, AlignmentStats stats) {
        this(paragraphs, sentences, stats, List.of());
    }

    /** Mean score of the sentence links that pair something with something, or 0 without any. */
    public double meanScore() {
        return sentences.stream().filter(l -> !l.isOmission() && !l.isAddition())
                .mapToDouble(Link::score).average().orElse(0);
    }
}
