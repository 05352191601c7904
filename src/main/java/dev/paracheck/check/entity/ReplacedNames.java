package dev.paracheck.check.entity;

import dev.paracheck.check.TaggedWords;
import dev.paracheck.check.numbers.NumberExtractor;
import dev.paracheck.internal.Text;
import dev.paracheck.model.Document;
import dev.paracheck.model.Location;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.Language;
import org.languagetool.Languages;

/**
 * Names used once and replaced: a link whose source has a name the target document never mentions, while its
 * target has a name the source document never mentions ("KDE" → "Xfce", "Torvalds" → "Tanenbaum"); acronyms
 * count as names.
 *
 * <p>A name that passes through translation is found by {@link EntityCheck} because it occurs in both documents;
 * a replaced name occurs in one only, so both sides must show it: a capitalised word within a sentence that the
 * other document nowhere contains (not even inside a compound or in another case), that its language's
 * dictionary (LanguageTool's tagger) does not know as a common word — every German noun is capitalised, so
 * "Puffer" is no name, "Xfce" is — and that is not an adaptation of the other side's name (same first three
 * letters: "Aptitude"/"Aptitudes", "Karl"/"Karls"). A name dropped without a replacement is no finding: a
 * translator may write "the browser" for "Firefox".
 */
public final class ReplacedNames {
    private static final java.util.regex.Pattern LETTERS = java.util.regex.Pattern.compile("\\p{L}+");
    private static final Map<String, Boolean> COMMON = new ConcurrentHashMap<>();
    /** A token of code or an address: an underscore, an at sign, a backslash, or a dot between letters. */
    private static final java.util.regex.Pattern IDENTIFIER = java.util.regex.Pattern.compile("[_@\\\\]|\\p{L}\\.\\p{L}");
    /** What a name may take in a word of its own: a genitive or plural ending. */
    private static final java.util.regex.Pattern INFLECTION = java.util.regex.Pattern.compile("s|es|n|en|e|er");

    private final Document source;
    private final Document target;
    private final Mentions sourceText;
    private final Mentions targetText;

    ReplacedNames(Document source, Document target) {
        this.source = source;
        this.target = target;
        this.sourceText = new Mentions(source);
        this.targetText = new Mentions(target);
    }

    /**
     * Which names a document's prose mentions, asked once a name. What {@link #mentions} decides depends only on
     * the whitespace-delimited word the name occurs in, so it looks at each distinct word once: the document's
     * distinct words joined by line breaks give the same answers as its whole text, in time linear in the
     * document and the names asked.
     */
    private static final class Mentions {
        private final String words;
        private final Map<String, Boolean> answers = new java.util.HashMap<>();

        Mentions(Document doc) {
            // prose only: an address (robert@debian.org) does not mention the name Robert
            Set<String> distinct = new LinkedHashSet<>();
            for (var sentence : doc.sentences()) {
                String text = Text.lower(Text.prose(sentence.text()));
                int start = -1;
                for (int i = 0; i <= text.length(); i++) {
                    boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
                    if (space && start >= 0) {
                        String word = text.substring(start, i);
                        distinct.add(word);
                        if (word.indexOf('-') > 0) {
                            distinct.add(word.replace("-", "")); // "Client-ID" mentions "ClientID"
                        }
                        start = -1;
                    } else if (!space && start < 0) {
                        start = i;
                    }
                }
            }
            this.words = String.join("\n", distinct);
        }

        boolean of(String name) {
            return answers.computeIfAbsent(name, n -> mentions(words, n));
        }
    }

    /**
     * The names a link has on one side only: {@code inSource} those of its source the target document never
     * holds, {@code inTarget} those of its target the source document never holds (no common words either way).
     */
    record NewNames(Set<String> inSource, Set<String> inTarget) {
        /** The source's names gone from the target, if the target has new ones instead; else empty. */
        Set<String> missing() {
            return inTarget.isEmpty() ? Set.of() : unmatched(inSource, inTarget);
        }

        /** The target's names absent from the source, if the source lost some; else empty. */
        Set<String> added() {
            return inSource.isEmpty() ? Set.of() : unmatched(inTarget, inSource);
        }
    }

    /** The new names of the link from {@code s} to {@code t}. */
    NewNames at(Location s, Location t) {
        Set<String> inSource = candidates(source, s, targetText, false);
        Set<String> inTarget = candidates(target, t, sourceText, false);
        // a capitalised common noun the dictionary knows no name of ("Plasma", KDE's desktop) is one when what
        // replaced it is a name beyond doubt in any language: an acronym or a word with an inner capital ("GNOME")
        if (inTarget.stream().anyMatch(ReplacedNames::innerCapital)) {
            inSource.addAll(candidates(source, s, targetText, true));
        }
        // a common English word as a name ("Opera") is one when what replaced it is a name beyond doubt: German
        // writes every noun with a capital, so an unknown German word is as likely a compound ("Fermate")
        if (target.lang().equals("de") && inSource.stream().anyMatch(n -> common(source.lang(), n))
                && inTarget.stream().noneMatch(n -> properNoun("de", n) || innerCapital(n))) {
            inSource.removeIf(n -> common(source.lang(), n));
        }
        return new NewNames(inSource, inTarget);
    }

    /**
     * Whether the dictionary of {@code lang} knows {@code word} as a proper noun (German EIG, English NNP), asked
     * once a word.
     */
    private static boolean properNoun(String lang, String word) {
        return Languages.isLanguageSupported(lang) && COMMON.computeIfAbsent(lang + ":proper:" + word, key ->
                properReading(TaggedWords.alone(Languages.getLanguageForShortCode(lang), word, false).asWritten(),
                        word));
    }

    /** Whether {@code readings} of {@code word} as written have a proper noun's, of the word itself. */
    private static boolean properReading(AnalyzedTokenReadings readings, String word) {
        for (AnalyzedToken t : readings.getReadings()) {
            if (word.equals(t.getLemma()) && t.getPOSTag() != null
                    && (t.getPOSTag().startsWith("EIG") || t.getPOSTag().startsWith("NNP"))) {
                return true;
            }
        }
        return false;
    }

    /** A capital after the first letter, or a digit: "KeePassXC", "GIMP", "Qt5" are no German nouns. */
    private static boolean innerCapital(String word) {
        return word.codePoints().skip(1).anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    private static Set<String> unmatched(Set<String> names, Set<String> others) {
        Set<String> out = new LinkedHashSet<>();
        for (String n : names) {
            if (others.stream().noneMatch(o -> adaptation(n, o))) {
                out.add(n);
            }
        }
        return out.isEmpty() || others.stream().allMatch(o -> names.stream().anyMatch(n -> adaptation(n, o)))
                ? Set.of() : out;
    }

    private static boolean adaptation(String a, String b) {
        return a.regionMatches(true, 0, b, 0, 3);
    }

    /** Capitalised words within the sentences of {@code loc} that {@code otherText} never holds, no common words. */
    private static Set<String> candidates(Document doc, Location loc, Mentions otherText, boolean nounsToo) {
        Set<String> out = new LinkedHashSet<>();
        if (loc == null || !doc.isProse(loc.sentences())) {
            return out;
        }
        for (int i : loc.sentences()) {
            String sentence = Text.prose(doc.sentences().get(i).text());
            Set<String> initial = Entities.initialWords(sentence);
            Set<String> words = new LinkedHashSet<>(Entities.capitalised(sentence));
            words.addAll(Entities.acronyms(sentence));
            words.addAll(Entities.innerCapitalised(sentence)); // "digiKam" as well as "Gwenview"
            // English writes its common nouns in lower case: a capital within a sentence that is not in title case
            // makes a name of a common word ("Opera", "Outlook", the "Mini" interface)
            boolean capitalMeansName = doc.lang().equals("en") && !titleCase(sentence);
            for (String w : words) {
                // letters only: "I’m" is a contraction, "Outside-staff" a term
                if (w.length() >= 3 && LETTERS.matcher(w).matches() && !initial.contains(w)
                        && !NumberExtractor.isMonth(w) && !otherText.of(w)
                        && !(capitalMeansName ? commonAsWritten(doc.lang(), w) && !(nounsToo && nounOnly(doc.lang(), w))
                        : common(doc.lang(), w))) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /**
     * Whether the text (in lower case) holds the name in a word of prose: anywhere in the word for a long name
     * (inside a compound: "Kongressresolution"), at its start for a short one, followed by no more than an
     * inflection or a hyphen ("Suns", "KDE-Desktop"; but "Sun" is not in "Sunday", "Mon" not in "Monat"). A match
     * inside an identifier, an address or a path ({@code DEBCONF_FORCE_XDIALOG}, {@code lists.debian.org}) is no
     * mention: the name itself may still have been replaced where the prose had it.
     */
    private static boolean mentions(String lowerText, String name) {
        String lower = Text.lower(name);
        for (int i = lowerText.indexOf(lower); i >= 0; i = lowerText.indexOf(lower, i + 1)) {
            int start = i;
            while (start > 0 && !Character.isWhitespace(lowerText.charAt(start - 1))) {
                start--;
            }
            int end = i + lower.length();
            while (end < lowerText.length() && !Character.isWhitespace(lowerText.charAt(end))) {
                end++;
            }
            String token = lowerText.substring(start, end).replaceAll("^\\p{P}+|\\p{P}+$", "");
            if (IDENTIFIER.matcher(token).find()) {
                continue;
            }
            if (lower.length() >= 6) {
                return true;
            }
            boolean atStart = i == 0 || !Character.isLetter(lowerText.charAt(i - 1));
            int after = i + lower.length();
            int letters = 0;
            while (after + letters < lowerText.length() && Character.isLetter(lowerText.charAt(after + letters))) {
                letters++;
            }
            String rest = lowerText.substring(after, after + letters);
            if (atStart && (rest.isEmpty() || INFLECTION.matcher(rest).matches())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the language's dictionary knows {@code word} as something other than a proper noun, or knows the
     * head of the compound it is (six letters or more at its end, as a German noun: not "baum" of "Tanenbaum").
     */
    public static boolean common(String lang, String word) {
        if (lang == null || !Languages.isLanguageSupported(lang)) {
            return true; // without a dictionary no word can be told a name
        }
        return COMMON.computeIfAbsent(lang + ":" + word, key -> {
            Language language = Languages.getLanguageForShortCode(lang);
            TaggedWords.Word w = TaggedWords.alone(language, word, false);
            if (hasCommonReading(w.asWritten()) || hasCommonReading(w.lowerCase())) {
                return true;
            }
            if (word.length() > 1 && word.equals(word.toUpperCase(java.util.Locale.ROOT))
                    && hasCommonReading(TaggedWords.alone(language, word.charAt(0)
                    + Text.lower(word.substring(1)), false).asWritten())) {
                return true; // a word in capitals: "AUTOR" is "Autor"
            }
            // a compound the dictionary lacks is common when its head is: "Cyberkriminalität", "Kernel-Puffern"
            for (int k = 3; k + 6 <= word.length() && !w.known(); k++) {
                String head = word.substring(k).replaceFirst("^-", "");
                if (head.length() >= 6 && Character.isLetter(head.charAt(0)) && hasCommonReading(TaggedWords.alone(
                        language, Character.toUpperCase(head.charAt(0)) + head.substring(1), false).asWritten())) {
                    return true;
                }
            }
            return false;
        });
    }

    /**
     * {@link #common}, except that a word the dictionary knows as a proper noun, spelt as written, and in lower case
     * as a noun only, is none: a capitalised "Opera" or "Outlook" within an English sentence names the browser or
     * the mail program, though "opera" is a common word.
     */
    private static boolean commonAsWritten(String lang, String word) {
        return common(lang, word) && !COMMON.computeIfAbsent(lang + ":name:" + word, key -> {
            TaggedWords.Word w = TaggedWords.alone(Languages.getLanguageForShortCode(lang), word, false);
            // in lower case a noun and nothing else: "How", "Other", "Even" have proper-noun readings too
            return nounReadingsOnly(w.lowerCase()) && properReading(w.asWritten(), word);
        });
    }

    /** Whether {@code word} in lower case is a noun and nothing else to the dictionary of {@code lang}. */
    private static boolean nounOnly(String lang, String word) {
        return COMMON.computeIfAbsent(lang + ":noun:" + word, key -> {
            AnalyzedTokenReadings lower = TaggedWords.alone(Languages.getLanguageForShortCode(lang), word, false)
                    .lowerCase();
            return !lower.getReadings().isEmpty() && nounReadingsOnly(lower);
        });
    }

    /** Whether every reading has a noun's tag (true when there is none). */
    private static boolean nounReadingsOnly(AnalyzedTokenReadings readings) {
        for (AnalyzedToken t : readings.getReadings()) {
            if (t.getPOSTag() == null || !t.getPOSTag().startsWith("NN")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether half or more of the words of {@code sentence} after its first (of four letters or more) start with a
     * capital: a heading or a title in title case, whose capitals say nothing.
     */
    static boolean titleCase(String sentence) {
        java.util.regex.Matcher m = WORD_OF_FOUR.matcher(sentence);
        int words = 0;
        int capitals = 0;
        boolean first = true;
        while (m.find()) {
            if (first) {
                first = false;
                continue;
            }
            words++;
            capitals += Character.isUpperCase(m.group().codePointAt(0)) ? 1 : 0;
        }
        return words == 0 || 2 * capitals >= words;
    }

    private static final java.util.regex.Pattern WORD_OF_FOUR = java.util.regex.Pattern.compile("\\p{L}{4,}");

    private static boolean hasCommonReading(AnalyzedTokenReadings readings) {
        if (!readings.isTagged()) {
            return false;
        }
        List<AnalyzedToken> all = readings.getReadings();
        for (AnalyzedToken t : all) {
            String tag = t.getPOSTag();
            if (tag != null && !tag.isEmpty() && !tag.startsWith("EIG") && !tag.startsWith("NNP")
                    && !tag.startsWith("Z ") && !tag.equals("SENT_END") && !tag.equals("PARA_END")) {
                return true;
            }
        }
        return false;
    }
}
