package dev.paracheck.check.entity;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Placeholder words in paths, addresses and options: the part of {@code debian/package.docs}, {@code
 * username@servername.example.com} or {@code scheme://host/folder} that the reader replaces with their own, which
 * documentation conventionally translates ({@code debian/Paket.docs}, {@code nomutilisateur@nomduserveur.exemple.com}).
 * Such a string rendered so is no changed name; a changed separator, or a changed word that is no placeholder, is.
 */
final class Placeholders {
    /** English words that name, in a path, address or option, what the reader puts in their place. */
    private static final Set<String> WORDS = Set.of("file", "filename", "files", "dir", "directory", "folder", "path",
            "package", "packages", "pkg", "user", "username", "login", "host", "hostname", "server", "servername",
            "domain", "example", "examples", "sample", "name", "item", "items", "value", "key", "option", "version",
            "project", "repository", "branch", "port", "password", "address", "number", "source", "target",
            "destination", "dest", "program", "command", "module", "image", "document", "page", "share", "resource");
    /** A run of letters and digits, or one character of anything else. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]");

    private Placeholders() {
    }

    /**
     * True when {@code source} is a path, an address or a command with a placeholder (it has a "/", "@" or "<", or
     * is a code span of several words: {@code `PidFile filename`} as {@code `PidFile Dateiname`}),
     * {@code translated} has the same separators in the same places, every word that differs is a placeholder of
     * the source (one of {@link #WORDS}, a word alone in angle brackets: {@code <Backupfilename>}, or two words in
     * capitals or more: {@code URL/PATH/TO/FILE}), and one word at least stands unchanged (the rest of the path).
     */
    static boolean localized(String source, String translated) {
        List<String> a = tokens(source);
        List<String> b = tokens(translated);
        boolean command = source.startsWith("`") && a.contains(" "); // `PidFile filename`, a syntax line
        if (a.size() != b.size() || a.size() < 3 || !a.contains("/") && !a.contains("@") && !a.contains("<")
                && !command) {
            return false; // a file name or key alone ("package.json", "user.name") is literal
        }
        boolean changed = false;
        boolean kept = false;
        int capitalWords = 0;
        for (int k = 0; k < a.size(); k++) {
            String x = a.get(k);
            String y = b.get(k);
            boolean word = Character.isLetterOrDigit(x.codePointAt(0));
            if (word != Character.isLetterOrDigit(y.codePointAt(0))) {
                return false;
            }
            if (x.equals(y)) {
                kept |= word && x.codePoints().anyMatch(Character::isLetter);
            } else if (word && (placeholder(x, y) || bracketed(a, k) && bracketWord(x))
                    && (!command || standsAlone(a, k))) {
                changed = true;
            } else if (word && capitals(x) && capitals(y)) {
                capitalWords++;
            } else {
                return false;
            }
        }
        // words in capitals are placeholders in a series (URL/PATH/TO/FILE) or beside another placeholder; one
        // alone is a name (README)
        return (changed || capitalWords >= 2) && kept;
    }

    /**
     * Whether word {@code x} is a placeholder translated as {@code y}: one of {@link #WORDS}, numbered or not, with
     * the same number ({@code example1} as {@code exemple1}).
     */
    private static boolean placeholder(String x, String y) {
        String bare = x.replaceFirst("\\d+$", "").toLowerCase(Locale.ROOT);
        return WORDS.contains(bare) && x.replaceAll("\\D", "").equals(y.replaceAll("\\D", ""));
    }

    /**
     * A word in capitals, letters only ({@code PATH}, {@code OOP}; not {@code RFC2616}): an acronym, or, several in
     * a series, placeholders.
     */
    static boolean capitals(String word) {
        return word.length() >= 2 && word.codePoints().allMatch(Character::isUpperCase);
    }

    /**
     * Whether token {@code k} stands alone in angle brackets: {@code <Backupfilename>}, a placeholder by its form.
     */
    private static boolean bracketed(List<String> tokens, int k) {
        return k > 0 && k + 1 < tokens.size() && tokens.get(k - 1).equals("<") && tokens.get(k + 1).equals(">");
    }

    /** What may stand around a syntax line's placeholder: a space, the span's ends, italics, angle brackets. */
    private static final String PLACEHOLDER_MARKS = " `_*<>[]";

    /**
     * Whether token {@code k} of a syntax line stands alone between spaces or placeholder marks ({@code `PidFile
     * filename`}, {@code `pkg add _package_`}, {@code `apt install <package>`}); {@code `git config user.name`} has a
     * key whose parts are literal.
     */
    private static boolean standsAlone(List<String> tokens, int k) {
        return (k == 0 || PLACEHOLDER_MARKS.contains(tokens.get(k - 1)))
                && (k + 1 == tokens.size() || PLACEHOLDER_MARKS.contains(tokens.get(k + 1)));
    }

    /** A placeholder's word in brackets: letters, five at least, not a key ({@code <Enter>}, {@code <F5>}). */
    private static boolean bracketWord(String x) {
        return x.length() >= 5 && x.codePoints().allMatch(Character::isLetter) && KeyNames.keys(x) == null;
    }

    private static List<String> tokens(String s) {
        return TOKEN.matcher(s).results().map(MatchResult::group).toList();
    }
}
