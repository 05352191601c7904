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
        for (String s : withinCodeSpansJoined(paragraph, raw)) {
            String t = s.strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * The pieces, with a cut inside an inline code span undone: the rules cut at a full stop and a space, which
     * code has too (`` `cp -r docs/. public` ``). A cut is inside a span when an odd number of backticks stands
     * before it, counted only where the paragraph has an even number in all (a lone backtick in prose would
     * otherwise join every sentence after it), and the span closes within {@link #MAX_SPAN_TAIL} characters of
     * the next piece.
     */
    static List<String> withinCodeSpansJoined(String paragraph, List<String> pieces) {
        if (pieces.size() < 2 || paragraph.indexOf('`') < 0 || ticks(paragraph) % 2 != 0) {
            return pieces;
        }
        List<String> out = new ArrayList<>(pieces.size());
        StringBuilder open = null;
        int before = 0;
        for (int k = 0; k < pieces.size(); k++) {
            String piece = pieces.get(k);
            before += ticks(piece);
            if (open != null) {
                open.append(piece);
            } else {
                open = new StringBuilder(piece);
            }
            // a span goes on into the next piece only if it closes soon there: a backtick missing or doubled
            // elsewhere ("Die `save()-Methode prüft …") would otherwise make sentences of prose one "span"
            if (before % 2 != 0 && k + 1 < pieces.size()) {
                int close = pieces.get(k + 1).indexOf('`');
                if (close >= 0 && close <= MAX_SPAN_TAIL) {
                    continue;
                }
                before = 0;
            }
            out.add(open.toString());
            open = null;
        }
        if (open != null) {
            out.add(open.toString());
        }
        return out;
    }

    /** The most characters of a code span cut off by a sentence's end that the next piece may hold. */
    static final int MAX_SPAN_TAIL = 40;

    private static int ticks(String s) {
        int n = 0;
        for (int k = s.indexOf('`'); k >= 0; k = s.indexOf('`', k + 1)) {
            n++;
        }
        return n;
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
