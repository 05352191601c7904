package dev.paracheck.check.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Links a translation points at its own language's version of: the same site, with the target's language where the
 * source's link has the source's — in the path ({@code developer.mozilla.org/en-US/docs/…/apply} → {@code
 * /fr/docs/…/apply}, whose segments between may be translated; {@code manual/en.i386/} → {@code manual/fr.i386/}),
 * inserted in it ({@code docs.python.org/3/…} → {@code /fr/3/…}), or as the host's first label ({@code
 * en.wikipedia.org/wiki/Newline} → {@code de.wikipedia.org/wiki/Zeilenumbruch}, the page's own title translated).
 * Such a link changed is no changed name; another page, version or query is. The same address written with another
 * scheme ({@code http://} → {@code https://}) or without {@code www.} is told apart too ({@link #sameAddress}).
 */
final class LocalizedLinks {
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private LocalizedLinks() {
    }

    /**
     * True when {@code translated} is {@code source} pointed at the version of the page in {@code targetLang}: the
     * source's link names {@code sourceLang} (or, for an inserted language, nothing) where the translation's names
     * {@code targetLang}, the query is the same, and so is the page — the last segment, and every segment with a
     * digit ({@code /v1/}), the rest of the path or the same path whole when the language was inserted.
     */
    static boolean localized(String source, String translated, String sourceLang, String targetLang) {
        Url a = Url.of(source);
        Url b = Url.of(translated);
        if (a == null || b == null || !a.site().equals(b.site()) || !a.query().equals(b.query())) {
            return false;
        }
        if (a.hostLanguage() != null && b.hostLanguage() != null) {
            // a site by language has its own titles: the same place, the page's own name translated
            // ("en.wikipedia.org/wiki/Byte_order_mark" → "de.wikipedia.org/wiki/Byte-Reihenfolge")
            return a.hostLanguage().equals(sourceLang) && b.hostLanguage().equals(targetLang)
                    && a.path().size() == b.path().size() && (a.path().isEmpty()
                    || a.path().subList(0, a.path().size() - 1).equals(b.path().subList(0, b.path().size() - 1)));
        }
        int i = languageSegment(a.path(), sourceLang);
        int j = languageSegment(b.path(), targetLang);
        if (i >= 0 && i == j) {
            // the same place: what comes after may be translated (a page's own slug), but it is the same page
            List<String> restA = a.path().subList(i + 1, a.path().size());
            List<String> restB = b.path().subList(j + 1, b.path().size());
            return a.path().subList(0, i).equals(b.path().subList(0, j)) && samePage(restA, restB);
        }
        // a language inserted: the rest is the same path
        return i < 0 && j >= 0 && a.path().equals(without(b.path(), j));
    }

    /**
     * True when two web addresses, each with its scheme, are the same but for the scheme, a leading {@code www.} or
     * a final slash: a translation that writes {@code https://} where its older source had {@code http://} points at
     * the same page.
     */
    static boolean sameAddress(String source, String translated) {
        Url a = SCHEME.matcher(source).lookingAt() ? Url.of(source) : null;
        Url b = SCHEME.matcher(translated).lookingAt() ? Url.of(translated) : null;
        return a != null && b != null && !source.equals(translated) && a.withoutWww().equals(b.withoutWww());
    }

    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("(?i)https?://");

    /** The same page: the same last segment (or none), and the same segments with digits in the same places. */
    private static boolean samePage(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() && b.isEmpty();
        }
        if (a.size() != b.size() || !a.get(a.size() - 1).equals(b.get(b.size() - 1))) {
            return false;
        }
        for (int k = 0; k < a.size(); k++) {
            if ((a.get(k).chars().anyMatch(Character::isDigit) || b.get(k).chars().anyMatch(Character::isDigit))
                    && !a.get(k).equals(b.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** The index of the first segment that is a tag of {@code lang} ("en", "en-US", "en_GB"), or -1. */
    private static int languageSegment(List<String> path, String lang) {
        for (int k = 0; k < path.size(); k++) {
            if (lang.equals(language(path.get(k)))) {
                return k;
            }
        }
        return -1;
    }

    private static List<String> without(List<String> path, int k) {
        List<String> out = new ArrayList<>(path);
        if (k >= 0) {
            out.remove(k);
        }
        return out;
    }

    /** The language of a tag of two letters and an optional region ("en", "en-US", "pt_BR"), or null. */
    private static String language(String tag) {
        String lower = tag.toLowerCase(Locale.ROOT);
        if (!(lower.length() == 2 || lower.length() == 5 && (lower.charAt(2) == '-' || lower.charAt(2) == '_')
                && Character.isLetter(lower.charAt(3)) && Character.isLetter(lower.charAt(4)))) {
            return null;
        }
        String code = lower.substring(0, 2);
        return LANGUAGES.contains(code) ? code : null;
    }

    /** A URL's host without a language label, that label, and its path segments. */
    private record Url(String site, String hostLanguage, List<String> path, String query) {
        /** The same address with its host's {@code www.} taken off. */
        Url withoutWww() {
            return site.startsWith("www.") ? new Url(site.substring(4), hostLanguage, path, query) : this;
        }

        static Url of(String s) {
            String rest = s.replaceFirst("^(?i)(https?://)", "");
            if (rest.equals(s) && !s.toLowerCase(Locale.ROOT).startsWith("www.")) {
                return null;
            }
            int slash = rest.indexOf('/');
            String host = (slash < 0 ? rest : rest.substring(0, slash)).toLowerCase(Locale.ROOT);
            String whole = slash < 0 ? "" : rest.substring(slash + 1);
            int end = whole.length();
            for (char c : new char[] {'?', '#'}) {
                end = whole.indexOf(c) >= 0 ? Math.min(end, whole.indexOf(c)) : end;
            }
            String path = whole.substring(0, end);
            String query = whole.substring(end);
            int dot = host.indexOf('.');
            String first = dot < 0 ? null : language(host.substring(0, dot));
            String site = first != null && host.substring(0, dot).length() == 2 ? host.substring(dot + 1) : host;
            List<String> names = path.isEmpty() ? List.of()
                    : Arrays.stream(path.split("/")).filter(p -> !p.isEmpty()).toList();
            // a folder named by a language and a suffix ("manual/en.i386/") is the language and the suffix; a
            // file's name is not ("library/os.html")
            List<String> segments = new ArrayList<>();
            for (int k = 0; k < names.size(); k++) {
                String name = names.get(k);
                if (k + 1 < names.size() && name.indexOf('.') == 2 && language(name.substring(0, 2)) != null) {
                    segments.add(name.substring(0, 2));
                    segments.add(name.substring(3));
                } else {
                    segments.add(name);
                }
            }
            return new Url(site, site.equals(host) ? null : first, segments, query);
        }
    }
}
