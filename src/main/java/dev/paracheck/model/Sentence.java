package dev.paracheck.model;

import java.util.Objects;

/**
 * One sentence of a segmented document.
 *
 * @param index 0-based position among all sentences of the document (the index used in every report)
 * @param paragraph index of the paragraph holding it
 * @param text the sentence as segmented, trimmed
 * @param line 1-based line of the file where it stands (its paragraph's line when unknown), or 0
 */
public record Sentence(int index, int paragraph, String text, int line) {
    public Sentence {
        Objects.requireNonNull(text, "text");
        if (index < 0 || paragraph < 0 || line < 0) {
            throw new IllegalArgumentException("negative position in sentence " + index);
        }
    }
}
