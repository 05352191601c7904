package dev.paracheck.report;

import dev.paracheck.model.Document;

/**
 * One document of a review page's section, as its table of languages and sizes shows it (template {@code meta}).
 * Immutable.
 *
 * @param side {@code source} or {@code target}
 * @param lang the document's language
 * @param paragraphs its number of paragraphs
 * @param sentences its number of sentences
 */
record MetaRow(String side, String lang, int paragraphs, int sentences) {
    static MetaRow of(String side, Document d) {
        return new MetaRow(side, d.lang(), d.paragraphs().size(), d.sentences().size());
    }
}
