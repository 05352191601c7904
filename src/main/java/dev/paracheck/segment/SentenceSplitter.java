package dev.paracheck.segment;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.tokenizers.SentenceTokenizer;

/**
 * Splits one paragraph into sentences: LanguageTool's SRX rules for the languages it has (abbreviations,
 * ordinals such as German "14. Juli", quotes), the JDK's {@link BreakIterator} for the others (e.g. Vietnamese).
 *
 * <p>Thread-safe: LanguageTool's tokenizers are created per language and used under a lock.
 */
public final class SentenceSplitter {
    private final Map<String, SentenceTokenizer> tokenizers = new ConcurrentHashMap<>();

    /** True when LanguageTool has sentence rules for {@code lang} (ISO 639-1). */
    public static boolean hasRules(String lang) {
        return Languages.isLanguageSupported(lang);
    }

    /** The sentences of {@code paragraph}, trimmed, without empty ones. */
    public List<String> split(String paragraph, String lang) {
        List<String> raw;
        if (hasRules(lang)) {
            SentenceTokenizer tokenizer = tokenizers.computeIfAbsent(lang, SentenceSplitter::newTokenizer);
            synchronized (tokenizer) {
                raw = tokenizer.tokenize(paragraph);
            }
        } else {
            raw = breakIterator(paragraph, Locale.forLanguageTag(lang));
        }
        List<String> out = new ArrayList<>(raw.size());
        for (String s : raw) {
            String t = s.strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static SentenceTokenizer newTokenizer(String lang) {
        Language language = Languages.getLanguageForShortCode(lang);
        SentenceTokenizer tokenizer = language.getSentenceTokenizer();
        tokenizer.setSingleLineBreaksMarksParagraph(true);
        return tokenizer;
    }

    private static List<String> breakIterator(String text, Locale locale) {
        BreakIterator it = BreakIterator.getSentenceInstance(locale);
        it.setText(text);
        List<String> out = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            out.add(text.substring(start, end));
        }
        return out;
    }
}
