package dev.paracheck.check.form;

import dev.paracheck.check.TaggedWords;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences that end in a word no sentence of their language ends with — an article, a conjunction, a preposition
 * that is never a verb's particle ("Jetzt müssen wir nur noch die Noten einfügen und.", "… la musique de.",
 * "… the score of."), or a word that opens a clause, right after a comma ("…, um.") — so the sentence was cut
 * off; and sentences that are a subordinate clause alone ("Wenn Sie den Befehl ausführen."). Words that also end sentences are left out: German separable
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
    /**
     * Words that open a clause and so end no sentence right after a comma ("…, um.", "…, die.", "…, qui."),
     * though some end sentences elsewhere ("Er dreht sich um.", "Ich nehme die.").
     */
    private static final Map<String, Set<String>> AFTER_COMMA = Map.of(
            "de", Set.of("um", "die", "der", "das", "den", "dem", "deren", "dessen", "denen", "welche", "welcher",
                    "welches", "welchem", "welchen", "ob", "damit", "bevor", "nachdem", "obwohl", "indem", "sodass",
                    "sofern", "falls", "sobald", "wobei", "wodurch", "womit", "wofür", "worin", "wie"),
            "fr", Set.of("qui", "lorsque", "quand", "si", "afin", "pour", "puisque", "car", "où", "lequel",
                    "laquelle", "lesquels", "lesquelles", "comme"),
            "en", Set.of("which", "who", "whose", "that", "to", "when", "if", "because", "where", "while",
                    "although", "unless"));
    /**
     * A French imperative and an object pronoun at the end ("sélectionnez le.", "gardons les."): "le", "la",
     * "les" are pronouns there, the hyphen of "sélectionnez-le" forgotten, not articles.
     */
    private static final Pattern IMPERATIVE_BEFORE_PRONOUN =
            Pattern.compile("(?<![\\p{L}])\\p{L}+(ez|ons)\\s+(le|la|les)\\.[\"'”»)]?\\s*$");
    /** A comma, then the text's last word and its full stop. */
    private static final Pattern LAST_AFTER_COMMA = Pattern.compile(",\\s+(\\p{L}+)\\.[\"'”»)]?\\s*$");
    /**
     * A sentence that is a subordinate clause and nothing else: it opens with a subordinating conjunction and has
     * no comma, semicolon or colon after which a main clause could stand. German sets a subordinate clause off
     * with a comma by rule; French and English often do not after a short one, so for those languages this is a
     * weaker sign. Conjunctions that are adverbs or prepositions too ("Da", "Damit", "Während", "Als", "Pour")
     * are left out; German "Um" counts with its infinitive ("Um die Datei zu öffnen."), and a conjunction counts
     * after a particle that only sharpens it ("Auch wenn", "Même si", "Even if").
     */
    private static final Map<String, Pattern> SUBORDINATE_ONLY = Map.of(
            "de", Pattern.compile("^((?:Auch|Selbst|Sogar|Nur|Erst) (?:wenn|weil|falls|nachdem|bevor|sobald|dass)|"
                    + "Wenn|Weil|Falls|Obwohl|Obgleich|Obschon|Nachdem|Bevor|Ehe|Sobald|Sofern|"
                    + "Sodass|Dass|Ob|Indem)\\s[^,;:!?]*\\p{L}\\.$"
                    + "|^(Um)\\s[^,;:!?]*(\\szu\\s\\p{Ll}+|\\p{Ll}zu\\p{Ll}+en)\\.$"),
            "fr", Pattern.compile("^(Même si|Même s['’]ils?|Même lorsque|Même quand|Sauf si|Seulement si|"
                    + "Lorsque|Lorsqu['’]|Quand|Si|S['’]ils?|Puisque|Parce que|Parce qu['’]|Bien que|"
                    + "Bien qu['’]|Afin que|Afin qu['’]|Afin de|Afin d['’]|Pour que|Pour qu['’]|Dès que|Dès qu['’]|"
                    + "Tandis que|Tandis qu['’]|Avant que|Avant qu['’]|Avant de|Avant d['’]|Après que|Après qu['’])"
                    + "\\s?[^,;:!?]*\\p{L}\\.$"),
            "en", Pattern.compile("^(Even if|Even though|Even when|Only if|Only when|If|When|Whenever|Because|"
                    + "Although|Though|Unless|Once|Before|After|While|"
                    + "Whether|Since|As|To|In order to|So that)\\s[^,;:!?]*\\p{L}\\.$"));

    /**
     * The conjunction {@code text} opens with when it is a subordinate clause alone ({@link #SUBORDINATE_ONLY}), of
     * three words or more: "Wenn Sie den Befehl ausführen.", "Lorsque vous lancez la commande."; or null.
     */
    static String subordinateOnly(String text, String lang) {
        Pattern p = SUBORDINATE_ONLY.get(lang);
        String t = text.strip();
        if (p == null || t.split("\\s+").length < 3) {
            return null;
        }
        Matcher m = p.matcher(t);
        return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
    }

    /** An English clause set off by a comma: a relative clause or one a subordinating conjunction opens. */
    private static final Pattern ENGLISH_CLAUSE_AFTER_COMMA = Pattern.compile(",\\s+(which|who|whose|because|"
            + "before|when|whenever|if|so that|although|though|while|unless|after|until|where|whereas|since)\\s");

    /**
     * The word that opens a clause {@code text} sets off with a comma, when {@code lang} is English, or null.
     * German sets every subordinate clause off with a comma by rule, so a German translation of such a sentence
     * without any comma left the clause out or turned it into a phrase ("before it writes" → "vor dem Schreiben");
     * the caller asks for a second sign, a target too short.
     */
    static String clauseAfterComma(String text, String lang) {
        if (!lang.equals("en")) {
            return null;
        }
        Matcher m = ENGLISH_CLAUSE_AFTER_COMMA.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** A German modal verb, finite: what needs an infinitive at the sentence's end ("kann … öffnen."). */
    private static final Pattern GERMAN_MODAL = Pattern.compile("(?<![\\p{L}])(kann|kannst|können|könnt|konnte|"
            + "konnten|könnte|könnten|muss|musst|müssen|müsst|musste|mussten|müsste|müssten|soll|sollst|sollen|"
            + "sollt|sollte|sollten|darf|darfst|dürfen|dürft|dürfte|dürften|möchte|möchtest|möchten)(?![\\p{L}])");
    /** Words after which a modal's verb of motion may be left out ("Ich muss nach Hause."): a direction. */
    private static final Set<String> DIRECTIONS = Set.of("nach", "in", "ins", "zu", "zum", "zur", "an", "auf", "aus",
            "heim", "hinaus", "heraus", "hinein", "weg", "fort", "los", "durch", "über", "unter", "vor", "hinter",
            "zurück");
    private static final Pattern GERMAN_WORD = Pattern.compile("[\\p{L}\\p{N}'’-]+");

    /**
     * The modal verb of a German sentence that has one (in second place: a main clause) and ends in a noun with no
     * verb after the modal — no infinitive or participle, no comma, no comparison, no direction ("Sie können die
     * standardmäßige Benutzerschnittstelle.", "… kann das Zuweisen der betreffenden Einträge."): the sentence lost
     * its end, where German puts the modal's infinitive; or null. Asks LanguageTool's tagger.
     */
    static String modalWithoutVerb(String text, String lang) {
        String t = text.strip();
        if (!lang.equals("de") || !t.endsWith(".") || t.endsWith("..")) {
            return null;
        }
        Matcher m = GERMAN_MODAL.matcher(t);
        if (!m.find()) {
            return null;
        }
        List<String> before = words(t.substring(0, m.start()));
        String rest = t.substring(m.end(), t.length() - 1);
        List<String> after = words(rest);
        if (before.isEmpty() || after.size() < 2 || !Character.isUpperCase(after.get(after.size() - 1).charAt(0))
                || after.get(after.size() - 1).length() < 3 || NOT_GOING_ON.matcher(rest).find()
                || after.stream().anyMatch(w -> w.equals("als") || w.equals("wie") || DIRECTIONS.contains(w))) {
            return null;
        }
        var language = org.languagetool.Languages.getLanguageForShortCode(lang);
        // the modal at the end of a clause ("… geringer sein kann als …") or a verb after it: no cut
        if (verb(language, before.get(before.size() - 1))) {
            return null;
        }
        for (String w : after) {
            if (verb(language, w)) {
                return null;
            }
        }
        var last = TaggedWords.alone(language, after.get(after.size() - 1), false).asWritten();
        boolean noun = false;
        for (var reading : last.getReadings()) {
            String tag = reading.getPOSTag();
            noun |= tag != null && tag.startsWith("SUB:");
        }
        return noun ? m.group(1) : null;
    }

    /** What ends a modal's clause before its verb would stand: a comma, a colon, a dash, a bracket, a quote. */
    private static final Pattern NOT_GOING_ON = Pattern.compile("[,;:\"„“”»«()–—]|\\s-\\s");

    private static List<String> words(String text) {
        return GERMAN_WORD.matcher(text).results().map(java.util.regex.MatchResult::group).toList();
    }

    /** Whether LanguageTool's German tagger reads {@code word} as an infinitive, a participle or a finite verb. */
    private static boolean verb(org.languagetool.Language language, String word) {
        if (!Character.isLowerCase(word.charAt(0))) {
            return false;
        }
        for (var reading : TaggedWords.alone(language, word, false).asWritten().getReadings()) {
            String tag = reading.getPOSTag();
            if (tag != null && (tag.startsWith("VER:") || tag.startsWith("PA2"))) {
                return true;
            }
        }
        return false;
    }

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
        if (words.contains(m.group(1)) && !(lang.equals("fr") && IMPERATIVE_BEFORE_PRONOUN.matcher(text).find())) {
            return m.group(1);
        }
        Matcher afterComma = LAST_AFTER_COMMA.matcher(text);
        if (afterComma.find() && AFTER_COMMA.get(lang).contains(afterComma.group(1))) {
            return afterComma.group(1);
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
