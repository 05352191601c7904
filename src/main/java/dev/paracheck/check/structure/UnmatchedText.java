package dev.paracheck.check.structure;

import dev.paracheck.check.CheckContext;
import dev.paracheck.check.KeptOriginals;
import dev.paracheck.check.LinkIndex;
import dev.paracheck.internal.Text;
import dev.paracheck.model.Document;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Link;
import dev.paracheck.model.Location;
import dev.paracheck.model.LooseSentence;
import dev.paracheck.model.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What omission and addition share: runs of one side's sentences that no link pairs, boilerplate and metadata left
 * out.
 */
final class UnmatchedText {
    private UnmatchedText() {
    }

    /**
     * Below this confidence ({@link Link#score} of an unaligned sentence: 1 - e^-margin, see the aligner) joining
     * the sentence to its neighbour's link would have cost under 0.7 nats more: the translator may have split or
     * merged a sentence. Such a run is reported a level lower. Measured on the Bleualign DE–FR gold (dev and the
     * seven test articles, {@code align --segmented}): of the 90 sentences left unaligned, 16 are not unaligned in
     * the gold; 74 are at 0.5 or above, 10 of them wrong (precision 0.86, against 0.82 for all 90). In the WMT24
     * EN–DE references (reference A, the 171 documents as one directory) all six additions found were German
     * sentences split off their neighbour, all six below 0.5; the three true omissions stayed errors, and so did
     * one false (a dialogue tag the German merged into its quotation, 0.62).
     */
    static final double UNSURE = 0.5;

    /**
     * Text about the translation itself: a translator's credit or note, which only the translation has ("Die
     * deutsche Übersetzung dieser Handbuchseite wurde von … erstellt", "TRADUCTION", "Translated by").
     */
    private static final Pattern TRANSLATION_NOTE = Pattern.compile("(?iu)\\b(übersetz|traduct|tradui[ts]|"
            + "translat(ed|ion|or)|vertaald|vertaling|traduzion|traducci|po4a|englische[ns]? original|"
            + "original(version|e)? (english|anglais|anglaise)|version anglaise|english original)");
    /**
     * A translator's note pointing the reader to the original ("Sie können mit dem folgenden Befehl das englische
     * Original anzeigen", "la version anglaise"), wherever it stands.
     */
    private static final Pattern ORIGINAL_NOTE = Pattern.compile("(?iu)\\b(englische[ns]? original|"
            + "englischsprachige[ns]? original|original(version|e)? (english|anglais|anglaise)|"
            + "original\\p{L}* en (langue )?anglaise|version (originale )?anglaise|english original)");
    /** Matched sentences that may follow a translator's credits: a page's footer line. */
    private static final int CLOSING_LINES = 2;
    /** An e-mail address, also written against harvesters ("zumstein AT ssd.ethz.ch"), or a web address. */
    private static final Pattern ADDRESS = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.-]+|https?://"
            + "|[\\w.+-]+(?:\\s(?:AT|at)\\s|\\s?(?:\\(at\\)|\\[at\\]|\\{at\\})\\s?)"
            + "[\\w-]+(?:\\.|\\s(?:DOT|dot)\\s)[\\w.-]+");

    static List<Finding> findings(CheckContext ctx, String checkId, boolean sourceSide) {
        Document doc = sourceSide ? ctx.source() : ctx.target();
        Map<Integer, Double> confidence = new HashMap<>();
        for (Link l : ctx.alignment().sentences()) {
            if (sourceSide ? l.isOmission() : l.isAddition()) {
                (sourceSide ? l.source() : l.target()).forEach(i -> confidence.put(i, l.score()));
            }
        }
        List<Finding> out = new ArrayList<>();
        List<List<Integer>> runs = Runs.of(ctx.alignment().sentences(),
                sourceSide ? Link::isOmission : Link::isAddition, sourceSide ? Link::source : Link::target, doc);
        int credits = sourceSide ? Integer.MAX_VALUE : creditsFrom(ctx, runs);
        runs = Runs.joinCode(runs, doc); // a code block of a section left out: one finding, not one a line
        LinkIndex index = new LinkIndex(ctx.alignment().sentences());
        Set<Integer> translationsOfKept = sourceSide || runs.isEmpty() ? Set.of()
                : new HashSet<>(KeptOriginals.of(ctx).values());
        Set<String> furniture = runs.isEmpty() ? Set.of() : furniture(ctx, doc, sourceSide);
        Document otherDoc = sourceSide ? ctx.target() : ctx.source();
        Supplier<Map<String, List<Integer>>> otherWords = memo(() -> postings(otherDoc));
        Set<List<Integer>> creditRuns = sourceSide ? Set.of() : creditRuns(runs, doc);
        for (List<Integer> run : runs) {
            Location where = Location.ofSentences(doc, run);
            if (ctx.boilerplate().matches(where.text()) || doc.isMetadata(run)
                    || where.text().codePoints().noneMatch(Character::isLetterOrDigit)) {
                continue; // a rule of "~~~~" or "* * *" is layout, not text
            }
            boolean unsure = run.stream().allMatch(i -> confidence.getOrDefault(i, 1.0) < UNSURE);
            // elsewhere a credit names its translator's address, or is the heading of a credits section
            boolean credit = run.get(0) >= credits || !sourceSide && creditRuns.contains(run);
            boolean elsewhere = verbatimBeside(ctx, index, run, sourceSide);
            String other = sourceSide ? "target" : "source";
            // why the run is no omission (addition) after all, the first reason that holds; null when none does
            String kept = credit ? " (a translator's note or credit)"
                    : !doc.isProse(run) || run.stream().allMatch(i -> Text.looksLikeCode(doc.sentences().get(i).text()))
                    ? " (code: reformatted or included?)"
                    : elsewhere ? " (but its words stand unchanged in a neighbouring sentence: merged there?)"
                    : verbatimInOther(otherDoc, otherWords, doc, run)
                    ? " (but its words stand unchanged elsewhere in the " + other + ": split or joined there?)"
                    : anchorsInUnsureGap(ctx, index, doc, run, sourceSide)
                    ? " (but its names, numbers and quoted terms stand in the unpaired " + other
                    + " text beside it: restructured there?)"
                    // the translation of a source paragraph whose original the target keeps beside it
                    : translationsOfKept.contains(doc.sentences().get(run.get(0)).paragraph())
                    ? " (it translates a source text that the target also keeps in the original beside it)"
                    : run.stream().allMatch(i -> furniture.contains(doc.sentences().get(i).text().strip()))
                    ? " (it stands at least " + REPEATED + " times in the document, and is translated "
                    + "elsewhere: navigation or a running head?)"
                    : null;
            String message = (sourceSide ? "Source " : "Target ") + Runs.describe(run, doc) + " "
                    + Runs.has(run, doc) + " no counterpart in the " + other
                    + (unsure && !elsewhere && !credit ? unsureClause(run.size(), sourceSide) : "")
                    + (kept != null ? kept : "") + ": \"" + Text.abbreviate(where.text(), 160) + "\"";
            Severity severity = kept != null ? Severity.INFO : unsure ? ctx.severity().lower() : ctx.severity();
            out.add(new Finding(checkId, severity, message, sourceSide ? where : null, sourceSide ? null : where));
        }
        out.addAll(loose(ctx, index, checkId, sourceSide));
        out.addAll(GluedText.findings(ctx, checkId, sourceSide));
        return out;
    }

    /**
     * Sentences the aligner joined to a neighbour's link although the link's other side does not appear to
     * translate them ({@link dev.paracheck.model.Alignment#loose}): reported with the whole link, the sentence
     * itself as the location on its side.
     */
    private static List<Finding> loose(CheckContext ctx, LinkIndex index, String checkId, boolean sourceSide) {
        Document doc = sourceSide ? ctx.source() : ctx.target();
        Document other = sourceSide ? ctx.target() : ctx.source();
        List<Finding> out = new ArrayList<>();
        for (LooseSentence l : ctx.alignment().loose()) {
            if (l.sourceSide() != sourceSide) {
                continue;
            }
            List<Integer> holding = index.of(sourceSide, l.sentence());
            Link link = holding.isEmpty() ? null : ctx.alignment().sentences().get(holding.get(0));
            List<Integer> partners = link == null ? List.of() : sourceSide ? link.target() : link.source();
            List<Integer> mine = link == null ? List.of() : sourceSide ? link.source() : link.target();
            if (partners.isEmpty() || mine.size() < 2 || link.moved()) {
                continue;
            }
            List<Integer> run = List.of(l.sentence());
            Location where = Location.ofSentences(doc, run);
            if (ctx.boilerplate().matches(where.text()) || doc.isMetadata(run) || !doc.isProse(run)
                    || Text.looksLikeCode(where.text())) {
                continue;
            }
            String message = (sourceSide ? "Source " : "Target ") + Runs.describe(run, doc)
                    + " " + Runs.verb(run, doc, "appears", "appear") + " to have no counterpart in the "
                    + (sourceSide ? "target" : "source") + ": " + Runs.verb(run, doc, "it is", "they are") + " "
                    + "paired, with " + Runs.verb(run, doc, "its", "their") + " neighbour, with "
                    + (sourceSide ? "target " : "source ")
                    + (partners.size() == 1 ? "sentence " + (partners.get(0) + 1) : "sentences "
                    + (partners.get(0) + 1) + "–" + (partners.get(partners.size() - 1) + 1))
                    + ", which has " + (l.shared() == 0 ? "none" : "only " + l.shared()) + " of its " + l.anchors()
                    + " names, numbers and related words and fits better in length without "
                    + Runs.verb(run, doc, "it", "them") + ": \""
                    + Text.abbreviate(where.text(), 160) + "\"";
            Location partner = Location.ofSentences(other, partners);
            out.add(new Finding(checkId, ctx.severity(), message, sourceSide ? where : partner,
                    sourceSide ? partner : where));
        }
        return out;
    }

    /**
     * The target runs that credit the translation: text that speaks of it and names an address, a role and a name
     * ("Deutsche Übersetzung: Werner Müller"), or is short; a note pointing to the original; and a name alone
     * (two to four capitalised words, perhaps with a date or an address: {@link #NAMED}) in the paragraph next to
     * such a credit ("Gregor Zumstein" above "Deutsche Übersetzung, E-Mail: …", a name under a "TRADUCTION"
     * heading).
     */
    private static Set<List<Integer>> creditRuns(List<List<Integer>> runs, Document doc) {
        Set<List<Integer>> out = new HashSet<>();
        Set<Integer> creditParagraphs = new HashSet<>();
        for (List<Integer> run : runs) {
            String text = doc.text(run);
            if (TRANSLATION_NOTE.matcher(text).find() && (ADDRESS.matcher(text).find() || text.length() < 40
                    || ROLE_AND_NAME.matcher(text).find()) || ORIGINAL_NOTE.matcher(text).find()) {
                out.add(run);
                creditParagraphs.add(doc.sentences().get(run.get(0)).paragraph());
                creditParagraphs.add(doc.sentences().get(run.get(run.size() - 1)).paragraph());
            }
        }
        for (List<Integer> run : runs) {
            int first = doc.sentences().get(run.get(0)).paragraph();
            int last = doc.sentences().get(run.get(run.size() - 1)).paragraph();
            if (NAMED.matcher(doc.text(run).strip()).matches()
                    && (creditParagraphs.contains(first - 1) || creditParagraphs.contains(last + 1))) {
                out.add(run);
            }
        }
        return out;
    }

    /**
     * A translator's role and a name, after a colon (the role's words before it), after "by", or straight after the
     * role: "Deutsche Übersetzung: Werner Müller", "Traduction française : Robert Jacolin", "Diese Übersetzung
     * wurde 2011 von Helge Kreutzmann erstellt", "Traduction réalisée par Jean Dupont", "Übersetzung Gregor
     * Zumstein".
     */
    private static final Pattern ROLE_AND_NAME = Pattern.compile("(?iu)(übersetz|traduct|translat)\\p{L}*("
            + "[^.!?:]{0,30}?\\s?:|\\b[^.!?:]{0,60}?\\b(von|by|par)|\\s)\\s*(?-i)\\p{Lu}\\p{Ll}+\\s\\p{Lu}");
    /** A person's name alone: two to four capitalised words ("Gregor Zumstein", "Jean-Pierre de la Tour" not). */
    private static final Pattern PERSON_NAME = Pattern.compile("\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’.-]*){1,3}");
    /**
     * A person's name ({@link #PERSON_NAME}), alone or with a date, an address or a version after a comma or in
     * brackets: "Maxime CHARPENNE, octobre 2007 (wireless_tools.30-pre3).", "Gregor Zumstein &lt;gz@…&gt;".
     */
    private static final Pattern NAMED = Pattern.compile(PERSON_NAME.pattern() + "(?:\\s*[,(<].{0,80})?");

    /**
     * Where the translator's credits start: the first unmatched target run that speaks of the translation, when
     * nothing after it is matched but a closing line or two (a man page's "ÜBERSETZUNG" section and the names,
     * addresses and "read the English original with man -L C" under it, before the page's footer line); or no
     * sentence ({@code Integer.MAX_VALUE}).
     */
    private static int creditsFrom(CheckContext ctx, List<List<Integer>> runs) {
        List<Integer> matched = new ArrayList<>();
        for (Link l : ctx.alignment().sentences()) {
            if (!l.source().isEmpty()) {
                matched.addAll(l.target());
            }
        }
        matched.sort(java.util.Comparator.reverseOrder());
        // at most CLOSING_LINES matched sentences after a start: the start is at or past the next one down
        int last = matched.size() > CLOSING_LINES ? matched.get(CLOSING_LINES) : Integer.MIN_VALUE;
        for (List<Integer> run : runs) {
            int start = run.get(0);
            if (start >= last && TRANSLATION_NOTE.matcher(ctx.target().text(run)).find()) {
                return start;
            }
        }
        return Integer.MAX_VALUE;
    }

    /**
     * True when every sentence of the run stands word for word inside a sentence of the other side that a
     * neighbouring link pairs: names, versions and code left as they are, merged into the next sentence (a list
     * flattened into one line, "- Amazon Fire OS - Android - BlackBerry 10").
     */
    private static boolean verbatimBeside(CheckContext ctx, LinkIndex index, List<Integer> run, boolean sourceSide) {
        List<Link> links = ctx.alignment().sentences();
        Document own = sourceSide ? ctx.source() : ctx.target();
        Document other = sourceSide ? ctx.target() : ctx.source();
        List<String> beside = new ArrayList<>();
        java.util.SortedSet<Integer> holding = new java.util.TreeSet<>(index.of(sourceSide, run.get(0)));
        holding.addAll(index.of(sourceSide, run.get(run.size() - 1)));
        for (int k : holding) {
            // the nearest pairings before and after, across other unmatched sentences
            for (int step = -1; step <= 1; step += 2) {
                for (int n = k + step; n >= 0 && n < links.size(); n += step) {
                    Link l = links.get(n);
                    if (!l.source().isEmpty() && !l.target().isEmpty()) {
                        for (int i : sourceSide ? l.target() : l.source()) {
                            beside.add(other.sentences().get(i).text());
                        }
                        break;
                    }
                }
            }
        }
        for (int i : run) {
            String text = own.sentences().get(i).text().strip();
            if (text.isEmpty() || beside.stream().noneMatch(b -> b.length() > text.length()
                    && containsWord(b, text))) {
                return false;
            }
        }
        return true;
    }

    /**
     * How often a short sentence must stand, word for word, in its document to be page furniture: a navigation
     * crumb or running head repeated on every page of a manual ("Prev", "Contents", a chapter's title), whose copy
     * on a page the translation lacks says nothing the rest of the document does not.
     */
    static final int REPEATED = 3;
    /** The most words of page furniture: longer repeated text (an API's property list, an example's output line) is content. */
    static final int FURNITURE_WORDS = 4;

    /**
     * The texts of {@code doc} (stripped) that are page furniture: at most {@link #FURNITURE_WORDS} words, standing
     * at least {@link #REPEATED} times, and paired by the alignment in at least one place, so that the translation
     * has them where it has the page.
     */
    private static Set<String> furniture(CheckContext ctx, Document doc, boolean sourceSide) {
        Map<String, Integer> counts = new HashMap<>();
        for (var s : doc.sentences()) {
            String text = s.text().strip();
            if (Text.splitAtWhitespace(text).length <= FURNITURE_WORDS) {
                counts.merge(text, 1, Integer::sum);
            }
        }
        Set<String> out = new HashSet<>();
        for (Link l : ctx.alignment().sentences()) {
            if (!l.source().isEmpty() && !l.target().isEmpty()) {
                for (int i : sourceSide ? l.source() : l.target()) {
                    String text = doc.sentences().get(i).text().strip();
                    if (counts.getOrDefault(text, 0) >= REPEATED) {
                        out.add(text);
                    }
                }
            }
        }
        return out;
    }

    /**
     * True when every sentence of the run, of {@value #VERBATIM_MIN_WORDS} words or more, stands word for word in a
     * sentence of the other document (or a sentence and the next): text left as it is (a program's {@code --help}
     * lines, names, code) that the two sides split into sentences differently, so that one side's line is part of a
     * longer sentence on the other. Only the sentences with the run's rarest word are searched.
     */
    private static boolean verbatimInOther(Document other, Supplier<Map<String, List<Integer>>> words, Document doc,
                                           List<Integer> run) {
        for (int i : run) {
            String text = Text.collapseSpaces(doc.sentences().get(i).text());
            String[] tokens = Text.splitAtWhitespace(text);
            if (tokens.length < VERBATIM_MIN_WORDS) {
                return false;
            }
            List<Integer> candidates = null;
            for (String token : tokens) {
                List<Integer> where = words.get().getOrDefault(token, List.of());
                if (candidates == null || where.size() < candidates.size()) {
                    candidates = where;
                }
            }
            boolean found = false;
            for (int k = 0; k < candidates.size() && !found; k++) {
                int j = candidates.get(k);
                String there = Text.collapseSpaces(other.sentences().get(j).text()
                        + (j + 1 < other.sentences().size() ? " " + other.sentences().get(j + 1).text() : ""));
                found = containsWord(there, text);
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** Each whitespace-separated token of {@code doc}'s sentences, with the sentences it stands in, ascending. */
    private static Map<String, List<Integer>> postings(Document doc) {
        Map<String, List<Integer>> out = new HashMap<>();
        for (var s : doc.sentences()) {
            for (String token : Text.splitAtWhitespace(s.text().strip())) {
                List<Integer> where = out.computeIfAbsent(token, t -> new ArrayList<>(1));
                if (where.isEmpty() || where.get(where.size() - 1) != s.index()) {
                    where.add(s.index());
                }
            }
        }
        return out;
    }

    /** The fewest words of a sentence found word for word in the other document for it to count as there. */
    static final int VERBATIM_MIN_WORDS = 3;

    /**
     * Whether {@code text} has {@code part} with no letter or number (Unicode {@code \\p{L}}, {@code \\p{N}}) right
     * before or after it.
     */
    private static boolean containsWord(String text, String part) {
        for (int k = text.indexOf(part); k >= 0; k = text.indexOf(part, k + 1)) {
            int end = k + part.length();
            if ((k == 0 || !letterOrNumber(text.codePointBefore(k)))
                    && (end == text.length() || !letterOrNumber(text.codePointAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean letterOrNumber(int c) {
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /**
     * True when the run has names, numbers or quoted terms ({@link #ANCHOR}) and every one of them stands in the
     * other side's unpaired text of the same gap — the null links between the aligned links before and after the
     * run — all of which the aligner was unsure of: the translator restructured the passage (a manual page's list of
     * one-line items that the translation runs into one sentence, "`f' in fullscreen mode," against "Folgende
     * Optionen …: `f' Vollbildmodus, `F' …"), and the aligner found no link of its sizes for it.
     */
    private static boolean anchorsInUnsureGap(CheckContext ctx, LinkIndex index, Document doc, List<Integer> run,
                                              boolean sourceSide) {
        List<Link> links = ctx.alignment().sentences();
        List<Integer> first = index.of(sourceSide, run.get(0));
        List<Integer> last = index.of(sourceSide, run.get(run.size() - 1));
        if (first.isEmpty() || last.isEmpty()) {
            return false;
        }
        StringBuilder gap = new StringBuilder();
        Document other = sourceSide ? ctx.target() : ctx.source();
        for (int step = -1; step <= 1; step += 2) {
            for (int n = step < 0 ? first.get(0) - 1 : last.get(last.size() - 1) + 1; n >= 0 && n < links.size();
                 n += step) {
                Link l = links.get(n);
                if (!l.isOmission() && !l.isAddition() || l.moved()) {
                    break;
                }
                List<Integer> others = sourceSide ? l.target() : l.source();
                if (!others.isEmpty()) {
                    if (l.score() >= UNSURE) {
                        return false;
                    }
                    others.forEach(i -> gap.append(other.sentences().get(i).text()).append(' '));
                }
            }
        }
        if (gap.length() == 0) {
            return false;
        }
        Matcher m = ANCHOR.matcher(doc.text(run));
        boolean any = false;
        while (m.find()) {
            String anchor = TRAILING_STOPS.matcher(m.group()).replaceAll("");
            if (!anchor.isEmpty()) {
                if (gap.indexOf(anchor) < 0) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /**
     * A name, number or quoted term: a term in backquotes (`` `f' ``, `` `code` ``), a token with a digit, a
     * capitalised word after the first, an identifier with a dot, slash, underscore or hyphen inside.
     */
    private static final Pattern ANCHOR = Pattern.compile("`[^`'\\s]{1,40}'|`[^`]{1,40}`|\\S*\\d\\S*"
            + "|(?<=\\s)\\p{Lu}[\\p{L}\\p{N}]+|[\\p{L}\\p{N}]+[_./-][\\p{L}\\p{N}_./-]+");

    private static final Pattern TRAILING_STOPS = Pattern.compile("[.,;:!?)]+$");

    /** {@code make}'s value, made on first use. */
    private static <T> Supplier<T> memo(Supplier<T> make) {
        return new Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) {
                    value = make.get();
                }
                return value;
            }
        };
    }

    /** What an unsure run may be instead: part of a neighbour's translation. */
    private static String unsureClause(int sentences, boolean sourceSide) {
        return ", unless " + (sentences == 1 ? "it is" : "they are") + " part of a neighbouring sentence's "
                + "translation (" + (sourceSide ? "merged into it" : "split off it") + "; the alignment is unsure)";
    }

}
