package dev.paracheck.beam;

import java.util.Objects;

/**
 * Something the run could not check: a manifest row it could not read, a document it could not read, a pair that
 * took too long. Not a finding; the other pairs are checked all the same. Immutable.
 *
 * @param pair the pair's id, or null when the row had none (or could not be read at all)
 * @param where the manifest row ({@code manifest.jsonl line 7}) or the document concerned
 * @param message what is wrong, one line
 */
public record PairProblem(String pair, String where, String message) {
    public PairProblem {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(message, "message");
    }
}
