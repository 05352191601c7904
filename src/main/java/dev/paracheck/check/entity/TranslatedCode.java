package dev.paracheck.check.entity;

import dev.paracheck.check.TaggedWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.languagetool.Language;
import org.languagetool.Languages;

/**
 * A code span whose words a translator translated into the target language and nothing else: example data, a
 * label or a placeholder ({@code `electrical`} as {@code `elektrisch`}, {@code `StringLen, OutputVar, InputVar`} as
 * {@code `StringLen, AusgabeVar, EingabeVar`}, {@code "C:\My Documents\Address List.txt"} as {@code "C:\Meine
 * Dateien\Adressenliste.txt"}). Documentation localises such spans on purpose; some cannot be (a column name an
 * importer needs), so the caller lowers the finding rather than drops it. Thread-safe.
 */
final class TranslatedCode {
    /** Runs of letters, cut where a small letter meets a capital ({@code OutputVar}: Output, Var). */
    private static final Pattern WORD = Pattern.compile("\\p{Lu}?\\p{Ll}+|\\p{Lu}+(?!\\p{Ll})");
    /** What stays in a span once its letters, digits, white space and hyphens within words are gone: its syntax. */
    private static final Pattern NOT_SYNTAX = Pattern.compile("(?:[\\p{L}\\p{N}\\s]|(?<=\\p{L})-(?=\\p{L}))+");
    /** A word that is an option's name ({@code --all}) or a key's ({@code user=}, {@code name:}): literal. */
    private static final Pattern LITERAL = Pattern.compile("(?<![\\p{L}\\p{N}])-\\p{L}+|\\p{L}+\\s*[=:]");

    private TranslatedCode() {
    }

    /**
     * True when {@code source} and {@code target} are code spans with the same syntax (the same characters other
     * than letters, digits and spaces, in the same order), the words in which they differ (case aside) are, half of
     * them or more, words of the source language's dictionary on the one side and of the target language's on the
     * other, and one at least of the target's is a word of its language that the source language's dictionary does
     * not know; no option or key name differs, no bare argument of a call, and the target has at most one word
     * more than the source where they differ.
     */
    static boolean translated(String source, String target, String sourceLang, String targetLang) {
        if (!source.startsWith("`") || !target.startsWith("`") || sourceLang.equals(targetLang)
                || !Languages.isLanguageSupported(sourceLang) || !Languages.isLanguageSupported(targetLang)
                || !syntax(source).equals(syntax(target)) || literalChanged(source, target)) {
            return false;
        }
        List<String> s = words(source);
        List<String> t = words(target);
        List<String> onlySource = without(s, t);
        List<String> onlyTarget = without(t, s);
        if (onlySource.isEmpty() || onlyTarget.isEmpty()) {
            return false; // a change of case or of syntax only: another name, not a translation
        }
        if (onlyTarget.size() > onlySource.size() + 1 || argumentChanged(source, onlySource)) {
            return false; // a word become a phrase ("`results`" / "`Des Objekts an den Rückruf übergeben`")
        }
        Language sl = Languages.getLanguageForShortCode(sourceLang);
        Language tl = Languages.getLanguageForShortCode(targetLang);
        if (2 * known(sl, onlySource) < onlySource.size() || 2 * known(tl, onlyTarget) < onlyTarget.size()) {
            return false;
        }
        for (String w : onlyTarget) {
            if (w.length() >= 4 && known(tl, List.of(w)) == 1 && known(sl, List.of(w)) == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether one of {@code changed} stands in {@code span} as a bare argument of a call, outside quotes:
     * {@code callback} of {@code alert('text', callback)} is a variable of the program, not example data.
     */
    private static boolean argumentChanged(String span, List<String> changed) {
        Matcher call = CALL.matcher(span);
        if (!call.find()) {
            return false; // brackets around words are no call: "(email address *requested*)"
        }
        String arguments = QUOTED.matcher(span.substring(call.end())).replaceAll("\"\"");
        for (String w : changed) {
            if (Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}_])").matcher(arguments)
                    .find()) {
                return true;
            }
        }
        return false;
    }

    /** A name and its opening bracket: a call. */
    private static final Pattern CALL = Pattern.compile("[\\p{L}\\p{N}_]\\s*\\(");
    /** A quoted string in code: {@code 'text'}, {@code "title"}. */
    private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"");

    /** Whether a word written as an option or a key name in one span is missing from the other. */
    private static boolean literalChanged(String source, String target) {
        List<String> a = literals(source);
        List<String> b = literals(target);
        return !a.equals(b);
    }

    private static List<String> literals(String span) {
        return LITERAL.matcher(span).results().map(r -> r.group().replaceAll("\\s", "").toLowerCase(Locale.ROOT))
                .toList();
    }

    private static String syntax(String span) {
        return NOT_SYNTAX.matcher(span).replaceAll("");
    }

    private static List<String> words(String span) {
        return WORD.matcher(span).results().map(MatchResult::group).toList();
    }

    /** The words of {@code a} that {@code b} lacks, case aside (each of {@code b} taking away one of {@code a}). */
    private static List<String> without(List<String> a, List<String> b) {
        List<String> rest = new ArrayList<>();
        b.forEach(w -> rest.add(w.toLowerCase(Locale.ROOT)));
        List<String> out = new ArrayList<>();
        for (String w : a) {
            if (!rest.remove(w.toLowerCase(Locale.ROOT))) {
                out.add(w);
            }
        }
        return out;
    }

    /** How many of {@code words} the dictionary of {@code language} knows (as written or in lower case). */
    private static long known(Language language, List<String> words) {
        return TaggedWords.of(language, String.join(" ", words), w -> w.codePoints().anyMatch(Character::isLetter))
                .stream()
                .filter(TaggedWords.Word::known).count();
    }
}
