package dev.paracheck.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Locale-proof text helpers (every case change uses {@link Locale#ROOT}). */
public final class Text {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /**
     * URLs, hashtags, mentions, e-mail addresses and references to an issue or a pull request
     * ({@code vite-plugin-react#212}) say nothing about a text's language; nor do inline code
     * ({@code `foo = Foo.new("hi")`}), a Markdown link's target or reference ({@code [text][id]}), HTML tags and
     * entities ({@code &copy;}) and template tags, which are English in every translation of a programming page.
     */
    private static final Pattern NOT_PROSE = Pattern.compile(
            // a URL or an address is matched from its token's start (the match would start there anyway): from
            // every offset, a token of 50,000 characters without one was quadratic
            "(?<!\\S)\\S*://\\S+|www\\.\\S+|(?<!\\S)\\S+@\\S+|[\\p{L}\\p{N}_./-]*#[\\p{L}\\p{N}_]+|@[\\p{L}\\p{N}_]+|`[^`]*`"
                    + "|]\\([^)\\s]*\\)|]\\[[^\\]]*]|<[^<>]*>|&[a-zA-Z]+;|\\{%.*?%}|\\{\\{.*?}}");

    private Text() {
    }

    /**
     * Dot leaders: four dots or more with spaces between ({@code . . . .}, LaTeX's tables of contents, revision
     * histories and indexes) or five or more without ({@code ......}, a word processor's). An ellipsis, spaced
     * ({@code . . .}) or not, is none.
     */
    private static final Pattern DOT_LEADER = Pattern.compile("\\s*+(?:\\.(?:[ \\t\\u00A0]++\\.){3,}+|\\.{5,}+)\\s*+");

    /**
     * {@code text} without its dot leaders, a space in their place ({@code Added \\listcsadd . . . . 3.7.2} is
     * {@code Added \\listcsadd 3.7.2}): a sentence splitter makes each of their dots a sentence of its own.
     */
    public static String withoutDotLeaders(String text) {
        if (text.indexOf('.') < 0) {
            return text;
        }
        java.util.regex.Matcher m = DOT_LEADER.matcher(text);
        return m.find() ? m.replaceAll(" ").strip() : text;
    }

    /** {@code s} split at runs of ASCII whitespace, as {@code s.split("\\s+")} but with the pattern compiled once. */
    public static String[] splitAtWhitespace(String s) {
        return WHITESPACE.split(s);
    }

    /** Collapses every run of whitespace (including no-break spaces) to one space and strips the ends. */
    public static String collapseSpaces(CharSequence s) {
        // what a replaceAll(" ") of "[\\s\\u00A0\\u2007\\u202F\\u200B]+" and a strip() give, without a regular
        // expression: a replacement for every single space between two words was a third of reading a large
        // plain-text file
        int n = s.length();
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!isSpace(c)) {
                continue;
            }
            int end = i + 1;
            while (end < n && isSpace(s.charAt(end))) {
                end++;
            }
            if (c != ' ' || end > i + 1) { // a run other than one plain space: replace it
                if (out == null) {
                    out = new StringBuilder(n);
                }
                out.append(s, copied, i).append(' ');
                copied = end;
            }
            i = end - 1;
        }
        String collapsed = out == null ? s.toString() : out.append(s, copied, n).toString();
        return collapsed.strip();
    }

    /** Whether {@code c} is ASCII white space ({@code \s}) or a no-break or zero-width space. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0'
                || c == '\u2007' || c == '\u202F' || c == '\u200B';
    }

    /**
     * The text without what says nothing of its language (URLs, code spans, link targets, markup, template tags):
     * blanks instead.
     */
    public static String prose(String text) {
        return mayHoldNotProse(text) ? NOT_PROSE.matcher(text).replaceAll(" ") : text;
    }

    /**
     * False when {@link #NOT_PROSE} cannot match: none of the characters each of its alternatives needs, and no
     * "www.". A shortcut, not a rule: its pattern starts with {@code \S*}, which tries every position of every
     * word, and most sentences hold none of these.
     */
    private static boolean mayHoldNotProse(String text) {
        return containsAny(text, ":@#`]<&{") || text.contains("www.");
    }

    /** Whether {@code text} holds any of the characters of {@code chars}. */
    public static boolean containsAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@link #prose} that keeps offsets: what says nothing of the text's language is blanked one space for one
     * character, so that a place in the result is the same place in {@code text}.
     */
    public static String proseInPlace(String text) {
        return !mayHoldNotProse(text) ? text : blanked(NOT_PROSE, text);
    }

    /** {@code text} with each match of {@code pattern} blanked, one space a character: offsets stay where they were. */
    public static String blanked(Pattern pattern, String text) {
        return pattern.matcher(text).replaceAll(m -> " ".repeat(m.end() - m.start()));
    }

    private static final Pattern TYPESET_HYPHEN =
            Pattern.compile("(\\p{L})[\\u2010\\u00AD][ \\t]*\\R[ \\t]*(\\p{L})");
    private static final Pattern LOWER_HYPHEN =
            Pattern.compile("(\\p{Ll})-[ \\t]*\\R[ \\t]*(?!(?:und|oder|bzw|sowie|bis|and|or|et|ou)\\b)"
                    + "(\\p{Ll})"); // "Ein-\nund Ausgabe" is a suspended compound

    private static final Pattern LINE_END_HYPHEN =
            Pattern.compile("(\\p{L}-)[ \\t]*\\R[ \\t]*(\\p{L})");

    /**
     * Words hyphenated at a line end joined again. A typesetter's hyphen (groff's U+2010, a soft hyphen) goes:
     * {@code "De‐\nbian"} is "Debian". A plain hyphen goes between lower-case letters where {@code typeset} (a
     * PDF, set with hyphenation: {@code "Konfe-\nrenz"}); in text a person wrapped it is the compound's own and
     * stays, without the break ({@code "command-\nline"}). Other line breaks stay for the caller to collapse.
     */
    public static String joinHyphenated(String s, boolean typeset) {
        if (s.indexOf('-') < 0 && s.indexOf('\u2010') < 0 && s.indexOf('\u00AD') < 0) {
            return s; // each pattern needs a hyphen
        }
        String joined = TYPESET_HYPHEN.matcher(s).replaceAll("$1$2");
        return typeset ? LOWER_HYPHEN.matcher(joined).replaceAll("$1$2")
                : LINE_END_HYPHEN.matcher(joined).replaceAll("$1$2");
    }

    private static final Pattern CODE_TOKEN = Pattern.compile(
            "[\\[(]*--?[A-Za-z].*"                       // an option: -a, --all, [--home
            + "|.*[={};<>|$`\\\\].*|.*\\(.*\\).*|.*::.*"   // assignments, blocks, calls, variables, pipes
            + "|\\[.*|.*\\]"                                // a synopsis' optional part
            + "|[\\w-]*/[\\w./-]*"                          // a path
            + "|\\w+\\.\\w[\\w.]*|\\w*_\\w*"                  // navigator.vibrate, a.txt, 1.17.18, DEBIAN_FRONTEND
            + "|\\p{Ll}+(-\\p{Ll}+){2,}"                    // a package name: cordova-plugin-geolocation
            + "|\\p{Ll}+\\p{Lu}\\w*");                         // camelCase: maximumAge, enableHighAccuracy
    private static final Pattern MAN_REFERENCE =
            Pattern.compile("[\\w.-]+\\(\\d\\w*\\)");
    /**
     * A shell's prompt ({@code $}, {@code #}) and a command in lower case after it, in a line that ends no sentence
     * ("# of items is 5." is prose).
     */
    private static final Pattern PROMPT = Pattern.compile("[$#] \\p{Ll}[\\w.+-]*(?:\\s.*)?(?<![.!?])$");
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][\\w-]*(\\s[^<>]*)?>");
    private static final Pattern WORD_TOKEN = Pattern.compile("\\p{Ll}[\\p{L}'’-]+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?s).*[.!?…]['\"”»)]?");
    /** A member of an object or a class called, alone on its line: "axios.put(url[, data])", "Foo::bar()". */
    private static final Pattern MEMBER_CALL =
            Pattern.compile("[\\p{L}_$][\\w$]*(?:(?:\\.|#|::)[\\p{L}_$][\\w$]*)+\\(.*\\)\\s*;?");

    /**
     * Whether a line reads as code, a command or its synopsis rather than as prose: more tokens of code (options,
     * paths, assignments, calls, brackets, dotted or underscored identifiers; a manual page reference such as
     * {@code dpkg(1)} counting twice) than words in lower case, or as many in a line that ends no sentence. For
     * documents whose format does not mark code (plain text, DOCX): "run-parts [--test] [--umask=umask] DIRECTORY",
     * "var onSuccess = function(position) {". A sentence that mentions an option or two ("Use --force to overwrite
     * the file.") is prose.
     */
    public static boolean looksLikeCode(String text) {
        String stripped = text.strip();
        if (stripped.startsWith("//") || stripped.startsWith("/*") || stripped.startsWith("#!")) {
            return true; // a comment of a program
        }
        if (PROMPT.matcher(stripped).matches()) {
            return true; // a command after a shell's prompt: "# lb clean --binary", "$ make install"
        }
        if (MEMBER_CALL.matcher(stripped).matches()) {
            return true; // an API's signature: "axios.put(url[, data[, config]])", "axios#patch(url)"
        }
        int code = 0;
        int words = 0;
        // inline HTML (<b>, </em>) is markup around prose, not code
        String untagged = text.indexOf('<') < 0 ? text : HTML_TAG.matcher(text).replaceAll(" ");
        for (String token : splitAtWhitespace(untagged.strip())) {
            if (token.isEmpty()) {
                continue;
            }
            switch (tokenKind(bare(token))) {
                case MANUAL_PAGE -> code += 2;
                case CODE -> code++;
                case WORD -> words++;
                default -> { }
            }
        }
        // a line that ends no sentence is a command when it has code at all as much as words: "adduser --help"
        boolean sentence = SENTENCE_END.matcher(stripped).matches();
        return code > words || !sentence && code > 0 && code >= words;
    }

    /** What a token of a line is to {@link #looksLikeCode}. */
    enum TokenKind { MANUAL_PAGE, CODE, WORD, OTHER }

    /**
     * What {@code bare} (a token without its quotes and stops) is: the first of {@link #MAN_REFERENCE},
     * {@link #CODE_TOKEN} and {@link #WORD_TOKEN} it matches. A token of letters alone — most tokens — is told
     * without the patterns, to the same answer ({@link #tokenKindByPatterns} is the reference): of the patterns
     * only camelCase and a lower-case word can match letters alone.
     */
    static TokenKind tokenKind(String bare) {
        int lower = 0;
        boolean letters = !bare.isEmpty();
        for (int i = 0; i < bare.length() && letters; i++) {
            char c = bare.charAt(i);
            letters = Character.isLetter(c); // a surrogate is no letter: such a token takes the patterns
            if (letters && lower == i && Character.getType(c) == Character.LOWERCASE_LETTER) {
                lower++;
            }
        }
        if (!letters) {
            return tokenKindByPatterns(bare);
        }
        if (lower > 0 && lower < bare.length() && Character.getType(bare.charAt(lower)) == Character.UPPERCASE_LETTER
                && asciiLetters(bare, lower + 1)) {
            return TokenKind.CODE; // camelCase: \p{Ll}+\p{Lu}\w*
        }
        return lower > 0 && bare.length() >= 2 ? TokenKind.WORD : TokenKind.OTHER;
    }

    /** {@link #tokenKind} by the patterns alone. */
    static TokenKind tokenKindByPatterns(String bare) {
        if (MAN_REFERENCE.matcher(bare).matches()) {
            return TokenKind.MANUAL_PAGE;
        } else if (CODE_TOKEN.matcher(bare).matches()) {
            return TokenKind.CODE;
        }
        return WORD_TOKEN.matcher(bare).matches() ? TokenKind.WORD : TokenKind.OTHER;
    }

    private static boolean asciiLetters(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    /** {@code token} without the quotes it opens with and the quotes and stops it ends with. */
    static String bare(String token) {
        int from = 0;
        while (from < token.length() && "\"'„“”«»".indexOf(token.charAt(from)) >= 0) {
            from++;
        }
        int to = token.length();
        while (to > from && "\"'„“”«».,:!?".indexOf(token.charAt(to - 1)) >= 0) {
            to--;
        }
        return token.substring(from, to);
    }

    /** Lower-cases with {@link Locale#ROOT}. */
    public static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** Lower-case, diacritics removed, {@code ß} as {@code ss}: {@code "Außenminister" -> "aussenminister"}. */
    public static String fold(String s) {
        if (isAscii(s)) {
            return lower(s); // nothing to decompose: the fast path of the aligner's million words
        }
        return withoutDiacritics(lower(s).replace("ß", "ss").replace("æ", "ae").replace("œ", "oe")
                .replace("ø", "o"));
    }

    /** The text with its diacritics removed, case kept: {@code "Bézier" -> "Bezier"}. */
    public static String withoutDiacritics(String s) {
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Number of code points that are not whitespace. */
    public static int visibleLength(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
                n++;
            }
            i += Character.charCount(cp);
        }
        return n;
    }

    /** Shortens {@code s} to at most {@code max} characters, marking a cut with an ellipsis. */
    public static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, Math.max(0, max - 1)).stripTrailing() + "…";
    }
}
