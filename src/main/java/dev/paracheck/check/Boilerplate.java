package dev.paracheck.check;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Lines of web-page furniture that content checks ignore: share buttons, comment counters, "Source: …" lines,
 * photo credits, navigation. The default patterns cover what the seeds carry in English, German and a few
 * other languages; users add their own. Immutable; thread-safe.
 */
public final class Boilerplate {
    /** The default patterns, matched against a whole link text (case-insensitive, anchored). */
    public static final List<String> DEFAULT_PATTERNS = List.of(
            "(comments?|kommentare?|commentaires?|comentarios?|commenti)\\s*\\(\\d+\\)",
            "(source|quelle|fuente|fonte|bron|according to|laut)\\s*:?\\s*\\S*",
            "(share|teilen|partager|compartir|condividi|print|drucken|copy link|link kopieren|zalo|facebook|twitter|\\s)+",
            "\\(?(photo|foto|ảnh|image|bild)\\s*:[^)]*\\)?\\s*\\|?",
            "(no data|keine daten|same (tag|category|author)|no videos available|read more|weiterlesen|mehr lesen)",
            "[|•·\\-–—\\s]*");

    private final List<Pattern> patterns;

    public Boilerplate(List<String> patterns) {
        this.patterns = patterns.stream()
                .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
    }

    public static Boilerplate defaults() {
        return new Boilerplate(DEFAULT_PATTERNS);
    }

    public static Boilerplate none() {
        return new Boilerplate(List.of());
    }

    /** True when the whole text is boilerplate. */
    public boolean matches(String text) {
        String t = text.strip();
        return patterns.stream().anyMatch(p -> p.matcher(t).matches());
    }
}
