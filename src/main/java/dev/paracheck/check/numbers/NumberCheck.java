package dev.paracheck.check.numbers;

import dev.paracheck.check.Check;
import dev.paracheck.check.CheckContext;
import dev.paracheck.check.PairedText;
import dev.paracheck.internal.Text;
import dev.paracheck.model.CheckDescriptor;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Severity;
import dev.paracheck.model.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flags numbers, dates, times, percentages and ranges that differ between the two sides of a link. Values are
 * compared as sets of canonical numbers, so formats and order do not matter ({@code July 14-15} =
 * {@code 14. und 15. Juli}). A number in digits on one side and in words on the other is {@code info}.
 *
 * <p>A finding's spans ({@link Span.Kind#NUMBER}) are the numbers of each side the other side lacks (or, at
 * {@code info}, the number in words and its digits); its suggestions are the source's numbers as written there.
 */
public final class NumberCheck implements Check {
    private static final CheckDescriptor DESCRIPTOR = new CheckDescriptor("number", "Number mismatch",
            "Numbers, dates, percentages that differ (locale-aware: 1,000.5 = 1.000,5).", Severity.WARNING);

    /** A time on the 24-hour clock written without a colon, {@code 0430} or {@code 1930} (hours, minutes). */
    private static final Pattern MILITARY_TIME = Pattern.compile("(?:[01]\\d|2[0-3])[0-5]\\d");

    /**
     * A section or list number opening the text ({@code 18.2.}, {@code 18.2.1 Title}, {@code 2. Tippe}, but not the
     * day of {@code 5. Mai}), or a number that is all the text ({@code 3.}): numbering of the document's outline,
     * which a translation may number otherwise (a manual whose German edition has its chapters in another order),
     * not a number of the content.
     */
    private static final Pattern OUTLINE_NUMBER =
            Pattern.compile("^\\s*(?:\\d{1,3}\\.){1,5}\\d{0,3}(?=\\s|$)|^\\s*\\d{1,3}[.)]?\\s*$"
                    // an equation's number alone, "(3.46)"; a reference list's label, "[10] Rainer Schöpf, …"
                    + "|^\\s*\\(\\d{1,3}(?:\\.\\d{1,3}){0,3}\\)\\s*$|^\\s*\\[\\d{1,3}](?=\\s)");

    /**
     * The number of a figure, table or listing after its label ({@code Figure 4.4}, {@code Abbildung 4.3},
     * {@code tableau 2.9}; in lower case only the labels that are no English word: "figure 7 times"): the
     * document's own numbering, made anew by the translation's tools, so that a figure left
     * out (reported by the omission check) shifts every later number by one. (Chapters and sections renumbered
     * throughout are {@link #renumberedLower}'s; "for example 80" is no label.)
     */
    private static final Pattern LABEL_NUMBER = Pattern.compile("\\b(?:Figure|Fig\\.|Table|Listing"
            + "|[Aa]bbildung|[Aa]bb\\.|[Tt]abelle|[Tt]ableau|Figura|[Tt]abla|[Tt]abella|Afbeelding|Tabel)\\s{1,3}"
            + "(\\d+(?:[.-]\\d+)*)(?![\\d,/])"); // the number is group 1 (a look-behind was tried at every offset)

    /**
     * The number of a code listing's line, before a TeX command ({@code 159 \\@preamerr \\thr@@ \\fi}): a LaTeX
     * package's documented source, printed with its line numbers, which its translation's printing numbers apart.
     */
    private static final Pattern LISTING_LINE_NUMBER = Pattern.compile("(?<![\\p{L}\\d.,])\\d{1,5}(?=\\s+\\\\[A-Za-z@])");

    /** {@code text} with the numbers of {@link #LISTING_LINE_NUMBER} blanked (offsets kept). */
    static String withoutListingLineNumbers(String text) {
        return text.indexOf('\\') < 0 ? text : Text.blanked(LISTING_LINE_NUMBER, text);
    }

    /**
     * A footnote's mark, {@code [72]}: DocBook and many other HTML manuals number footnotes through the whole book,
     * so a translation with one footnote more in an earlier chapter marks every later one otherwise. Where both
     * sides have as many marks at one offset ({@link #renumberedMarks}), their numbers are not compared.
     */
    private static final Pattern FOOTNOTE_MARK = Pattern.compile("(?<![\\])])\\[(\\d{1,3})]");

    /**
     * Whether both sides have footnote marks, as many, each target mark its source mark plus one same offset (the
     * footnotes before them numbered otherwise): {@code [72] … [73]} / {@code [80] … [81]}, not an index changed
     * among others ({@code buf[511] … buf[512]} / {@code buf[510] … buf[512]}).
     */
    static boolean renumberedMarks(String source, String target) {
        if (source.indexOf('[') < 0 || target.indexOf('[') < 0) {
            return false;
        }
        List<Integer> a = marks(source);
        List<Integer> b = marks(target);
        if (a.isEmpty() || a.size() != b.size()) {
            return false;
        }
        int offset = b.get(0) - a.get(0);
        for (int k = 1; k < a.size(); k++) {
            if (b.get(k) - a.get(k) != offset) {
                return false;
            }
        }
        return true;
    }

    private static List<Integer> marks(String text) {
        List<Integer> out = new ArrayList<>();
        Matcher m = FOOTNOTE_MARK.matcher(text);
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }

    /** {@code text} with the numbers of {@link #LABEL_NUMBER} blanked (offsets kept). */
    static String withoutLabelNumbers(String text) {
        return LABEL_NUMBER.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                text.substring(m.start(), m.start(1))) + " ".repeat(m.end(1) - m.start(1)));
    }

    static String withoutOutlineNumber(String text) {
        Matcher m = OUTLINE_NUMBER.matcher(text);
        if (!m.find()) {
            return text;
        }
        String number = m.group().strip();
        // one level ("2. Tippe") unless a month follows: "5. Mai" opens a German date
        boolean outline = number.chars().filter(c -> c == '.').count() >= 2 || m.end() == text.length()
                || number.startsWith("[")
                || number.endsWith(".") && !NumberExtractor.startsWithMonth(text.substring(m.end()));
        return outline ? text.substring(m.end()) : text;
    }

    /**
     * The check's severity when one number or two differ (changed or dropped); a level lower where the evidence is of
     * something else: the target has numbers the source lacks, none the other way round, and more numbers than the
     * source — most often a translator making explicit what the source implies ("360 = täglich (12 × 30 Tage)",
     * "this lesson" as "Lektion 5.4", the ISBN of the local edition of a book); or two numbers or more differ on each
     * side — example data localized (an address, a telephone number) or a misaligned link, not a number mistyped.
     * A number changed into one the source has elsewhere in the sentence ("ps(1), top(1)" as "ps(7), top(1)") leaves
     * the count as it is and keeps the check's severity.
     *
     * @param extra how many numbers the target has beyond the source's count (negative when fewer)
     */
    static Severity severity(CheckContext ctx, int missing, int added, int extra) {
        boolean explicitation = missing == 0 && extra > 0;
        boolean rewritten = missing >= 2 && added >= 2;
        return explicitation || rewritten ? ctx.severity().lower() : ctx.severity();
    }

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        Map<Integer, String> renumbered = new java.util.HashMap<>();
        for (PairedText p : PairedText.of(ctx)) {
            String sourceText = p.source().text();
            String targetText = p.target().text();
            if (renumberedMarks(sourceText, targetText)) {
                sourceText = Text.blanked(FOOTNOTE_MARK, sourceText);
                targetText = Text.blanked(FOOTNOTE_MARK, targetText);
            }
            sourceText = withoutListingLineNumbers(withoutOutlineNumber(sourceText));
            targetText = withoutListingLineNumbers(withoutOutlineNumber(targetText));
            if (LABEL_NUMBER.matcher(sourceText).find() && LABEL_NUMBER.matcher(targetText).find()) {
                // numbered on both sides, perhaps otherwise; a label the target lacks altogether is still reported
                sourceText = withoutLabelNumbers(sourceText);
                targetText = withoutLabelNumbers(targetText);
            }
            List<NumberExtractor.Number> sourceNumbers = NumberExtractor.digits(sourceText);
            List<NumberExtractor.Number> targetNumbers = NumberExtractor.digits(targetText);
            Map<String, String> missing = difference(sourceNumbers, targetNumbers);
            Map<String, String> added = difference(targetNumbers, sourceNumbers);
            excuseSplitNumbers(missing, added);
            excuseSplitNumbers(added, missing);
            excuseDecades(missing, added);
            excuseThousands(missing, added);
            excuseThousands(added, missing);
            excuseNamedMonths(missing, targetText);
            excuseNamedMonths(added, sourceText);
            excuseRomanNumerals(missing, p.target().text());
            excuseRomanNumerals(added, p.source().text());
            List<String> asWords = new ArrayList<>();
            List<NumberExtractor.Number> targetWords = NumberExtractor.words(p.target().text());
            List<NumberExtractor.Number> sourceWords = NumberExtractor.words(p.source().text());
            Set<String> inWordsInTarget = new HashSet<>();
            Set<String> inWordsInSource = new HashSet<>();
            for (NumberExtractor.Number w : targetWords) {
                if (missing.remove(w.value()) != null) {
                    asWords.add(w.text());
                    inWordsInTarget.add(w.value());
                }
            }
            for (NumberExtractor.Number w : sourceWords) {
                if (added.remove(w.value()) != null) {
                    asWords.add(w.text());
                    inWordsInSource.add(w.value());
                }
            }
            int sourceOffset = p.source().text().length() - sourceText.length();
            int targetOffset = p.target().text().length() - targetText.length();
            Finding wordChanged = missing.isEmpty() && added.isEmpty() ? wordChanged(p, ctx) : null;
            if (!missing.isEmpty() || !added.isEmpty()) {
                String message = "Numbers differ: " + (missing.isEmpty() ? ""
                        : "source has " + quoted(missing.values()) + " not found in the target")
                        + (!missing.isEmpty() && !added.isEmpty() ? "; " : "")
                        + (added.isEmpty() ? "" : "target has " + quoted(added.values()) + " not found in the source");
                List<Span> spans = new ArrayList<>(spans(sourceNumbers, missing.keySet(), Span.Side.SOURCE,
                        sourceOffset));
                spans.addAll(spans(targetNumbers, added.keySet(), Span.Side.TARGET, targetOffset));
                String substitution = substitution(missing.values(), added.values(), p.source().text());
                if (substitution != null) {
                    renumbered.put(out.size(), substitution);
                }
                out.add(new Finding(DESCRIPTOR.id(), severity(ctx, missing.size(), added.size(),
                        targetNumbers.size() - sourceNumbers.size()), message, p.source(),
                        p.target()).withSpans(spans).withSuggestions(List.copyOf(missing.values())));
            } else if (wordChanged != null) {
                out.add(wordChanged);
            } else if (!asWords.isEmpty()) {
                // the words quoted (wherever they stand) on one side, and the digits they stand for on the other
                List<Span> wordSpans = new ArrayList<>(spans(quoted(targetWords, asWords), inWordsInTarget,
                        Span.Side.TARGET, 0));
                wordSpans.addAll(spans(quoted(sourceWords, asWords), inWordsInSource, Span.Side.SOURCE, 0));
                wordSpans.addAll(spans(sourceNumbers, inWordsInTarget, Span.Side.SOURCE, sourceOffset));
                wordSpans.addAll(spans(targetNumbers, inWordsInSource, Span.Side.TARGET, targetOffset));
                out.add(new Finding(DESCRIPTOR.id(), Severity.INFO, "A number is written in words on one side "
                        + "and in digits on the other: " + quoted(asWords), p.source(), p.target())
                        .withSpans(wordSpans));
            }
        }
        return renumberedLower(out, renumbered, ctx);
    }

    /**
     * The leading numbers of a number changed into another, both written as section numbers are ({@code 18},
     * {@code 18.2.5}) and the source's after a word of the outline ("Chapter 18", "Section 18.2.5", "Figure 3"):
     * "18>22"; or null when the link differs otherwise (more than one number, the same leading number, a number of
     * the content: "Wait 5 seconds").
     */
    static String substitution(java.util.Collection<String> missing, java.util.Collection<String> added,
                               String sourceText) {
        if (missing.size() != 1 || added.size() != 1) {
            return null;
        }
        String m = missing.iterator().next();
        String a = added.iterator().next();
        if (!Pattern.compile("(?i)\\b(?:chapter|section|part|appendix|figure|table|example|step|lesson)\\s+"
                + Pattern.quote(m) + "(?![\\d])").matcher(sourceText).find()) {
            return null; // a number of the content, not of the outline
        }
        if (!m.matches("\\d{1,3}(\\.\\d{1,3})*") || !a.matches("\\d{1,3}(\\.\\d{1,3})*")
                || m.split("\\.").length != a.split("\\.").length) {
            return null;
        }
        String lm = m.split("\\.")[0];
        String la = a.split("\\.")[0];
        return lm.equals(la) ? null : lm + ">" + la;
    }

    /**
     * A chapter renumbered throughout: where the same leading number became the same other one in two links or more
     * ("Chapter 18." as "Kapitel 22.", "Section 18.2.5" as "Abschnitt 22.2.5"), the edition numbers its outline
     * otherwise — those findings a level lower. A number mistyped is changed once.
     */
    private static List<Finding> renumberedLower(List<Finding> out, Map<Integer, String> renumbered, CheckContext ctx) {
        Map<String, Long> times = renumbered.values().stream()
                .collect(java.util.stream.Collectors.groupingBy(k -> k, java.util.stream.Collectors.counting()));
        List<Finding> result = new ArrayList<>(out);
        renumbered.forEach((k, key) -> {
            Finding f = result.get(k);
            if (times.get(key) >= 2 && f.severity() == ctx.severity()) {
                result.set(k, f.withSeverity(ctx.severity().lower()));
            }
        });
        return result;
    }

    private static List<NumberExtractor.Number> quoted(List<NumberExtractor.Number> words, List<String> texts) {
        return words.stream().filter(w -> texts.contains(w.text())).toList();
    }

    /**
     * The places of the numbers whose value is among {@code values}, moved by {@code offset} (what
     * {@link #withoutOutlineNumber} took off the front of the location text).
     */
    private static List<Span> spans(List<NumberExtractor.Number> numbers, Set<String> values, Span.Side side,
                                    int offset) {
        return numbers.stream().filter(n -> values.contains(n.value()))
                .map(n -> new Span(side, offset + n.start(), offset + n.end(), Span.Kind.NUMBER)).toList();
    }

    /**
     * A number word replaced by another: the source has a number word (two and up, of its language) whose value the
     * target has fewer times, in words or digits, and the target one the source lacks ("two" against "sechs"). A
     * number word on one side only is left alone: translators write "both" for "two", "a dozen" for "twelve".
     * The finding, the words marked on both sides, or null when nothing changed.
     */
    private static Finding wordChanged(PairedText p, CheckContext ctx) {
        List<NumberExtractor.Number> source = NumberExtractor.wordsOf(p.source().text(), ctx.source().lang());
        List<NumberExtractor.Number> target = NumberExtractor.wordsOf(p.target().text(), ctx.target().lang());
        if (source.isEmpty() || target.isEmpty()) {
            return null;
        }
        java.util.Set<String> inSource = new java.util.HashSet<>();
        Map<String, Integer> inTarget = new java.util.HashMap<>();
        NumberExtractor.words(p.source().text()).forEach(n -> inSource.add(n.value()));
        NumberExtractor.digits(p.source().text()).forEach(n -> inSource.add(n.value()));
        NumberExtractor.words(p.target().text()).forEach(n -> inTarget.merge(n.value(), 1, Integer::sum));
        NumberExtractor.digits(p.target().text()).forEach(n -> inTarget.merge(n.value(), 1, Integer::sum));
        // counted: "two databases … as two resources" against "zwei Datenbanken … drei Ressourcen" lost a two
        Map<String, Integer> left = new java.util.HashMap<>(inTarget);
        List<NumberExtractor.Number> missingWords = source.stream()
                .filter(n -> left.merge(n.value(), -1, Integer::sum) < 0).toList();
        List<NumberExtractor.Number> addedWords = target.stream().filter(n -> !inSource.contains(n.value()))
                .toList();
        List<String> missing = missingWords.stream().map(NumberExtractor.Number::text).distinct().toList();
        List<String> added = addedWords.stream().map(NumberExtractor.Number::text).distinct().toList();
        if (missing.isEmpty() || added.isEmpty()) {
            return null;
        }
        List<Span> spans = new ArrayList<>();
        missingWords.forEach(n -> spans.add(new Span(Span.Side.SOURCE, n.start(), n.end(), Span.Kind.NUMBER)));
        addedWords.forEach(n -> spans.add(new Span(Span.Side.TARGET, n.start(), n.end(), Span.Kind.NUMBER)));
        return new Finding(DESCRIPTOR.id(), ctx.severity(), "Numbers differ: source has " + quoted(missing)
                + " not found in the target; target has " + quoted(added) + " not found in the source", p.source(),
                p.target()).withSpans(spans);
    }

    /**
     * A month read from its name next to a number on one side, named without a number on the other ("5. Januar"
     * and "the 5th of January"): the same month.
     */
    private static void excuseNamedMonths(Map<String, String> unmatched, String otherText) {
        if (unmatched.isEmpty()) {
            return;
        }
        java.util.Set<Integer> named = NumberExtractor.monthsNamed(otherText);
        unmatched.entrySet().removeIf(e -> NumberExtractor.isMonth(e.getValue())
                && named.contains(Integer.parseInt(e.getKey())));
    }

    /**
     * Values of {@code a} that {@code b} lacks: value -> the text it came from. Sets, not multisets: a translator
     * may well avoid repeating a year.
     */
    private static Map<String, String> difference(List<NumberExtractor.Number> a, List<NumberExtractor.Number> b) {
        java.util.Set<String> have = new java.util.HashSet<>(b.stream().map(NumberExtractor.Number::value).toList());
        Map<String, String> out = new LinkedHashMap<>();
        for (NumberExtractor.Number n : a) {
            if (!have.contains(n.value())) {
                out.putIfAbsent(n.value(), n.text());
            }
        }
        return out;
    }

    /**
     * A time or an amount written as one number on one side and as two on the other — {@code 15.30 Uhr} and
     * {@code 15 h 30} or {@code 3:30}, {@code Fr. 2.70} and {@code 2 fr. 70} — is the same: the one side's
     * {@code a.b} is dropped from {@code one} together with {@code a} and {@code b} from {@code other}.
     */
    private static void excuseSplitNumbers(Map<String, String> one, Map<String, String> other) {
        for (java.util.Iterator<Map.Entry<String, String>> it = one.entrySet().iterator(); it.hasNext(); ) {
            String text = it.next().getValue();
            String[] parts = MILITARY_TIME.matcher(text).matches()
                    ? new String[] {text.substring(0, 2), text.substring(2)} : text.split("[.,:]");
            if (parts.length != 2 || parts[1].length() != 2) {
                continue;
            }
            String whole = NumberExtractor.parse(parts[0]);
            String minutes = NumberExtractor.parse(parts[1]);
            if (other.containsKey(whole) && other.containsKey(minutes)) {
                other.remove(whole);
                other.remove(minutes);
                it.remove();
            }
        }
    }

    /** {@code the 1970s} and {@code den 70ern}, {@code the 00s} and {@code die 2000er}: the same decade. */
    private static void excuseDecades(Map<String, String> missing, Map<String, String> added) {
        for (java.util.Iterator<Map.Entry<String, String>> it = missing.entrySet().iterator(); it.hasNext(); ) {
            int decade = NumberExtractor.decade(it.next().getValue());
            if (decade >= 0 && added.values().removeIf(t -> NumberExtractor.decade(t) == decade)) {
                it.remove();
            }
        }
    }

    /** {@code 100k} on one side and {@code 100.000} on the other. */
    private static void excuseThousands(Map<String, String> one, Map<String, String> other) {
        for (java.util.Iterator<Map.Entry<String, String>> it = one.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, String> e = it.next();
            if (NumberExtractor.inThousands(e.getValue())
                    && other.remove(NumberExtractor.thousands(e.getKey())) != null) {
                it.remove();
            }
        }
    }

    /** A number in digits on one side and in Roman numerals on the other ({@code Lager 3} = {@code camp III}). */
    private static void excuseRomanNumerals(Map<String, String> missing, String otherSide) {
        if (missing.isEmpty()) {
            return;
        }
        for (String roman : NumberExtractor.romanNumerals(otherSide)) {
            missing.remove(roman);
        }
    }

    private static String quoted(java.util.Collection<String> texts) {
        return "\"" + String.join("\", \"", texts) + "\"";
    }
}
