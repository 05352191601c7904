package dev.paracheck.beam;

import java.util.Objects;

/**
 * One row of the manifest: a pair to check, its documents given by location (a path or URI that Beam's
 * {@code FileSystems} reads) or inline. Immutable.
 *
 * @param manifest the manifest file it was read from
 * @param line its 1-based line in the manifest (CSV: the record's line)
 * @param id the pair's id, unique in the run
 * @param source the source document's location, or null when {@code sourceText} is given
 * @param target the target document's location, or null when {@code targetText} is given
 * @param sourceLang ISO 639-1 code of the source, or null (the option's, else detected)
 * @param targetLang ISO 639-1 code of the target, or null (the option's, else detected)
 * @param sourceText the source text itself, or null
 * @param targetText the target text itself, or null
 * @param group the document set the pair belongs to (a site, a product, a customer), within which term drift is
 *        judged across pairs; null for the whole language pair
 */
public record PairRow(String manifest, long line, String id, String source, String target, String sourceLang,
                      String targetLang, String sourceText, String targetText, String group) {
    public PairRow {
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(id, "id");
        if ((source == null) == (sourceText == null) || (target == null) == (targetText == null)) {
            throw new IllegalArgumentException("each side needs a location or a text, not both");
        }
    }

    /** Where the row stands, for a problem's message: {@code manifest.jsonl line 7}. */
    public String where() {
        return manifest + " line " + line;
    }
}
