package dev.paracheck.check.language;

import dev.paracheck.internal.Text;
import dev.paracheck.model.Document;
import dev.paracheck.model.Paragraph;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Examples kept in the source language where the format does not mark them as code: a manual page rendered as
 * text quotes a template ("Template: debconf/frontend", "_Description: …" and the English description under it),
 * a PO file's entry, or a program's {@code --help} output ("--scanflags &lt;flags&gt;: Customize TCP scan flags"),
 * and its translation keeps them as they are. Such an example is a run of adjacent target paragraphs, each
 * standing word for word in the source or read as the source language, a third of them at least
 * {@linkplain #isRecordLine record lines} or a command's {@linkplain #isInvocation invocations}; its prose is English
 * on purpose.
 *
 * <p>A paragraph the translator forgot stands among translated ones, so no run holds a record line beside it; a
 * section or a page left in English is mostly prose.
 */
final class VerbatimExamples {
    /**
     * A field of a record: a key of one word (or a list of them) and a colon, where the key has an underscore or
     * is in lower case ("_Choices: …", "id: integer", "created, modified, updated: datetime"), or the value is a
     * few tokens and no sentence ("Type: select", "Default: Dialog"; not "Note: Restart the server.").
     */
    private static final Pattern FIELD_KEY = Pattern.compile(
            "(_{1,2}[\\p{L}][\\w.-]*|\\p{Ll}[\\w.-]*(?:, ?\\p{Ll}[\\w.-]*)*): \\S.*");
    private static final Pattern SHORT_FIELD = Pattern.compile("\\p{Lu}[\\w.-]*: \\S+(?: \\S+){0,2}");
    /** An option and what it does, as a {@code --help} text lists them ("-sL: List Scan", "--badsum: Send …"). */
    private static final Pattern OPTION_LINE = Pattern.compile("--?[\\p{L}\\p{N}][^\\s:]*(?: [<\\[][^:]*)?: \\S.*");
    /**
     * A field's key anywhere in a line: a record joined into one paragraph starts with one and has two or more
     * ("Template: geneweb/lang Type: select __Choices: …").
     */
    private static final Pattern ANY_KEY = Pattern.compile("(?:^|\\s)_{0,2}\\p{L}[\\w.-]*: \\S");
    /** A comment of a configuration file, script or PO file ("# Translators, this text will …", "#. DefaultChoice"). */
    private static final Pattern COMMENT = Pattern.compile("#+[.:,|~]? \\S.*");
    /** A string literal on its own line, perhaps after a keyword ({@code msgid ""}, {@code "own language here "}). */
    private static final Pattern STRING_LINE = Pattern.compile("(?:\\w+ )?\"[^\"]*\"");

    /** At least one paragraph in this many of an example is a record line. */
    private static final int RECORD_SHARE = 3;

    private final Document source;
    private final Document target;
    /** The source's paragraphs, spaces collapsed, one a line; made on first need. */
    private String sourceText;
    /** Each target paragraph looked at: whether it belongs to an example (a run is judged once, for all of it). */
    private final Map<Integer, Boolean> judged = new HashMap<>();

    /** The examples of {@code target}, translated from {@code source}, found as {@link #in} is asked. */
    VerbatimExamples(Document source, Document target) {
        this.source = source;
        this.target = target;
    }

    /**
     * The paragraphs of the examples kept word for word that {@code candidates} (target paragraph indices) belong
     * to: the runs of adjacent prose paragraphs kept in the source language, a third or more of them record lines,
     * that hold one of {@code candidates}.
     */
    static Set<Integer> of(Document source, Document target, List<Integer> candidates) {
        return new VerbatimExamples(source, target).in(candidates);
    }

    /** {@link #of} with this pair's documents. */
    Set<Integer> in(List<Integer> candidates) {
        Set<Integer> out = new HashSet<>();
        for (int p : candidates) {
            Boolean example = judged.get(p);
            if (example == null) {
                example = judge(p);
                judged.put(p, example);
            }
            // the whole run it belongs to, as judged
            for (int k = p; example && k >= 0 && Boolean.TRUE.equals(judged.get(k)); k--) {
                out.add(k);
            }
            for (int k = p + 1; example && Boolean.TRUE.equals(judged.get(k)); k++) {
                out.add(k);
            }
        }
        return out;
    }

    /** Whether paragraph {@code p} belongs to an example; records the verdict for every paragraph of its run. */
    private boolean judge(int p) {
        if (!kept(p)) {
            return false;
        }
        int from = p;
        while (from > 0 && kept(from - 1)) {
            from--;
        }
        int to = p;
        while (to + 1 < target.paragraphs().size() && kept(to + 1)) {
            to++;
        }
        Map<String, Integer> starts = new HashMap<>();
        for (int k = from; k <= to; k++) {
            starts.merge(firstToken(target.paragraphs().get(k).text()), 1, Integer::sum);
        }
        int records = 0;
        for (int k = from; k <= to; k++) {
            String text = target.paragraphs().get(k).text();
            records += isRecordLine(text) || isInvocation(text, starts) ? 1 : 0;
        }
        // an example is mostly record lines with a description or two; a page left in English is mostly prose
        boolean example = records > 0 && records * RECORD_SHARE >= to - from + 1;
        for (int k = from; k <= to; k++) {
            judged.put(k, example);
        }
        return example;
    }

    /**
     * Whether the prose paragraph {@code p} of {@code target} is kept in the source language: it stands word for
     * word in the source's text, or reads as the source language (a stale translation keeps an older version's
     * {@code --help} output, which the source has changed since).
     */
    private boolean kept(int p) {
        Paragraph paragraph = target.paragraphs().get(p);
        if (!paragraph.isProse()) {
            return false;
        }
        String text = Text.collapseSpaces(paragraph.text());
        return !text.isEmpty() && (target.paragraphLang(p).equals(source.lang()) || sourceText().contains(text));
    }

    private String sourceText() {
        if (sourceText == null) {
            StringBuilder all = new StringBuilder();
            for (Paragraph p : source.paragraphs()) {
                all.append(Text.collapseSpaces(p.text())).append('\n');
            }
            sourceText = all.toString();
        }
        return sourceText;
    }

    /**
     * Whether {@code text} is a command's invocation among others ("iwconfig eth0 rate 11M" above "iwconfig eth0
     * rate auto"): its first token, in lower case and no word of the source language, starts another line of the
     * run too ({@code starts} counts the run's first tokens), and it ends no sentence.
     */
    private boolean isInvocation(String text, Map<String, Integer> starts) {
        String first = firstToken(text);
        String t = text.strip();
        return starts.getOrDefault(first, 0) >= 2 && COMMAND.matcher(first).matches()
                && !t.endsWith(".") && !t.endsWith("!") && !t.endsWith("?") && !KnownWords.isWord(first, source.lang());
    }

    /** A program's name: lower-case letters, digits and {@code . _ + -}, a letter first. */
    private static final Pattern COMMAND = Pattern.compile("\\p{Ll}[\\p{Ll}\\d._+-]*");

    private static String firstToken(String text) {
        return Text.splitAtWhitespace(text.strip())[0];
    }

    /**
     * A record's field (or a record of two or more), an option with what it does, a comment or a string literal.
     * Not any line of code: an option's tag ("-f, --force") stands beside its description in a manual page, which
     * a translator may have forgotten.
     */
    static boolean isRecordLine(String text) {
        String t = text.strip();
        return FIELD_KEY.matcher(t).matches() || STRING_LINE.matcher(t).matches()
                || SHORT_FIELD.matcher(t).matches() && !t.endsWith(".") || OPTION_LINE.matcher(t).matches()
                || COMMENT.matcher(t).matches()
                || ANY_KEY.matcher(t).lookingAt() && ANY_KEY.matcher(t).results().count() >= 2;
    }
}
