package dev.paracheck.check.terminology;

import dev.paracheck.check.TaggedWords;
import dev.paracheck.internal.Text;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.Language;
import org.languagetool.Languages;

/**
 * Words and their lemmas through LanguageTool's tokenizer and tagger ("Parteikomitees" → "parteikomitee"),
 * lower-cased; for a language LanguageTool lacks, the lower-cased word itself. Thread-safe ({@link TaggedWords}).
 * Public for its {@link Token}s, which {@link PairWords} carries out of the package; only the package makes one.
 */
public final class Lemmatizer {
    /**
     * One word of a text.
     *
     * @param form its lower-cased surface form
     * @param lemmas its possible lemmas, lower-cased (the form among them)
     * @param lemma its first lemma as the tagger spells it ("Komitee"), for display; the surface form when unknown
     * @param wordClass its coarse part of speech
     * @param onlyNoun true when no reading makes it anything but a noun (a phrase must end in such a word)
     * @param key its first lemma in lower case, which the term checks compare (made once a distinct word, not
     *        once an occurrence)
     */
    public record Word(String form, Set<String> lemmas, String lemma, WordClass wordClass, boolean onlyNoun,
                       String key) {
        public Word(String form, Set<String> lemmas, String lemma, WordClass wordClass, boolean onlyNoun) {
            this(form, lemmas, lemma, wordClass, onlyNoun, Text.lower(lemma));
        }
    }

    private static final Pattern LETTERS_OR_DIGITS = Pattern.compile("[\\p{L}\\p{N}]+");

    private final Language language;
    /**
     * Each distinct token once, as the first word of a text and within one: the German half of Tom Sawyer has
     * 33,477 words but 6,407 distinct ones, and tagging every word in context was most of the term checks' time
     * (term drift on 24,000 sentences 35.7 s before, 14.7 s after).
     */
    private final Map<String, Word> firstWords = new ConcurrentHashMap<>();
    private final Map<String, Word> laterWords = new ConcurrentHashMap<>();

    Lemmatizer(String lang) {
        this.language = Languages.isLanguageSupported(lang) ? Languages.getLanguageForShortCode(lang) : null;
    }

    /**
     * One word of a text and where it stands there: {@code start} inclusive, {@code end} exclusive, both -1 when the
     * tokenizer gave a token that is not a piece of the text.
     */
    public record Token(Word word, int start, int end) {
    }

    List<Word> words(String text) {
        return tokens(text).stream().map(Token::word).toList();
    }

    /** The words of {@code text}, in order, with their places in it. */
    List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        if (language == null) {
            Matcher m = LETTERS_OR_DIGITS.matcher(text);
            while (m.find()) {
                String t = m.group();
                WordClass c = WordClass.combine(List.of(), t);
                out.add(new Token(new Word(Text.lower(t), Set.of(Text.lower(t)), t, c, c == WordClass.NOUN),
                        m.start(), m.end()));
            }
            return out;
        }
        List<String> tokens = TaggedWords.tokens(language, text,
                t -> !t.isBlank() && t.codePoints().anyMatch(Character::isLetterOrDigit));
        int cursor = 0;
        for (int i = 0; i < tokens.size(); i++) {
            boolean first = i == 0;
            String token = tokens.get(i);
            Word w = (first ? firstWords : laterWords).computeIfAbsent(token,
                    t -> word(TaggedWords.alone(language, t, first)));
            // the tokens left out between two words hold no letter or digit, so the next word is the next match
            int at = text.indexOf(token, cursor);
            if (at >= 0) {
                cursor = at + token.length();
                out.add(new Token(w, at, cursor));
            } else {
                out.add(new Token(w, -1, -1));
            }
        }
        return out;
    }

    private Word word(TaggedWords.Word w) {
        Set<String> lemmas = new HashSet<>();
        String form = Text.lower(w.text());
        lemmas.add(form);
        List<WordClass> classes = new ArrayList<>();
        String first = firstLemma(w.asWritten(), firstLemma(w.lowerCase(), w.text()));
        addLemmas(w.asWritten(), lemmas, classes);
        if (classes.stream().allMatch(java.util.Objects::isNull)) {
            // the word is only known in lower case (a capitalised adjective in a name): its classes from there
            addLemmas(w.lowerCase(), lemmas, classes);
        } else {
            addLemmas(w.lowerCase(), lemmas, new ArrayList<>());
        }
        WordClass c = WordClass.combine(classes, form);
        boolean onlyNoun = c == WordClass.NOUN && classes.stream()
                .allMatch(k -> k == null || k == WordClass.NOUN || k == WordClass.OTHER_CONTENT);
        return new Word(form, lemmas, first, c, onlyNoun);
    }

    private String firstLemma(AnalyzedTokenReadings readings, String fallback) {
        for (AnalyzedToken t : readings) {
            if (t.getLemma() != null && t.getPOSTag() != null
                    && WordClass.ofTag(language.getShortCode(), t.getPOSTag()) == WordClass.NOUN) {
                return t.getLemma();
            }
        }
        for (AnalyzedToken t : readings) {
            if (t.getLemma() != null) {
                return t.getLemma();
            }
        }
        return fallback;
    }

    private void addLemmas(AnalyzedTokenReadings readings, Set<String> lemmas, List<WordClass> classes) {
        for (AnalyzedToken t : readings) {
            if (t.getLemma() != null) {
                lemmas.add(Text.lower(t.getLemma()));
            }
            classes.add(WordClass.ofTag(language.getShortCode(), t.getPOSTag()));
        }
    }
}
