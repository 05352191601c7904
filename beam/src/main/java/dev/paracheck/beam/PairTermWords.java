package dev.paracheck.beam;

import dev.paracheck.check.terminology.PairWords;
import java.util.Objects;

/**
 * One pair's words for the corpus term-drift check, with the pair's id. Immutable.
 *
 * @param id the pair's id
 * @param words its links' words, labelled with the id (term-drift messages name each use by it)
 */
public record PairTermWords(String id, PairWords words) {
    public PairTermWords {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(words, "words");
    }
}
