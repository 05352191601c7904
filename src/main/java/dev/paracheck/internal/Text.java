package dev.paracheck.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Locale-proof text helpers (every case change uses {@link Locale#ROOT}). */
public final class Text {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /**
     * URLs, hashtags, mentions and e-mail addresses say nothing about a text's language; nor do inline code
     * ({@code `foo = Foo.new("hi")`}), a Markdown link's target or reference ({@code [text][id]}), HTML tags and
     * entities ({@code &copy;}) and template tags, which are English in every translation of a programming page.
     */
    private static final Pattern NOT_PROSE = Pattern.compile(
            "\\S*://\\S+|www\\.\\S+|\\S+@\\S+|[#@][\\p{L}\\p{N}_]+|`[^`]*`|]\\([^)\\s]*\\)|]\\[[^\\]]*]|<[^<>]*>"
                    + "|&[a-zA-Z]+;|\\{%.*?%}|\\{\\{.*?}}");

    private Text() {
    }

    /** Collapses every run of whitespace (including no-break spaces) to one space and strips the ends. */
    public static String collapseSpaces(CharSequence s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /**
     * The text without what says nothing of its language (URLs, code spans, link targets, markup, template tags):
     * blanks instead.
     */
    public static String prose(String text) {
        return NOT_PROSE.matcher(text).replaceAll(" ");
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
        String lower = lower(s).replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ø", "o");
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
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
