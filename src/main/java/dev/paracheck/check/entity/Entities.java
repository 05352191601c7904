package dev.paracheck.check.entity;

import dev.paracheck.internal.Text;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the strings that a translation should carry over unchanged. Stateless. */
final class Entities {
    /** URLs, e-mail addresses, hashtags, mentions, code spans and file paths: copied verbatim. */
    private static final Pattern VERBATIM = Pattern.compile(
            "https?://[^\\s<>\"“”„«»‹›]+|www\\.[^\\s<>\"“”„«»‹›]+"
                    + "|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"
                    + "|(?<![\\w&])#[\\p{L}_][\\p{L}\\p{N}_]+|(?<![\\w.])@[\\p{L}_][\\p{L}\\p{N}_]+"
                    + "|`[^`]+`"
                    + "|(?<![\\w/])(?:[\\w.-]+/)+[\\w.-]+\\.[A-Za-z0-9]{1,5}\\b");
    private static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{Lu}\\p{N}]+(?![\\p{L}\\p{N}])");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*");
    private static final String TRAILING = ".,;:!?)]}'\"”’»";
    private static final String OPENING_QUOTES = "\"'„“‚‘«»‹›";

    private Entities() {
    }

    /**
     * False when {@link #VERBATIM} cannot match: each of its alternatives needs one of these characters or "www."
     * (a shortcut for the many sentences with none).
     */
    private static boolean mayHoldVerbatim(String text) {
        return Text.containsAny(text, ":@#`/") || text.contains("www.");
    }

    static Set<String> verbatim(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (!mayHoldVerbatim(text)) {
            return out;
        }
        Matcher m = VERBATIM.matcher(text);
        while (m.find()) {
            String s = m.group();
            while (!s.isEmpty() && TRAILING.indexOf(s.charAt(s.length() - 1)) >= 0) {
                s = s.substring(0, s.length() - 1);
            }
            out.add(s);
        }
        return out;
    }

    /**
     * A token of an option's value or an absolute or relative path ({@code fetch=URL/PATH/TO/FILE}, {@code
     * /usr/SHARE}, {@code ./BIN}); not a list of acronyms ({@code GET/POST/PUT}).
     */
    private static final Pattern PATH_TOKEN = Pattern.compile("(?<!\\S)(?:[^\\s=]*=|[.~]?/)\\S*");

    /**
     * The acronyms of the text's prose: not those inside a URL, an address, a code span, an option's value or a
     * path ("en-US", "`NULL`", "fetch=URL/PATH/TO/FILE").
     */
    static Set<String> acronyms(String text) {
        Set<String> out = new LinkedHashSet<>();
        String prose = Text.prose(text);
        if (prose.indexOf('/') >= 0 || prose.indexOf('=') >= 0) {
            prose = PATH_TOKEN.matcher(prose).replaceAll(" ");
        }
        if (shouted(prose)) {
            return out; // "VERY MUCH SO." has no acronym: every word is in capitals
        }
        Matcher m = ACRONYM.matcher(prose);
        while (m.find()) {
            // a key's name in capitals ("CONTROL-v", "META") is the key, which translations name their own way
            if (m.group().codePoints().filter(Character::isLetter).count() >= 2 && KeyNames.keys(m.group()) == null) {
                out.add(m.group());
            }
        }
        return out;
    }

    /** True when the text is written in capitals: nine letters in ten, and a dozen letters at least. */
    static boolean shouted(String text) {
        int letters = 0;
        int upper = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters >= 12 && upper >= 0.9 * letters;
    }

    /** Words in lower case with a capital within ("digiKam", "iPhone", "eBay"): names, in order. */
    static Set<String> innerCapitalised(String text) {
        return wordsWhere(text, w -> INNER_CAPITAL.matcher(w).matches());
    }

    private static final Pattern INNER_CAPITAL = Pattern.compile("\\p{Ll}+\\p{Lu}\\p{L}*");

    /** Words that start with a capital and go on in lower case (name candidates), in order. */
    static Set<String> capitalised(String text) {
        return wordsWhere(text, w -> w.length() >= 2 && Character.isUpperCase(w.codePointAt(0))
                && !w.equals(w.toUpperCase(java.util.Locale.ROOT)));
    }

    /** The words of the text, possessives taken off, that {@code keep} accepts, in order and once each. */
    private static Set<String> wordsWhere(String text, java.util.function.Predicate<String> keep) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = withoutPossessive(m.group());
            if (keep.test(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** The words of the text outside URLs, addresses, code spans and paths: its prose. */
    static Set<String> proseWords(String text) {
        return words(mayHoldVerbatim(text) ? VERBATIM.matcher(text).replaceAll(" ") : text);
    }

    /** Every word of the text, for membership tests. */
    static Set<String> words(String text) {
        Set<String> out = new java.util.HashSet<>();
        eachWord(text, out::add);
        return out;
    }

    /**
     * Every word of the text and every part of its hyphenated words: a name stays the same when a German compound
     * takes it in ("Mario-Levels", "Twitter-Account", "Bitcoin-ETFs"), so the name's presence is tested here.
     */
    static Set<String> wordsAndParts(String text) {
        Set<String> out = new java.util.HashSet<>();
        eachWordAndPart(text, out::add);
        return out;
    }

    /** Calls {@code action} with every word of the text and every part of its hyphenated words, in order. */
    static void eachWordAndPart(String text, java.util.function.Consumer<String> action) {
        eachWord(text, w -> {
            action.accept(w);
            if (w.indexOf('-') > 0) {
                for (String part : w.split("-")) {
                    if (!part.isEmpty()) {
                        action.accept(withoutPossessive(part));
                    }
                }
            }
        });
    }

    /**
     * The words that begin a sentence or a quotation in it, where any word is capitalised: the first word, and each
     * word right after an opening quotation mark ("fragte er: „Ah, …").
     */
    static Set<String> initialWords(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text);
        boolean first = true;
        while (m.find()) {
            int before = m.start() - 1;
            if (first || before >= 0 && OPENING_QUOTES.indexOf(text.charAt(before)) >= 0) {
                out.add(withoutPossessive(m.group()));
            }
            first = false;
        }
        return out;
    }

    /** Calls {@code action} with every word of the text, in order. */
    static void eachWord(String text, java.util.function.Consumer<String> action) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            action.accept(withoutPossessive(m.group()));
        }
    }

    /** The word without an English possessive: "Sunak's" is "Sunak", "James'" is "James". */
    static String withoutPossessive(String word) {
        int end = word.length();
        if (end > 2 && (word.endsWith("'s") || word.endsWith("’s"))) {
            end -= 2;
        } else if (end > 1 && (word.endsWith("'") || word.endsWith("’"))) {
            end -= 1;
        }
        return word.substring(0, end);
    }
}
