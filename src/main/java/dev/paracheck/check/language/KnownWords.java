package dev.paracheck.check.language;

import dev.paracheck.check.TaggedWords;
import java.util.List;
import java.util.OptionalDouble;
import org.languagetool.Languages;

/**
 * How much of a text a language's dictionary knows: the share of its words that LanguageTool's tagger for the
 * language can tag (as written or in lower case). A second opinion on language identification where
 * Optimaize's n-gram statistics fail: on a short paragraph among related languages it calls German Dutch
 * ("Ich werde abwarten müssen, was morgen passiert." nl, p 0.99) and English Norwegian or Afrikaans, while the
 * German and English dictionaries know every word of these; of Vietnamese captions or French lines they know
 * 6–36 % (one French line in 18 at 64 %, with the English dictionary). Stateless; thread-safe
 * ({@link TaggedWords}).
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
        List<TaggedWords.Word> words = TaggedWords.of(Languages.getLanguageForShortCode(lang), text,
                t -> t.length() >= 2 && t.codePoints().allMatch(Character::isLetter));
        if (words.size() < MIN_WORDS) {
            return OptionalDouble.empty();
        }
        long known = words.stream().filter(TaggedWords.Word::known).count();
        return OptionalDouble.of((double) known / words.size());
    }

    /** Whether the dictionary of {@code lang} knows {@code word} (within a text, as written or in lower case). */
    static boolean isWord(String word, String lang) {
        return Languages.isLanguageSupported(lang)
                && TaggedWords.alone(Languages.getLanguageForShortCode(lang), word, false).known();
    }

    /**
     * Whether {@code text} has a word of four letters or more that the dictionary of {@code lang} knows and that of
     * {@code other} does not ("Siehe" of "Siehe git help branch."): text left in {@code other} has none.
     */
    static boolean hasWordOnlyIn(String text, String lang, String other) {
        return shareOnlyIn(text, lang, other) > 0;
    }

    /**
     * The share of the words of {@code text} (four letters or more) that the dictionary of {@code lang} knows and
     * that of {@code other} does not; 0 when either language is unknown to LanguageTool or the text has no such word.
     */
    static double shareOnlyIn(String text, String lang, String other) {
        if (!Languages.isLanguageSupported(lang) || !Languages.isLanguageSupported(other)) {
            return 0;
        }
        java.util.function.Predicate<String> keep = t -> t.length() >= 4 && t.codePoints().allMatch(Character::isLetter);
        List<TaggedWords.Word> here = TaggedWords.of(Languages.getLanguageForShortCode(lang), text, keep);
        List<String> known = here.stream().filter(TaggedWords.Word::known).map(TaggedWords.Word::text).toList();
        if (known.isEmpty()) {
            return 0;
        }
        // each word as this language split it, looked up in the other's dictionary (the two tokenizers split
        // "CD-ROMs" otherwise)
        java.util.Set<String> knownThere = new java.util.HashSet<>();
        TaggedWords.of(Languages.getLanguageForShortCode(other), String.join(" ", known), keep).stream()
                .filter(TaggedWords.Word::known).forEach(w -> knownThere.add(w.text()));
        return known.stream().filter(w -> !knownThere.contains(w)).count() / (double) here.size();
    }

}
