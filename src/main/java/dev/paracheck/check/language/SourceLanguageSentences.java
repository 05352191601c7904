package dev.paracheck.check.language;

import dev.paracheck.internal.Text;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the sentences of a translation that are still in the source language, one sentence at a time: a sentence
 * or two left untranslated in a translated paragraph, an advertisement of the original edition, any line of a
 * {@code --segmented} input. A paragraph-sized text is identified by the language identifier of the segment stage;
 * a sentence is too short for it, but the two documents of the pair are long and in exactly the two languages in
 * question, so each is its own language model ({@link TrigramProfile}): a sentence is in the source language when
 * its words read more like the source document than like the rest of the translation.
 *
 * <p>Only the words that begin in lower case count (names, product names and the English terms of a technical
 * page are capitalised and written alike in every language; the function words that tell languages apart are
 * not), and a sentence needs {@value #MIN_WORDS} different ones of three letters or more to be judged at all.
 * Immutable.
 */
public final class SourceLanguageSentences {
    /** Mean log-likelihood ratio per trigram above which a sentence reads as the source language. */
    static final double THRESHOLD = 0.5;
    /** Lower-case words of three letters or more a sentence needs to be judged. */
    static final int MIN_WORDS = 3;
    /** Trigrams each document needs for its profile to be a language model (about 80 words of prose). */
    static final long MIN_PROFILE = 400;
    private static final int ROUNDS = 3;
    private static final Pattern EDGE_MARKS = Pattern.compile("^[\\p{P}\\p{S}]+|[\\p{P}\\p{S}]+$");
    /** A word of letters, possibly hyphenated or with an apostrophe ({@code aujourd'hui}, {@code e-mail}). */
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*(?:['’-]\\p{L}[\\p{L}\\p{M}]*)*");

    private final List<String> targetWords;
    /** Each target sentence's trigrams ({@link TrigramProfile#trigrams}), made once. */
    private final List<int[]> targetTrigrams;
    private final TrigramProfile source;
    private final TrigramProfile target;
    /** Whether both documents have prose enough ({@value #MIN_PROFILE} trigrams) to be language models. */
    private final boolean enough;

    private SourceLanguageSentences(List<String> sourceProse, List<String> targetProse) {
        targetWords = targetProse.stream().map(SourceLanguageSentences::lowerCaseWords).toList();
        targetTrigrams = targetWords.stream().map(TrigramProfile::trigrams).toList();
        source = TrigramProfile.of(sourceProse.stream()
                .map(t -> TrigramProfile.trigrams(lowerCaseWords(t))).toList());
        target = TrigramProfile.of(targetTrigrams);
        enough = source.total() >= MIN_PROFILE && target.total() >= MIN_PROFILE;
    }

    /**
     * The language models of a pair.
     *
     * @param source the prose of the source document, a sentence an element
     * @param target the prose of the target document, a sentence an element
     */
    public static SourceLanguageSentences of(List<String> source, List<String> target) {
        return new SourceLanguageSentences(source, target);
    }

    /**
     * Which of the target sentences read as the source language.
     *
     * @param candidates indices into the target of the sentences to judge
     * @return for each candidate, whether it is in the source language
     */
    public boolean[] find(List<Integer> candidates) {
        return find(candidates, THRESHOLD);
    }

    /** {@link #find(List)} with another threshold than the tuned one (for the benchmark's sweep). */
    public boolean[] find(List<Integer> candidates, double threshold) {
        boolean[] foreign = new boolean[candidates.size()];
        if (!enough) {
            return foreign;
        }
        // a block of source-language text in the target weighs on the target's own profile too: the profile is
        // made again without the sentences found and the candidates judged again, until nothing changes
        boolean[] judged = new boolean[candidates.size()];
        for (int k = 0; k < candidates.size(); k++) {
            judged[k] = distinctWords(targetWords.get(candidates.get(k))) >= MIN_WORDS;
        }
        TrigramProfile own = target;
        for (int round = 0; round < ROUNDS; round++) {
            boolean changed = false;
            List<int[]> found = new ArrayList<>();
            for (int k = 0; k < candidates.size(); k++) {
                int[] g = targetTrigrams.get(candidates.get(k));
                boolean f = judged[k] && own.foreignness(g, !foreign[k], source) > threshold;
                changed |= f != foreign[k];
                foreign[k] = f;
                if (f) {
                    found.add(g);
                }
            }
            if (!changed || found.isEmpty()) {
                break;
            }
            own = target.without(found);
        }
        return foreign;
    }

    /**
     * A second opinion on target sentences a general identifier took for the source language (a paragraph): false
     * when the text has too few lower-case words to tell ("Das Ruby-Logo ist Copyright &copy; 2006, Yukihiro
     * Matsumoto.": names make it look English), or when the pair's own models read it more like the target than
     * the source; true otherwise (the models agree, or the documents are too short to be models).
     */
    public boolean confirms(List<Integer> sentences) {
        String joined = String.join(" ", sentences.stream().map(targetWords::get).toList());
        if (distinctWords(joined) < MIN_WORDS) {
            return false;
        }
        if (!enough) {
            return true;
        }
        TrigramProfile rest = target.without(sentences.stream().map(targetTrigrams::get).toList());
        return rest.foreignness(TrigramProfile.trigrams(joined), false, source) > 0;
    }

    /**
     * Whether a text that is no sentence of the target as such (a sentence without its asides) reads as the source
     * language to the pair's models; false when it has too few lower-case words to tell or the documents are too
     * short to be models.
     */
    public boolean readsAsSource(String text) {
        String words = lowerCaseWords(text);
        return enough && distinctWords(words) >= MIN_WORDS
                && target.foreignness(TrigramProfile.trigrams(words), false, source) > THRESHOLD;
    }

    /** The words of a text that begin in lower case, blank-separated; tokens with digits or symbols are left out. */
    static String lowerCaseWords(String text) {
        StringBuilder out = new StringBuilder();
        for (String token : Text.splitAtWhitespace(text)) {
            String word = EDGE_MARKS.matcher(token).replaceAll("");
            if (WORD.matcher(word).matches() && Character.isLowerCase(word.codePointAt(0))) {
                out.append(word).append(' ');
            }
        }
        return out.toString();
    }

    /** Whether a sentence has enough lower-case words ({@value #MIN_WORDS}) to be judged. */
    public static boolean judgeable(String sentence) {
        return distinctWords(lowerCaseWords(sentence)) >= MIN_WORDS;
    }

    private static int distinctWords(String words) {
        Set<String> distinct = new HashSet<>();
        for (String w : words.split(" ")) {
            if (w.codePointCount(0, w.length()) >= 3) {
                distinct.add(w);
            }
        }
        return distinct.size();
    }
}
