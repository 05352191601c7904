package dev.paracheck.check.terminology;

import dev.paracheck.internal.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.Language;
import org.languagetool.Languages;

/**
 * Words and their lemmas through LanguageTool's tokenizer and tagger ("Parteikomitees" → "parteikomitee"),
 * lower-cased; for a language LanguageTool lacks, the lower-cased word itself. Thread-safe: taggers are used
 * under a lock per language.
 */
final class Lemmatizer {
    /** One word of a text: its lower-cased surface form and its possible lemmas. */
    record Word(String form, Set<String> lemmas) {
    }

    private final Language language;

    Lemmatizer(String lang) {
        this.language = Languages.isLanguageSupported(lang) ? Languages.getLanguageForShortCode(lang) : null;
    }

    List<Word> words(String text) {
        List<String> tokens = new ArrayList<>();
        if (language == null) {
            for (String t : text.split("[^\\p{L}\\p{N}]+")) {
                if (!t.isEmpty()) {
                    tokens.add(t);
                }
            }
            return tokens.stream().map(t -> new Word(Text.lower(t), Set.of(Text.lower(t)))).toList();
        }
        for (String t : language.getWordTokenizer().tokenize(text)) {
            if (!t.isBlank() && t.codePoints().anyMatch(Character::isLetterOrDigit)) {
                tokens.add(t);
            }
        }
        // capitalised adjectives in names ("Ständigen Ausschusses") are only known to the tagger in lower case
        List<String> lower = tokens.stream().map(Text::lower).toList();
        List<AnalyzedTokenReadings> tagged;
        List<AnalyzedTokenReadings> taggedLower;
        try {
            synchronized (language) {
                tagged = language.getTagger().tag(tokens);
                taggedLower = language.getTagger().tag(lower);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("LanguageTool's tagger failed", e);
        }
        List<Word> out = new ArrayList<>(tagged.size());
        for (int i = 0; i < tagged.size(); i++) {
            Set<String> lemmas = new HashSet<>();
            String form = lower.get(i);
            lemmas.add(form);
            addLemmas(tagged.get(i), lemmas);
            addLemmas(taggedLower.get(i), lemmas);
            out.add(new Word(form, lemmas));
        }
        return out;
    }

    private static void addLemmas(AnalyzedTokenReadings readings, Set<String> lemmas) {
        for (AnalyzedToken t : readings) {
            if (t.getLemma() != null) {
                lemmas.add(Text.lower(t.getLemma()));
            }
        }
    }
}
