package dev.paracheck.model;

import java.util.Objects;

/**
 * One block of a document: a paragraph, heading, list item or table cell, as read.
 *
 * @param index 0-based position in the document
 * @param text the block's text, whitespace collapsed
 * @param line 1-based line where the block starts in the file, or 0 when the format has no lines
 * @param page 1-based page (PDF, slides), or 0 when the format has no pages
 * @param kind the block's element, e.g. {@code p}, {@code h2}, {@code li}, {@code td}
 */
public record Paragraph(int index, String text, int line, int page, String kind) {
    /** The kind of a line of metadata in a text file: front matter, a link definition, template tags. */
    public static final String META = "meta";
    /** The kind of code: HTML {@code <pre>}, a line of a Markdown code block. */
    public static final String CODE = "pre";

    /**
     * False for code and metadata: the structural checks align them like everything else, the content checks
     * (untranslated, language, numbers, names, grammar, terms …) leave them alone.
     */
    public boolean isProse() {
        return !kind.equals(CODE) && !kind.equals(META);
    }

    /** Whether the block is a heading, {@code h1} to {@code h6}. */
    public boolean isHeading() {
        return kind.length() == 2 && kind.charAt(0) == 'h' && kind.charAt(1) >= '1' && kind.charAt(1) <= '6';
    }

    public Paragraph {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if (index < 0 || line < 0 || page < 0) {
            throw new IllegalArgumentException("negative position in paragraph " + index);
        }
    }
}
