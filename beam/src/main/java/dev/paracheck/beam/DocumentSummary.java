package dev.paracheck.beam;

import dev.paracheck.model.Document;
import java.util.Objects;

/**
 * What the outputs tell of one document of a checked pair. Immutable.
 *
 * @param location where it was read from, as the manifest gives it; for a text given inline,
 *        {@code ID (source_text)} or {@code ID (target_text)}
 * @param lang its language, ISO 639-1
 * @param paragraphs how many paragraphs it has
 * @param sentences how many sentences it has
 */
public record DocumentSummary(String location, String lang, int paragraphs, int sentences) {
    public DocumentSummary {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(lang, "lang");
    }

    static DocumentSummary of(String location, Document d) {
        return new DocumentSummary(location, d.lang(), d.paragraphs().size(), d.sentences().size());
    }
}
