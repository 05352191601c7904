package dev.paracheck.check.entity;

import dev.paracheck.check.Check;
import dev.paracheck.check.CheckContext;
import dev.paracheck.check.PairedText;
import dev.paracheck.check.Spans;
import dev.paracheck.check.numbers.NumberExtractor;
import dev.paracheck.internal.Text;
import dev.paracheck.model.CheckDescriptor;
import dev.paracheck.model.Document;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Sentence;
import dev.paracheck.model.Severity;
import dev.paracheck.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Flags names, acronyms, URLs, e-mail addresses, hashtags, code spans and file paths present on one side of a
 * link only. URLs and the like must be copied verbatim. A name is a capitalised word that passes through
 * translation — it occurs in both documents — so when one link lacks it, it was dropped or changed there.
 * An acronym the target never uses anywhere may have been spelled out, which is only {@code info}. A name that
 * occurs in one document only is found when it was replaced by another ({@link ReplacedNames}).
 *
 * <p>A finding's spans ({@link Span.Kind#NAME}) are the places of the missing names in the source and of the added
 * ones in the target; its suggestions are what the target should carry: the source's URLs, addresses and code
 * spans it lacks, and the source's name where one name became another.
 */
public final class EntityCheck implements Check {
    /** A name occurs in the other document at least this share of the times it occurs in its own. */
    private static final double MIN_PASS_THROUGH = 0.75;
    private static final CheckDescriptor DESCRIPTOR = new CheckDescriptor("entity", "Name or code mismatch",
            "Names, acronyms, URLs, e-mails, code spans present on one side only or changed.", Severity.WARNING);

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        Set<String> sourceWords = allWords(ctx.source());
        Set<String> targetWords = allWords(ctx.target());
        Map<String, Integer> sourceCounts = counts(ctx.source());
        Map<String, Integer> targetCounts = counts(ctx.target());
        // a word the other document writes in lower case in its prose is a common word there: "Strings",
        // "Variable", "Feature" of a German page are loanwords, not names, even if an English heading capitalises them
        Set<String> sourceNames = names(ctx.source(), sourceWords, sourceCounts, targetCounts, proseWords(ctx.target()));
        Set<String> targetNames = names(ctx.target(), targetWords, targetCounts, sourceCounts, proseWords(ctx.source()));
        Set<String> sourceText = allAcronyms(ctx.source());
        Set<String> targetText = allAcronyms(ctx.target());
        List<PairedText> pairs = PairedText.of(ctx);
        ReplacedNames replaced = new ReplacedNames(ctx.source(), ctx.target());
        List<Set<String>> missingPer = new ArrayList<>();
        List<Set<String>> addedPer = new ArrayList<>();
        List<Set<String>> spelledPer = new ArrayList<>();
        for (PairedText p : pairs) {
            String s = p.source().text();
            String t = p.target().text();
            Set<String> missing = new LinkedHashSet<>();
            Set<String> added = new LinkedHashSet<>();
            Set<String> spelledOut = new LinkedHashSet<>();
            missingPer.add(missing);
            addedPer.add(added);
            spelledPer.add(spelledOut);
            // metadata paired with text (an AsciiDoc attribute entry with a list item) is no translation of it
            if (ctx.source().isMetadata(p.link().source()) != ctx.target().isMetadata(p.link().target())) {
                continue;
            }
            diff(Entities.verbatim(s), Entities.verbatim(t), missing, added);
            Set<String> sw = Entities.wordsAndParts(s);
            Set<String> tw = Entities.wordsAndParts(t);
            for (String name : Entities.capitalised(s)) {
                if (sourceNames.contains(name) && !present(name, s, tw)) {
                    missing.add(name);
                }
            }
            for (String name : Entities.capitalised(t)) {
                if (targetNames.contains(name) && !present(name, t, sw)) {
                    added.add(name);
                }
            }
            ReplacedNames.NewNames names = replaced.at(p.source(), p.target());
            missing.addAll(names.missing());
            added.addAll(names.added());
            added.removeIf(n -> joinsWordsOf(n, s) || partOfIdentifier(n, s));
            // a name missing where the link has a new one instead: "Son" became "Sun"
            // (not a name the other sentence writes too, inside an identifier: the "Node" of "Node.js")
            if (!missing.isEmpty() && added.isEmpty()) {
                names.inTarget().stream().filter(n -> !s.contains(n)).forEach(added::add);
            } else if (missing.isEmpty() && !added.isEmpty()) {
                names.inSource().stream().filter(n -> !t.contains(n)).forEach(missing::add);
            }
            Set<String> sa = Entities.acronyms(s);
            Set<String> ta = Entities.acronyms(t);
            for (String a : sa) {
                if (!ta.contains(a) && ta.stream().noneMatch(x -> translatedAcronym(a, x))) {
                    if (targetText.contains(a)) {
                        missing.add(a);
                    } else if (!shoutedWord(a, s, ctx.source().lang())) {
                        spelledOut.add(a);
                    }
                }
            }
            for (String a : ta) {
                if (!sa.contains(a) && sourceText.contains(a)) {
                    added.add(a);
                }
            }
            excuseSameThings(missing, added, ctx.source().lang(), ctx.target().lang());
            // a name as the target language spells it, which the target never writes the source's way
            excuse(missing, added, (m, a) -> exonym(m, a) && !targetWords.contains(m));
        }
        // a name the translator moved into the neighbouring sentence is not missing
        for (int k = 0; k + 1 < pairs.size(); k++) {
            Set<String> movedDown = new HashSet<>(missingPer.get(k));
            movedDown.retainAll(addedPer.get(k + 1));
            Set<String> movedUp = new HashSet<>(addedPer.get(k));
            movedUp.retainAll(missingPer.get(k + 1));
            missingPer.get(k).removeAll(movedDown);
            addedPer.get(k + 1).removeAll(movedDown);
            addedPer.get(k).removeAll(movedUp);
            missingPer.get(k + 1).removeAll(movedUp);
        }
        // a name changed into the same other name in several places is the translation's way of writing it (the
        // acronym ZOC as ZdC, an example's exchange NASDAQ as EUREX), not a slip; but no translation localises code
        // (a field `id` as `Nummer` throughout breaks an import), an identifier (`MaxRequestWorkers` as
        // `MaxClients` throughout is a stale translation's old name) or a key (C-x as M-x is another command)
        Map<List<String>, Integer> changes = new HashMap<>();
        for (int k = 0; k < pairs.size(); k++) {
            String was = missingPer.get(k).size() == 1 ? missingPer.get(k).iterator().next() : null;
            if (was != null && addedPer.get(k).size() == 1 && !was.startsWith("`") && !was.startsWith("#")
                    && !was.startsWith("@") && !IDENTIFIER.matcher(was).find() && KeyNames.keys(was) == null) {
                changes.merge(List.of(was, addedPer.get(k).iterator().next()), 1, Integer::sum);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (int k = 0; k < pairs.size(); k++) {
            PairedText p = pairs.get(k);
            Set<String> missing = missingPer.get(k);
            Set<String> added = addedPer.get(k);
            if (!missing.isEmpty() || !added.isEmpty()) {
                // one thing changed into another is evidence; something on one side only is often a rendering
                // (of one kind: a name does not become code, "DNS" / "`DocumentRoot`" is two things)
                String was = missing.size() == 1 ? missing.iterator().next() : null;
                String now = added.size() == 1 ? added.iterator().next() : null;
                boolean changed = was != null && now != null && was.startsWith("`") == now.startsWith("`");
                int times = changed ? changes.getOrDefault(List.of(was, now), 1) : 0;
                // code whose words the translator translated: example data, a label, a placeholder
                boolean translatedCode = changed && TranslatedCode.translated(was, now, ctx.source().lang(),
                        ctx.target().lang());
                // a name inside the other: the same thing shortened or spelled out ("PID" / "ID" of "Prozess-ID",
                // "Trace" / "Traceroutes"); not code, where a character more is another file (`"config.xml"`)
                boolean contained = changed && !translatedCode && oneInOther(was, now);
                // the same text with the code marked around other words: "type `man mount`" / "man `mount`"
                boolean remarked = changed && !translatedCode && !contained
                        && sameTextRemarked(was, now, p.source().text(), p.target().text());
                // the same page at http:// and https://, with and without www.: a link brought up to date, or
                // not yet — reviewers judged such changes true and false alike
                boolean sameAddress = changed && LocalizedLinks.sameAddress(was, now);
                Severity severity = remarked || sameAddress ? Severity.INFO
                        : times == 1 && !translatedCode && !contained ? ctx.severity()
                        : times > 1 ? Severity.INFO : ctx.severity().lower();
                List<Span> spans = new ArrayList<>(Spans.occurrences(p.source().text(), missing, Span.Side.SOURCE,
                        Span.Kind.NAME));
                spans.addAll(Spans.occurrences(p.target().text(), added, Span.Side.TARGET, Span.Kind.NAME));
                // what must be copied verbatim, and a name that became another, are what the target should have
                Set<String> verbatim = Entities.verbatim(p.source().text());
                List<String> suggestions = missing.stream().filter(m -> changed || verbatim.contains(m)).toList();
                String message = message(missing, added) + (times > 1 ? " (so in " + times + " places: the "
                        + "translation's own name for it?)" : translatedCode ? " (its words translated: example data "
                        + "or a placeholder?)" : contained ? " (one in the other: the same thing, shortened or written out?)"
                        : remarked ? " (the same words on both sides, the code marked around others)"
                        : sameAddress ? " (the same page, its address written otherwise)" : "");
                out.add(new Finding(DESCRIPTOR.id(), severity, message, p.source(), p.target())
                        .withSpans(spans).withSuggestions(suggestions));
            } else if (!spelledPer.get(k).isEmpty()) {
                out.add(new Finding(DESCRIPTOR.id(), Severity.INFO, "Acronym " + quoted(spelledPer.get(k))
                        + " of the source does not appear in the target (spelled out?)", p.source(), p.target())
                        .withSpans(Spans.occurrences(p.source().text(), spelledPer.get(k), Span.Side.SOURCE,
                                Span.Kind.NAME)));
            }
        }
        return out;
    }

    /**
     * Whether two code spans are the same text marked differently: each span's words, without its backticks, stand
     * as they are in the other side's text with its backticks taken out ("(type `man mount` …)" and "(man `mount`
     * …)"). A space lost inside a span ("`kdf --help`" / "`kdf--help`") is no such case.
     */
    static boolean sameTextRemarked(String missing, String added, String sourceText, String targetText) {
        if (!missing.startsWith("`") || !added.startsWith("`")) {
            return false;
        }
        String a = unticked(missing);
        String b = unticked(added);
        return !a.isEmpty() && !b.isEmpty() && !a.equals(b) && unticked(targetText).contains(a)
                && unticked(sourceText).contains(b);
    }

    /** {@code text} without backticks, its runs of white space made one space. */
    private static String unticked(String text) {
        return text.replace("`", "").replaceAll("\\s+", " ").strip();
    }

    /**
     * Whether one of two names, neither a code span and each of two characters or more, stands inside the other,
     * ignoring case.
     */
    static boolean oneInOther(String a, String b) {
        if (a.startsWith("`") || b.startsWith("`")) {
            return false;
        }
        String x = Text.lower(a).strip();
        String y = Text.lower(b).strip();
        return x.length() >= 2 && y.length() >= 2 && !x.equals(y) && (x.contains(y) || y.contains(x));
    }

    /**
     * Whether {@code name} is two or three consecutive words of {@code text} written as one, as a German compound
     * of English words is ("Drummaps", "Drum-Maps" for "drum maps"): no new name, but the text's words.
     */
    static boolean joinsWordsOf(String name, String text) {
        String joined = Text.lower(name).replace("-", "");
        if (joined.length() < 6) {
            return false;
        }
        String[] words = WORD_SPLIT.split(Text.lower(text));
        for (int i = 0; i + 1 < words.length; i++) {
            String two = words[i] + words[i + 1];
            if (two.equals(joined) || i + 2 < words.length && (two + words[i + 2]).equals(joined)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code text} has {@code name} as a part of an identifier, an underscore on one side and no letter or
     * digit on the other: {@code DEB} of {@code ${DEB_HOST_ARCH}}.
     */
    static boolean partOfIdentifier(String name, String text) {
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
            int end = i + name.length();
            char before = i > 0 ? text.charAt(i - 1) : ' ';
            char after = end < text.length() ? text.charAt(end) : ' ';
            if (before == '_' && !Character.isLetterOrDigit(after)
                    || after == '_' && !Character.isLetterOrDigit(before) && before != '_') {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern WORD_SPLIT = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    /** An English plural in -es of a name: "Unixes", "Linuxes", "Boxes". */
    private static final java.util.regex.Pattern ES_PLURAL = java.util.regex.Pattern.compile(
            "\\p{L}{2,}(x|s|z|ch|sh)es");

    /**
     * True when the words hold the name, with or without a genitive s or an English plural in -es, with or
     * without a hyphen ("ClientID" / "Client-ID"), or (for names of six letters or more) a German-style compound
     * ending in it: "Resolution" is in "Kongressresolution".
     */
    static boolean present(String name, String text, Set<String> words) {
        if (words.contains(name) || words.contains(name + "s")
                || name.endsWith("s") && words.contains(name.substring(0, name.length() - 1))) {
            return true; // a German genitive, "Sally Rooneys neuester Aufsatz"
        }
        if (name.endsWith("es") && ES_PLURAL.matcher(name).matches()
                && words.contains(name.substring(0, name.length() - 2))
                || ES_PLURAL.matcher(name + "es").matches() && words.contains(name + "es")) {
            return true; // an English plural in -es: "other Unixes" / "d'autres systèmes Unix"
        }
        String unhyphenated = name.replace("-", "");
        for (String w : words) {
            if (w.length() >= 4 && w.replace("-", "").equals(unhyphenated)) {
                return true; // one name with a hyphen or without: "ClientID" / "Client-ID"
            }
        }
        for (String w : words) {
            // written another way: "WebSocket" as "Websocket" (both capitalised: "Will" is not "will"), "Raspberry
            // Pi" as "RaspberryPi" (the two words of this side joined: "Java" is not in "JavaScript")
            if (name.length() >= 4 && w.equalsIgnoreCase(name) && Character.isUpperCase(w.charAt(0))
                    || w.length() > name.length() && w.startsWith(name) && Character.isUpperCase(w.charAt(name.length()))
                    && text.contains(name + " " + w.substring(name.length()))) {
                return true;
            }
        }
        if (name.length() < 6) {
            return false;
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return words.stream().anyMatch(w -> w.length() > name.length() + 2
                && w.toLowerCase(java.util.Locale.ROOT).endsWith(lower));
    }

    /**
     * Names of languages, in English and in themselves ("German", "Deutsch", "Français"): a page's language menu
     * links to the other translations, so each version names the others and its "Deutsch" stands where the
     * English page has "English".
     */
    private static final Set<String> LANGUAGE_NAMES = languageNames();

    private static Set<String> languageNames() {
        Set<String> out = new HashSet<>();
        for (String code : java.util.Locale.getISOLanguages()) {
            java.util.Locale l = java.util.Locale.forLanguageTag(code);
            for (String name : List.of(l.getDisplayLanguage(java.util.Locale.ENGLISH), l.getDisplayLanguage(l))) {
                if (!name.isEmpty() && !name.equals(code)) {
                    out.add(name.substring(0, 1).toUpperCase(l) + name.substring(1));
                }
            }
        }
        return Set.copyOf(out);
    }

    /**
     * The same thing written otherwise is no change: a key the target names as its readers' keyboards label it
     * ("Ctrl" as "Strg"), a code span that differs only in white space at its ends ("`head `" and "`head`"; but
     * "`< video >`" is not "`<video>`"), one language's name in place of another's (a language menu), a path or
     * address whose placeholder words the translation renders ({@link Placeholders}), a label rendered as a label,
     * a name with the accents the target language writes.
     */
    private static void excuseSameThings(Set<String> missing, Set<String> added, String sourceLang,
                                         String targetLang) {
        excuse(missing, added, (m, a) -> KeyNames.sameKeys(m, a) || called(trimmedSpan(m)).equals(called(trimmedSpan(a)))
                || sameSpanWrittenOtherwise(m, a) || withoutFinalSlash(m).equals(withoutFinalSlash(a))
                || proseName(m) && proseName(a) && !m.equals(a)
                && Text.withoutDiacritics(m).equals(Text.withoutDiacritics(a)) // "Bezier" as "Bézier"
                || Placeholders.localized(m, a) || LocalizedLinks.localized(m, a, sourceLang, targetLang)
                || LANGUAGE_NAMES.contains(m) && LANGUAGE_NAMES.contains(a) || translatedAcronym(m, a));
        // weaker: pairs a label with any label, so only among what the rest left
        excuse(missing, added, (m, a) -> label(m) && label(a));
    }

    /**
     * Whether acronym {@code a} is the target language's for {@code m}: the same capitals in its word order
     * ({@code OOP} as {@code POO}, {@code NATO} as {@code OTAN}), or a name's initials beginning it
     * ({@code Single-File} of "Single-File Components" as {@code SFC}).
     */
    static boolean translatedAcronym(String m, String a) {
        if (!Placeholders.capitals(a)) {
            return false;
        }
        if (Placeholders.capitals(m)) {
            return m.length() == a.length() && !m.equals(a) && sortedLetters(m).equals(sortedLetters(a));
        }
        StringBuilder initials = new StringBuilder();
        for (String part : m.split("[\\s-]+")) {
            if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                initials.append(part.charAt(0));
            }
        }
        return initials.length() >= 2 && a.startsWith(initials.toString());
    }

    private static String sortedLetters(String s) {
        char[] c = s.toCharArray();
        java.util.Arrays.sort(c);
        return new String(c);
    }

    private static void excuse(Set<String> missing, Set<String> added,
                               java.util.function.BiPredicate<String, String> same) {
        for (java.util.Iterator<String> m = missing.iterator(); m.hasNext(); ) {
            String key = m.next();
            String match = added.stream().filter(a -> same.test(key, a)).findFirst().orElse(null);
            if (match != null) {
                m.remove();
                added.remove(match);
            }
        }
    }

    /**
     * A code span holding a capitalised word or phrase of plain words ("`Processing`", "`Validation and
     * adjustment`", "`Lieferadresse`"), or a menu path of them ("`Database -> DB Manager`"):
     * the label of a button, menu or step that the program's own translation renders, unlike an identifier
     * ("`id`", "`shipaddr1`", "`config.xml`").
     */
    private static final String MENU_ITEM = "\\p{Lu}\\p{L}*(?:[ -]\\p{L}+)*";
    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile(
            "`\\p{Lu}\\p{Ll}+(?:[ -]\\p{L}+)*`|`" + MENU_ITEM + "(?:\\s*(?:->|>|→|»)\\s*" + MENU_ITEM + ")+`");

    private static boolean label(String s) {
        return LABEL.matcher(s).matches() && KeyNames.keys(s) == null; // `Ctrl` as `Alt` is another key
    }

    /** A function's name without the empty call after it: {@code add()} is {@code add}, as a translation may write it. */
    private static String called(String s) {
        return s.endsWith("()") ? s.substring(0, s.length() - 2) : s;
    }

    /**
     * Two code spans of one plain word that differ in their first letter's case alone, the source's in capitals: the
     * source's command capitalised at a sentence's start ({@code `Makepasswd`}, written {@code `makepasswd`} by the
     * translation). Not the other way ({@code `deviceready`} as {@code `Deviceready`} is another name to
     * JavaScript), nor any other case change ({@code `ls -l`} as {@code `ls -L`}).
     */
    private static boolean sameSpanWrittenOtherwise(String m, String a) {
        if (!m.startsWith("`") || !a.startsWith("`")) {
            return false;
        }
        String x = trimmedSpan(m);
        String y = trimmedSpan(a);
        // one plain word, its first letter in capitals on the source's side only
        return x.length() >= 2 && x.length() == y.length() && x.chars().allMatch(Character::isLetter)
                && Character.isUpperCase(x.charAt(0)) && Character.isLowerCase(y.charAt(0))
                && x.substring(1).equals(y.substring(1));
    }

    /**
     * What only an identifier or a key has: a capital inside a word (CamelCase), an underscore, a dot or a slash in
     * it; a modifier's letter and a hyphen ({@code C-x}, Emacs's notation for keys).
     */
    private static final java.util.regex.Pattern IDENTIFIER =
            java.util.regex.Pattern.compile("\\p{Ll}\\p{Lu}|\\w[_./:]\\w|^\\p{Lu}-\\S");

    /**
     * A place or person's name as the target language spells it: capitalised words of five letters or more, no
     * code, at most two edits apart once accents and case are set aside ("Canada" / "Kanada", "Greece" / "Grèce");
     * a name replaced by another ("KDE" / "Xfce", "Torvalds" / "Tanenbaum") is further off. Only where the target
     * never writes the source's spelling ("Slovenia" as "Slovakia" in one place is a swap).
     */
    static boolean exonym(String m, String a) {
        if (m.length() < 5 || a.length() < 5 || !Character.isUpperCase(m.codePointAt(0))
                || !Character.isUpperCase(a.codePointAt(0)) || !m.chars().allMatch(Character::isLetter)
                || !a.chars().allMatch(Character::isLetter)) {
            return false;
        }
        String x = Text.withoutDiacritics(m).toLowerCase(java.util.Locale.ROOT);
        String y = Text.withoutDiacritics(a).toLowerCase(java.util.Locale.ROOT);
        return !x.equals(y) && editDistance(x, y) <= 2;
    }

    private static int editDistance(String x, String y) {
        int[] prev = new int[y.length() + 1];
        int[] cur = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int substitution = prev[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1, substitution);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[y.length()];
    }

    /** A capitalised word of letters: a name in prose, not code, a path or an address. */
    private static boolean proseName(String s) {
        return !s.isEmpty() && Character.isUpperCase(s.codePointAt(0)) && s.codePoints().allMatch(Character::isLetter);
    }

    /** A URL or path without a final slash: {@code http://x.org/} and {@code http://x.org} name the same thing. */
    private static String withoutFinalSlash(String s) {
        String t = trimmedSpan(s);
        return t.length() > 1 && t.endsWith("/") ? t.substring(0, t.length() - 1) : t;
    }

    private static String trimmedSpan(String s) {
        return s.startsWith("`") && s.endsWith("`") && s.length() >= 2 ? s.substring(1, s.length() - 1).strip() : s;
    }

    private static String message(Set<String> missing, Set<String> added) {
        if (missing.size() == 1 && added.size() == 1) {
            return "\"" + missing.iterator().next() + "\" in the source became \"" + added.iterator().next()
                    + "\" in the target";
        }
        StringBuilder sb = new StringBuilder();
        if (!missing.isEmpty()) {
            sb.append(quoted(missing)).append(" of the source missing in the target");
        }
        if (!added.isEmpty()) {
            sb.append(sb.length() > 0 ? "; " : "").append(quoted(added)).append(" in the target but not the source");
        }
        return sb.toString();
    }

    /**
     * What of {@code s} is not in {@code t} goes to {@code missing}, what of {@code t} is not in {@code s} to
     * {@code added}; code spans compared without their white space and with typographic quotes as straight ones
     * (`` `some-command >logfile 2>&1` `` / `` `some-command > logfile 2>&1` ``, `` `“id”` `` / `` `"id"` ``):
     * a typesetter's or a translator's spacing, not another command.
     */
    private static void diff(Set<String> s, Set<String> t, Set<String> missing, Set<String> added) {
        List<String> looseS = s.stream().map(EntityCheck::looseCode).toList();
        List<String> looseT = t.stream().map(EntityCheck::looseCode).toList();
        onlyIn(s, looseS, new HashSet<>(looseT), missing);
        onlyIn(t, looseT, new HashSet<>(looseS), added);
    }

    /** Adds to {@code out}, in order, each of {@code items} whose loose form (in {@code loose}) {@code others} lacks. */
    private static void onlyIn(Set<String> items, List<String> loose, Set<String> others, Set<String> out) {
        int k = 0;
        for (String x : items) {
            if (!others.contains(loose.get(k++))) {
                out.add(x);
            }
        }
    }

    /**
     * A code span with its runs of white space as one space, none before a semicolon or after a redirection
     * ({@code cmd > log} as {@code cmd >log}, {@code ... ; done} as {@code ...; done}), its typographic quotes
     * straight; anything else as it is. Spaces inside a tag stay: {@code < video >} is no {@code <video>}.
     */
    private static String looseCode(String x) {
        if (!x.startsWith("`")) {
            return x;
        }
        String straight = x.replace('“', '"').replace('”', '"').replace('„', '"').replace('‘', '\'')
                .replace('’', '\'');
        return REDIRECTION_SPACE.matcher(SPACE_BEFORE_SEMICOLON.matcher(WHITE_RUN.matcher(straight).replaceAll(" "))
                .replaceAll(";")).replaceAll("$1");
    }

    private static final java.util.regex.Pattern WHITE_RUN = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern SPACE_BEFORE_SEMICOLON = java.util.regex.Pattern.compile(" ;");
    /** A shell redirection ("> log", "2> log", ">> log") and the space before its file. */
    private static final java.util.regex.Pattern REDIRECTION_SPACE =
            java.util.regex.Pattern.compile("((?:^|[\\s\\d&])>{1,2}) (?=[\\w./~$])");

    /**
     * The names of a document: capitalised words that never stand in lower case in their own document, are not
     * only ever sentence-initial (that is how "In" or "Die" look), and occur about as often in the other document
     * (a name passes through translation every time; a common noun such as "Resolution" only sometimes).
     */
    private static Set<String> names(Document d, Set<String> ownWords, Map<String, Integer> own,
                                     Map<String, Integer> other, Set<String> otherWords) {
        Set<String> midSentence = new HashSet<>();
        for (Sentence s : d.sentences()) {
            Set<String> initial = Entities.initialWords(s.text());
            for (String w : Entities.capitalised(s.text())) {
                if (!initial.contains(w)) {
                    midSentence.add(w);
                }
            }
        }
        Set<String> out = new HashSet<>();
        for (String w : midSentence) {
            if (NumberExtractor.isMonth(w)) {
                continue; // a month is translated ("July" is "Juli"); the number check compares dates
            }
            String lower = w.toLowerCase(java.util.Locale.ROOT);
            if (other.getOrDefault(w, 0) >= Math.max(1, Math.floor(MIN_PASS_THROUGH * own.getOrDefault(w, 1)))
                    && !ownWords.contains(lower) && !otherWords.contains(lower)) {
                out.add(w);
            }
        }
        return out;
    }

    private static Map<String, Integer> counts(Document d) {
        Map<String, Integer> out = new HashMap<>();
        for (Sentence s : d.sentences()) {
            Entities.eachWordAndPart(s.text(), w -> out.merge(w, 1, Integer::sum));
        }
        return out;
    }

    /** The words of the document's prose paragraphs, outside URLs and code spans. */
    private static Set<String> proseWords(Document d) {
        Set<String> out = new HashSet<>();
        for (Sentence s : d.sentences()) {
            if (d.paragraphOf(s.index()).isProse()) {
                out.addAll(Entities.proseWords(s.text()));
            }
        }
        return out;
    }

    private static Set<String> allWords(Document d) {
        Set<String> out = new HashSet<>();
        for (Sentence s : d.sentences()) {
            out.addAll(Entities.words(s.text()));
        }
        return out;
    }

    /**
     * A word in capitals that the language's dictionary knows as a common word, in a heading in capitals ("SEE
     * ALSO", "NAME", "EXIT STATUS" of a manual page) or of five letters or more ("DESCRIPTION", "MERCHANTABILITY"
     * of a licence): shouted, not an acronym, so not "spelled out" when the target translates it. "RAID" and
     * "AIDS" within a sentence stay acronyms; without a dictionary for the language, every one does.
     */
    private static boolean shoutedWord(String acronym, String sentence, String lang) {
        if (lang == null || !org.languagetool.Languages.isLanguageSupported(lang)) {
            return false;
        }
        long letters = acronym.codePoints().filter(Character::isLetter).count();
        boolean heading = sentence.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
        return (heading && letters >= 3 || letters >= 5) && ReplacedNames.common(lang, acronym);
    }

    private static Set<String> allAcronyms(Document d) {
        Set<String> out = new HashSet<>();
        for (Sentence s : d.sentences()) {
            out.addAll(Entities.acronyms(s.text()));
        }
        return out;
    }

    private static String quoted(Set<String> items) {
        return "\"" + String.join("\", \"", items) + "\"";
    }
}
