package dev.paracheck.model;

/**
 * How far a source has moved on since its translation was made. Immutable.
 *
 * @param before        where the before-version came from: {@code git 1a2b3c4} (the commit), or the file given
 * @param commitsBehind commits that changed the source since that version; -1 when unknown (a file was given)
 * @param daysBehind    days from that version to the source's last change; -1 when unknown
 */
public record Staleness(String before, int commitsBehind, long daysBehind) {
    public Staleness {
        java.util.Objects.requireNonNull(before, "before");
    }
}
