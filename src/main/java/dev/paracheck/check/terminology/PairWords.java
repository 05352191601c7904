package dev.paracheck.check.terminology;

import dev.paracheck.model.Location;
import java.util.List;
import java.util.Objects;

/**
 * What term inference reads of one aligned pair: the words of its links, tokenised and tagged
 * ({@link TermInference#words}). Kept apart from the documents so that a run which checks pairs in different
 * places (a distributed one) can take each pair's words where it checks the pair and infer the term table of many
 * pairs elsewhere ({@link TermInference#inferFromWords}, {@link TermDriftCheck#runOnWords}). Immutable.
 *
 * @param label how the pair's source is named among several pairs ({@code Document#label}), in term-drift messages
 * @param links its links that pair text with text, boilerplate and code aside, in order
 */
public record PairWords(String label, List<Link> links) {
    public PairWords {
        Objects.requireNonNull(label, "label");
        links = List.copyOf(links);
    }

    /**
     * One link's two sides and their words.
     *
     * @param source its source side
     * @param target its target side
     * @param sourceTokens the words of the source side's prose, with their places in its text
     * @param targetTokens the words of the target side's prose, with their places in its text
     */
    public record Link(Location source, Location target, List<Lemmatizer.Token> sourceTokens,
                       List<Lemmatizer.Token> targetTokens) {
        public Link {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
            sourceTokens = List.copyOf(sourceTokens);
            targetTokens = List.copyOf(targetTokens);
        }
    }
}
