package dev.paracheck.model;

import java.util.List;
import java.util.Objects;

/**
 * Where a finding stands on one side of the pair.
 *
 * @param sentences the sentence indices concerned (may be empty for document-level findings)
 * @param paragraph the paragraph index, or -1 for the whole document
 * @param line 1-based line in the file, or 0 when unknown
 * @param page 1-based page of the paragraph (PDF, slides), or 0 when the format has no pages
 * @param text the full text concerned, as segmented: the sentences joined by one space. {@link Span} offsets
 *        index this text.
 */
public record Location(List<Integer> sentences, int paragraph, int line, int page, String text) {
    public Location {
        sentences = List.copyOf(sentences);
        Objects.requireNonNull(text, "text");
        if (paragraph < -1 || line < 0 || page < 0) {
            throw new IllegalArgumentException("bad location: paragraph " + paragraph + ", line " + line
                    + ", page " + page);
        }
    }

    /** Where a finding about a document as a whole stands: no sentence, no paragraph. */
    public static final Location WHOLE_DOCUMENT = new Location(List.of(), -1, 0, "");

    /** A location in a format without pages. */
    public Location(List<Integer> sentences, int paragraph, int line, String text) {
        this(sentences, paragraph, line, 0, text);
    }

    /** The location of some sentences of a document. */
    public static Location ofSentences(Document doc, List<Integer> sentenceIndices) {
        if (sentenceIndices.isEmpty()) {
            throw new IllegalArgumentException("no sentences");
        }
        Sentence first = doc.sentences().get(sentenceIndices.get(0));
        return new Location(sentenceIndices, first.paragraph(), first.line(),
                doc.paragraphs().get(first.paragraph()).page(), doc.text(sentenceIndices));
    }
}
