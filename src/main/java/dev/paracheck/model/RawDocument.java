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
 */
public record RawDocument(Path path, String mediaType, List<Paragraph> paragraphs) {
    public RawDocument {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(mediaType, "mediaType");
        paragraphs = List.copyOf(paragraphs);
    }
}
