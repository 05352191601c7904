package dev.paracheck.check;

import dev.paracheck.internal.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.Language;
import org.languagetool.Languages;

/**
 * The words of a text through LanguageTool's tokenizer and tagger for one language, each tagged as written and in
 * lower case (a capitalised adjective in a name, "Ständigen Ausschusses", is only known in lower case). Shared by
 * the term checks (lemmas) and language identification (which words a dictionary knows). Thread-safe: a
 * language's tagger is used under a lock on the language.
 */
public final class TaggedWords {
    /** One word: its text, and its readings as written and in lower case. */
    public record Word(String text, AnalyzedTokenReadings asWritten, AnalyzedTokenReadings lowerCase) {
        /** True when the dictionary knows the word, as written or in lower case. */
        public boolean known() {
            return asWritten.isTagged() || lowerCase.isTagged();
        }
    }

    private TaggedWords() {
    }

    /**
     * Two tokens put before a word tagged on its own so that the tagger reads it as within a sentence: the German
     * tagger also gives a capitalised word the readings of its lower case when it is among the first tokens of a
     * list (a sentence may begin with a quotation mark). Measured against tagging in context (Tom Sawyer, German
     * half, 33,431 words): 27 words read otherwise (abbreviations such as "St" after "von", an interjection after a
     * quotation), against 157 with one token and 1,659 with none; English and French words (33,732 and 9,995) read
     * the same with one token or two.
     */
    private static final List<String> WITHIN = List.of("1", "2");

    /**
     * Starts LanguageTool's tagger for {@code lang} on a daemon thread, once a language in a JVM, so that its lazy
     * start (for German: word lists and expansion tables) overlaps what a run does before its first check; a
     * language LanguageTool lacks is ignored. Returns at once. For German, the tagger gets the expansion tables
     * written at build time ({@link GermanTaggerTables}); without them (not built), a second thread starts the
     * synthesizer (its dictionary and word lists, about 0.65 s of a core), which the tagger makes its tables with
     * when it first meets a word its dictionary lacks ("text" among the warm-up's words), so that the two overlap.
     */
    public static void warmUp(String lang) {
        if (lang == null || lang.isEmpty() || !Languages.isLanguageSupported(lang) || !WARMED.add(lang)) {
            return; // once a language a JVM: a directory of a thousand pages starts its taggers once
        }
        Language language = Languages.getLanguageForShortCode(lang);
        daemon("paracheck-warm-up-" + lang, () -> {
            if (lang.equals("de") && !GermanTaggerTables.install()) {
                // not getSynthesizer(): it locks the language, as tagging here does (German's is one shared instance)
                daemon("paracheck-warm-up-synthesizer-" + lang, language::createDefaultSynthesizer);
            }
            of(language, "Text", w -> true);
        });
    }

    private static void daemon(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        t.start();
    }

    /** Languages whose tagger {@link #warmUp} has started. */
    private static final java.util.Set<String> WARMED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** The tokens of {@code text} that {@code keep} accepts, tagged. */
    public static List<Word> of(Language language, String text, Predicate<String> keep) {
        return tag(language, tokens(language, text, keep));
    }

    /** The tokens of {@code text} that {@code keep} accepts. */
    public static List<String> tokens(Language language, String text, Predicate<String> keep) {
        List<String> tokens = new ArrayList<>();
        for (String t : language.getWordTokenizer().tokenize(text)) {
            if (keep.test(t)) {
                tokens.add(t);
            }
        }
        return tokens;
    }

    /**
     * One token tagged on its own, as the first word of a text ({@code first}) or as a word within one: what it
     * is does not depend on the rest of the text but for a few abbreviations, so callers that meet the same words
     * again and again (the term checks, over a book) can keep the result.
     */
    public static Word alone(Language language, String token, boolean first) {
        if (first) {
            return tag(language, List.of(token)).get(0);
        }
        List<String> tokens = new ArrayList<>(WITHIN);
        tokens.add(token);
        return tag(language, tokens).get(WITHIN.size());
    }

    private static List<Word> tag(Language language, List<String> tokens) {
        List<AnalyzedTokenReadings> asWritten;
        List<AnalyzedTokenReadings> lowerCase;
        if (language.getShortCode().equals("de")) {
            GermanTaggerTables.install(); // tries once a JVM; also for callers that never warmed German up
        }
        try {
            synchronized (language) {
                asWritten = language.getTagger().tag(tokens);
                lowerCase = language.getTagger().tag(tokens.stream().map(Text::lower).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("LanguageTool's tagger failed", e);
        }
        List<Word> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            out.add(new Word(tokens.get(i), asWritten.get(i), lowerCase.get(i)));
        }
        return out;
    }
}
