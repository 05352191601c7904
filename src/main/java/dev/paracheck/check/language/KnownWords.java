package dev.paracheck.check.language;

import dev.paracheck.internal.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.Language;
import org.languagetool.Languages;

/**
 * How much of a text a language's dictionary knows: the share of its words that LanguageTool's tagger for the
 * language can tag (as written or in lower case). A second opinion on language identification where
 * Optimaize's n-gram statistics fail: on a short paragraph among related languages it calls German Dutch
 * ("Ich werde abwarten müssen, was morgen passiert." nl, p 0.99) and English Norwegian or Afrikaans, while the
 * German and English dictionaries know every word of these; of Vietnamese captions or French lines they know
 * a tenth to a third. Stateless; thread-safe (a language's tagger is used under a lock, as the term check
 * does).
 */
final class KnownWords {
    /** Fewer words than this tell nothing. */
    static final int MIN_WORDS = 3;

    private KnownWords() {
    }

    /**
     * The share of the words of {@code text} (tokens of two letters or more, letters only) known to the dictionary
     * of {@code lang}; empty when LanguageTool has no such language or the text has too few words.
     */
    static OptionalDouble share(String text, String lang) {
        if (lang == null || lang.isEmpty() || !Languages.isLanguageSupported(lang)) {
            return OptionalDouble.empty();
        }
        Language language = Languages.getLanguageForShortCode(lang);
        List<String> words = new ArrayList<>();
        for (String t : language.getWordTokenizer().tokenize(text)) {
            if (t.length() >= 2 && t.codePoints().allMatch(Character::isLetter)) {
                words.add(t);
            }
        }
        if (words.size() < MIN_WORDS) {
            return OptionalDouble.empty();
        }
        List<AnalyzedTokenReadings> asWritten;
        List<AnalyzedTokenReadings> lowerCase;
        try {
            synchronized (language) {
                asWritten = language.getTagger().tag(words);
                lowerCase = language.getTagger().tag(words.stream().map(Text::lower).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("LanguageTool's tagger failed", e);
        }
        int known = 0;
        for (int i = 0; i < words.size(); i++) {
            if (asWritten.get(i).isTagged() || lowerCase.get(i).isTagged()) {
                known++;
            }
        }
        return OptionalDouble.of((double) known / words.size());
    }
}
