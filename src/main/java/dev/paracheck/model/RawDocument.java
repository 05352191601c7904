package dev.paracheck.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A document as read from disk, before segmentation.
 *
 * @param path the file it was read from
 * @param mediaType the detected media type, e.g. {@code text/plain}
 * @param paragraphs its blocks, in reading order
 * @param producer what made the file, as its own metadata names it (a PDF's producer and creator tool:
 *        "pdfTeX-1.40.25 LaTeX with hyperref"), or "" when it names nothing
 */
public record RawDocument(Path path, String mediaType, List<Paragraph> paragraphs, String producer) {
    public RawDocument {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(producer, "producer");
        paragraphs = List.copyOf(paragraphs);
    }

    /** A document whose file names no producer. */
    public RawDocument(Path path, String mediaType, List<Paragraph> paragraphs) {
        this(path, mediaType, paragraphs, "");
    }
}
