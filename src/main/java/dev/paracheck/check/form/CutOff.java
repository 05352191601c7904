package dev.paracheck.check.form;

import dev.paracheck.check.TaggedWords;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences that end in a word no sentence of their language ends with — an article, a conjunction, a preposition
 * that is never a verb's particle ("Jetzt müssen wir nur noch die Noten einfügen und.", "… la musique de.",
 * "… the score of.") — so the sentence was cut off. Words that also end sentences are left out: German separable
 * particles ("ein", "aus", "mit", "zu", "an"), pronouns ("eine", "keine", "diese"; the German articles, which are
 * demonstratives too: "Ich weiß das."), elliptical answers ("Ja, aber.", "Und ob."), English particles ("in",
 * "on", "to"), French pronouns ("un", "pour", "leur") and French words that are nouns or verbs too ("son", "vers",
 * "entre", "ce" in "Sur ce."). The word must be in lower case: "Plan A." ends well.
 */
final class CutOff {
    private static final Map<String, Set<String>> WORDS = Map.of(
            "de", Set.of("und", "oder", "dass", "weil", "wenn", "sondern", "denn", "sowie", "als", "für", "von",
                    "seit", "zum", "zur", "beim", "vom", "im", "ins", "am", "kein"),
            "fr", Set.of("le", "la", "les", "des", "du", "de", "au", "aux", "et", "ou", "mais", "que", "dont", "par",
                    "dans", "chez", "cette", "ces", "sa", "ses"),
            "en", Set.of("the", "a", "an", "and", "or", "but", "of", "than"));
    /** The last word of a text and the full stop after it (with a closing quote or bracket at most). */
    private static final Pattern LAST = Pattern.compile("(?<![\\p{L}\\p{N}'’-])(\\p{L}+)\\.[\"'”»)]?\\s*$");

    private CutOff() {
    }

    /**
     * The word {@code text} ends in when it is a German adjective or participle inflected for a noun ("für ein
     * dreißigjähriges.", "eine beliebige."): every reading LanguageTool's tagger gives it is attributive, none
     * predicative, verbal or pronominal; or null. A sentence ends so only in an ellipsis ("0 ist die neuste.",
     * "keine besonders guten."): about one German sentence in 500 in the real-world benchmark's targets and the
     * WMT24 and FLORES references (9 of 5,225), so a caller needs a second sign, a target too short.
     */
    static String inflectedAdjective(String text, String lang) {
        if (!lang.equals("de")) {
            return null;
        }
        Matcher m = LAST.matcher(text);
        if (!m.find() || !Character.isLowerCase(m.group(1).charAt(0))) {
            return null;
        }
        var readings = TaggedWords.alone(org.languagetool.Languages.getLanguageForShortCode(lang), m.group(1), false)
                .lowerCase();
        if (!readings.isTagged()) {
            return null;
        }
        for (var reading : readings.getReadings()) {
            String tag = reading.getPOSTag();
            if (tag == null || !INFLECTED.matcher(tag).lookingAt()) {
                return null;
            }
        }
        return m.group(1);
    }

    /** A German tag of an adjective or participle with a case: attributive, inflected for its noun. */
    private static final Pattern INFLECTED = Pattern.compile("(ADJ|PA1|PA2):(NOM|AKK|DAT|GEN):");

    /**
     * The word {@code text} ends in that no sentence of {@code lang} ends with, or null; also an indefinite article
     * after "and" or "or" ("… et un.", "… und eine."): the article may stand for its noun alone ("J'en veux un."),
     * but not as the last word of a coordination.
     */
    static String lastWord(String text, String lang) {
        Set<String> words = WORDS.get(lang);
        if (words == null) {
            return null;
        }
        Matcher m = LAST.matcher(text);
        if (!m.find()) {
            return null;
        }
        if (words.contains(m.group(1))) {
            return m.group(1);
        }
        Pattern coordinated = COORDINATED_ARTICLE.get(lang);
        return coordinated != null && coordinated.matcher(text.substring(0, m.end(1))).find() ? m.group(1) : null;
    }

    /** "and" or "or" and then an indefinite article, at the end of the text given. */
    private static final Map<String, Pattern> COORDINATED_ARTICLE = Map.of(
            "de", Pattern.compile("(?<![\\p{L}])(und|oder)\\s+(ein|eine|einen|einem|einer|eines)$"),
            "fr", Pattern.compile("(?<![\\p{L}])(et|ou)\\s+(un|une)$"),
            "en", Pattern.compile("(?<![\\p{L}])(and|or)\\s+(a|an)$"));
}
