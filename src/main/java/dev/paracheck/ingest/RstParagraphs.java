package dev.paracheck.ingest;

import dev.paracheck.internal.Text;
import dev.paracheck.model.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The paragraphs of a reStructuredText document (Sphinx and docutils sources), by its indentation-based block
 * structure: section titles (a line underlined, or over- and underlined, with punctuation; levels in the order their
 * styles first appear) are headings, bullet and enumerated items items, a definition list's term and a field list's
 * name terms, table cells (grid and simple tables) cells, and the rest paragraphs, their lines joined. A literal
 * block (after a paragraph ending in {@code ::}), a doctest block ({@code >>>}) and the content of code directives
 * ({@code code-block}, {@code code}, {@code sourcecode}, {@code literalinclude}, {@code raw}, {@code math}) are code,
 * a line each. Admonitions ({@code note}, {@code warning} …), containers ({@code only}, {@code tabs},
 * {@code configuration-block} …), object descriptions ({@code option}, {@code confval}, {@code py:function} …)
 * and block quotes hold ordinary blocks; a figure's legend is a caption; images, tables of contents, indexes,
 * includes and generated API ({@code image}, {@code toctree}, {@code index}, {@code include}, {@code autoclass} …),
 * directive lines, hyperlink targets and substitution definitions are metadata; comments are no text at all. A footnote or citation is a
 * paragraph.
 *
 * <p>Inline, {@code ``literal``} and code roles ({@code :code:}, {@code :file:}, {@code :class:}, {@code :php:meth:}
 * …) are code spans; a hyperlink keeps its text and an absolute URL ({@code `Sphinx <https://sphinx-doc.org>`_}
 * becomes {@code Sphinx <https://sphinx-doc.org>}, as the other readers write a link); cross references
 * ({@code :doc:}, {@code :ref:}, {@code :term:}) keep their text, not their target; emphasis marks, substitution
 * bars, footnote references and escapes go.
 *
 * <p>Why a reader of its own: reStructuredText's only complete parser is docutils, in Python; no maintained Java
 * parser exists, and paracheck needs the blocks and their kinds, which the line syntax gives without rendering.
 */
final class RstParagraphs {
    private static final String ADORNMENT_CHARS = "=-`:'\"~^_*+#<>.";
    private static final Pattern DIRECTIVE =
            Pattern.compile("\\.\\.\\s+(?:\\|[^|]+\\|\\s+)?([\\w][\\w:.+-]*)::(?:\\s+(.*))?");
    private static final Pattern TARGET = Pattern.compile("\\.\\.\\s+(?:_[^:]*|__):.*");
    private static final Pattern FOOTNOTE = Pattern.compile("\\.\\.\\s+\\[([^\\]]+)]\\s*(.*)");
    private static final Pattern OPTION = Pattern.compile(":[\\w-]+:(?:\\s.*)?");
    /** A bullet ({@code * - + •}) or an enumerator ({@code 1.}, {@code #.}, {@code a)}, {@code (iv)}) and its text. */
    private static final Pattern LIST_ITEM =
            Pattern.compile("([*+•-]|(?:\\(?(?:\\d+|#|[a-zA-Z]|[ivxlcdm]+|[IVXLCDM]+)[.)]))(\\s+)(\\S.*)");
    private static final Pattern FIELD = Pattern.compile(":([^:\\s][^:]*):(?:\\s+(.*))?");

    private static final Set<String> CODE_DIRECTIVES = Set.of("code-block", "code", "sourcecode", "literalinclude",
            "raw", "math", "parsed-literal", "highlight", "doctest", "testcode", "testoutput", "productionlist");
    /** Directives whose content is ordinary blocks (admonitions, containers, tabs). */
    private static final Set<String> TEXT_DIRECTIVES = Set.of("note", "tip", "warning", "important", "caution",
            "attention", "danger", "error", "hint", "seealso", "admonition", "topic", "sidebar", "only", "container",
            "configuration-block", "tabs", "tab", "tab-set", "tab-item", "group-tab", "rst-class", "cssclass",
            "compound", "epigraph", "highlights", "pull-quote", "glossary", "hlist", "centered", "rubric", "figure",
            "deprecated", "versionadded", "versionchanged", "todo", "card", "dropdown", "grid-item-card",
            "list-table", "table", "csv-table", "class", "default-domain", "best-practice", "caution-block");
    /** Of those, the directives whose argument is a title, not the first words of their content. */
    private static final Set<String> TITLED = Set.of("admonition", "topic", "sidebar", "rubric", "tab", "tab-item",
            "group-tab", "centered", "card", "dropdown", "grid-item-card", "list-table", "table", "csv-table");
    /** Of those, the directives whose argument is metadata: a version, a file, a class, a domain. */
    private static final Set<String> ARGUMENT_IS_META = Set.of("deprecated", "versionadded", "versionchanged",
            "figure", "only", "container", "rst-class", "cssclass", "class", "default-domain", "tabs");
    private static final Pattern BORDER_RUN = Pattern.compile("=+");
    private static final Set<String> VERSIONED = Set.of("deprecated", "versionadded", "versionchanged");
    /** Roles whose text is code. */
    private static final Set<String> CODE_ROLES = Set.of("code", "literal", "file", "command", "program", "option",
            "envvar", "samp", "kbd", "class", "func", "meth", "attr", "mod", "data", "const", "exc", "obj", "var",
            "type", "member", "macro", "enum", "struct", "ns", "regexp", "makevar", "mimetype", "namespace",
            "interface", "trait", "function", "method", "property", "constant", "event", "setting", "configvalue",
            "confval", "rfc", "pep", "math", "sub", "sup");

    private static final Pattern LITERAL = Pattern.compile("``(.+?)``(?!`)");
    // a role starts where no role-name character stands before it, so ":a:a:a…" is read in linear time
    private static final Pattern LINK =
            Pattern.compile("(?:(?<![\\w:.+-]):([\\w:.+-]{1,60}):)?`([^`]*?)\\s*<([^`<>]+)>`(?:__?)?");
    private static final Pattern ROLE = Pattern.compile("(?<![\\w:.+-]):([\\w:.+-]{1,60}):`([^`]+)`");
    private static final Pattern INTERPRETED = Pattern.compile("`([^`]+)`(?:__?)?");
    private static final Pattern FOOTNOTE_REFERENCE = Pattern.compile("\\s?\\[(?:#[\\w-]*|\\d+|\\*|[A-Za-z][\\w.-]*)]_");
    private static final Pattern NAMED_REFERENCE = Pattern.compile("\\b(\\p{L}[\\w.-]{0,60}?)__?(?=[\\s.,;:!?)\\]]|$)");
    private static final Pattern SUBSTITUTION = Pattern.compile("\\|([^|\\s][^|]*?)\\|(?:__?)?");
    private static final Pattern STRONG = Pattern.compile("(?<![\\w*])\\*\\*(\\S(?:.{0,300}?\\S)?)\\*\\*(?![\\w*])");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])\\*(\\S(?:[^*]{0,300}?\\S)?)\\*(?![\\w*])");
    private static final Pattern INTERNAL_TARGET = Pattern.compile("_`([^`]+)`");

    private final List<Paragraph> out = new ArrayList<>();
    private final List<String> titleStyles = new ArrayList<>();

    /** A line of the document: its number (1-based) and its text, indentation relative to its block. */
    private record Line(int number, String text) {
        boolean blank() {
            return text.isBlank();
        }

        int indent() {
            int k = 0;
            while (k < text.length() && text.charAt(k) == ' ') { // tabs were expanded when the lines were read
                k++;
            }
            return k;
        }
    }

    private RstParagraphs() {
    }

    /** The media type paracheck gives reStructuredText (Tika's for {@code .rst}). */
    static final String MEDIA_TYPE = "text/x-rst";

    /** Whether a file of this name is reStructuredText. */
    static boolean isRstName(String lowerName) {
        return lowerName.endsWith(".rst") || lowerName.endsWith(".rest");
    }

    static List<Paragraph> split(String text) {
        RstParagraphs reader = new RstParagraphs();
        String[] raw = text.lines().toArray(String[]::new);
        List<Line> lines = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            lines.add(new Line(i + 1, raw[i].replace("\t", "        ").stripTrailing()));
        }
        reader.blocks(lines);
        return reader.out;
    }

    private void blocks(List<Line> lines) {
        if (depth >= MAX_DEPTH) {
            paragraphsOnly(lines); // nesting this deep is no document's structure: its lines are read as they stand
            return;
        }
        depth++;
        try {
            blocksAt(lines);
        } finally {
            depth--;
        }
    }

    /** Blocks nest at most this deep (each level copies its lines: a staircase of thousands would be cubic). */
    private static final int MAX_DEPTH = 40;
    private int depth;

    private void paragraphsOnly(List<Line> lines) {
        StringBuilder text = new StringBuilder();
        int first = -1;
        for (Line l : lines) {
            if (l.blank()) {
                add(inline(text.toString()), first, "p");
                text.setLength(0);
                first = -1;
            } else {
                first = first < 0 ? l.number() : first;
                text.append(' ').append(l.text().strip());
            }
        }
        add(inline(text.toString()), first, "p");
    }

    private void blocksAt(List<Line> lines) {
        int i = 0;
        while (i < lines.size()) {
            Line line = lines.get(i);
            String s = line.text();
            if (line.blank()) {
                i++;
            } else if (line.indent() > 0) {
                int end = indentedEnd(lines, i);
                blocks(dedented(lines.subList(i, end))); // a block quote
                i = end;
            } else if (isAdornment(s) && i + 2 < lines.size() && !lines.get(i + 1).blank()
                    && lines.get(i + 2).text().strip().equals(s.strip())) {
                title(lines.get(i + 1), "o" + s.charAt(0));
                i += 3;
            } else if (!isAdornment(s) && i + 1 < lines.size() && isAdornment(lines.get(i + 1).text())
                    && (i == 0 || lines.get(i - 1).blank())) {
                title(line, "u" + lines.get(i + 1).text().charAt(0));
                i += 2;
            } else if (isAdornment(s) && s.length() >= 4 && !simpleBorder(s, '=')) {
                i++; // a transition
            } else if (s.equals("..") || s.startsWith(".. ")) {
                i = explicit(lines, i);
            } else if (s.startsWith(">>>")) {
                i = codeUntilBlank(lines, i);
            } else if (s.startsWith("+-") || s.startsWith("+=")) {
                i = gridTable(lines, i);
            } else if (simpleBorder(s, '=')) {
                i = simpleTable(lines, i);
            } else if (LIST_ITEM.matcher(s).matches() && listLike(lines, i)) {
                i = listItem(lines, i);
            } else if (s.startsWith("| ") || s.equals("|")) {
                while (i < lines.size() && (lines.get(i).text().startsWith("|"))) {
                    add(inline(lines.get(i).text().substring(1)), lines.get(i).number(), "p");
                    i++;
                }
            } else if (FIELD.matcher(s).matches()) {
                i = field(lines, i);
            } else if (i + 1 < lines.size() && !lines.get(i + 1).blank() && lines.get(i + 1).indent() > 0
                    && !s.endsWith("::")) {
                add(inline(s), line.number(), "dt"); // a definition list's term; its definition is indented
                int end = indentedEnd(lines, i + 1);
                blocks(dedented(lines.subList(i + 1, end)));
                i = end;
            } else {
                i = paragraph(lines, i);
            }
        }
    }

    /** A paragraph: its lines up to a blank one; a final {@code ::} announces a literal block. */
    private int paragraph(List<Line> lines, int i) {
        int start = i;
        StringBuilder text = new StringBuilder();
        while (i < lines.size() && !lines.get(i).blank() && (i == start || lines.get(i).indent() == 0)) {
            text.append(text.isEmpty() ? "" : " ").append(lines.get(i).text().strip());
            i++;
        }
        String t = text.toString();
        boolean literal = t.endsWith("::");
        if (literal) {
            t = t.equals("::") ? "" : t.endsWith(" ::") ? t.substring(0, t.length() - 3) : t.substring(0, t.length() - 1);
        }
        add(inline(t), lines.get(start).number(), "p");
        return literal ? literalBlock(lines, i) : i;
    }

    /** The literal block after a paragraph's {@code ::}: indented lines, or lines quoted by a punctuation mark. */
    private int literalBlock(List<Line> lines, int i) {
        while (i < lines.size() && lines.get(i).blank()) {
            i++;
        }
        if (i >= lines.size()) {
            return i;
        }
        if (lines.get(i).indent() > 0) {
            int end = indentedEnd(lines, i);
            code(lines.subList(i, end));
            return end;
        }
        char quote = lines.get(i).text().charAt(0);
        if (ADORNMENT_CHARS.indexOf(quote) < 0) {
            return i;
        }
        int end = i;
        while (end < lines.size() && !lines.get(end).blank() && lines.get(end).text().charAt(0) == quote) {
            end++;
        }
        code(lines.subList(i, end));
        return end;
    }

    /** An explicit markup block ({@code ..}): a directive, a target, a footnote, a substitution, or a comment. */
    private int explicit(List<Line> lines, int i) {
        Line first = lines.get(i);
        int end = indentedEnd(lines, i + 1);
        List<Line> body = dedented(lines.subList(i + 1, end));
        String s = first.text();
        Matcher m;
        if ((m = DIRECTIVE.matcher(s)).matches()) {
            directive(m.group(1).toLowerCase(Locale.ROOT), m.group(2), first, body);
        } else if (TARGET.matcher(s).matches()) {
            add(s, first.number(), Paragraph.META);
        } else if ((m = FOOTNOTE.matcher(s)).matches()) {
            StringBuilder text = new StringBuilder(m.group(2));
            for (Line l : body) {
                text.append(' ').append(l.text().strip());
            }
            add(inline(text.toString()), first.number(), "p");
        }
        // anything else is a comment: no text
        return end;
    }

    private void directive(String name, String argument, Line first, List<Line> body) {
        String bare = name.contains(":") ? name.substring(name.lastIndexOf(':') + 1) : name;
        int k = 0;
        while (k < body.size() && !body.get(k).blank() && OPTION.matcher(body.get(k).text()).matches()) {
            k++; // the directive's options
        }
        List<Line> content = body.subList(k, body.size());
        if (CODE_DIRECTIVES.contains(bare)) {
            code(content);
        } else if (TEXT_DIRECTIVES.contains(bare)) {
            if (argument != null && !argument.isBlank()) {
                if (VERSIONED.contains(bare) && argument.strip().indexOf(' ') > 0) {
                    // ".. versionadded:: 2.0 The foo option.": the version is metadata, the rest its explanation
                    String arg = argument.strip();
                    add(arg.substring(0, arg.indexOf(' ')), first.number(), Paragraph.META);
                    List<Line> withText = new ArrayList<>();
                    withText.add(new Line(first.number(), arg.substring(arg.indexOf(' ') + 1)));
                    withText.addAll(content);
                    content = withText;
                } else if (ARGUMENT_IS_META.contains(bare)) {
                    add(first.text(), first.number(), Paragraph.META);
                } else if (TITLED.contains(bare)) {
                    add(inline(argument), first.number(), "h6");
                } else {
                    // an admonition's first words stand on its directive's line
                    List<Line> withArgument = new ArrayList<>();
                    withArgument.add(new Line(first.number(), argument));
                    withArgument.addAll(content);
                    content = withArgument;
                }
            }
            if (bare.equals("figure")) {
                int before = out.size();
                blocks(content);
                for (int p = before; p < out.size(); p++) {
                    Paragraph para = out.get(p);
                    if (para.kind().equals("p")) {
                        out.set(p, new Paragraph(para.index(), para.text(), para.line(), 0, "caption"));
                    }
                }
            } else {
                blocks(content);
            }
        } else if (META_DIRECTIVES.contains(bare)) {
            add(first.text().strip(), first.number(), Paragraph.META); // image, toctree, index, include …
        } else {
            // an object's description (option, confval, envvar, describe, py:function …): its name is code,
            // its content text
            add(first.text().strip(), first.number(), Paragraph.META);
            blocks(content);
        }
    }

    /** Directives whose content is no text: images, tables of contents, indexes, includes, generated API. */
    private static final Set<String> META_DIRECTIVES = Set.of("image", "toctree", "index", "include", "contents",
            "meta", "sectnum", "target-notes", "header", "footer", "title", "default-role", "role", "autosummary",
            "automodule", "autoclass", "autofunction", "automethod", "autodata", "autoattribute", "autoexception",
            "currentmodule", "module", "tabularcolumns", "graphviz", "digraph", "uml", "mermaid", "plantuml",
            "youtube", "video", "iframe", "thumbnail", "ifconfig");

    /** A list item: its first paragraph, then what is indented under it (more paragraphs, nested lists). */
    private int listItem(List<Line> lines, int i) {
        Matcher m = LIST_ITEM.matcher(lines.get(i).text());
        m.matches();
        StringBuilder text = new StringBuilder(m.group(3).strip());
        int j = i + 1;
        while (j < lines.size() && !lines.get(j).blank() && lines.get(j).indent() > 0) {
            text.append(' ').append(lines.get(j).text().strip());
            j++;
        }
        String t = text.toString();
        boolean literal = t.endsWith("::");
        if (literal) {
            t = t.endsWith(" ::") ? t.substring(0, t.length() - 3) : t.substring(0, t.length() - 1);
        }
        add(inline(t), lines.get(i).number(), "li");
        int end = indentedEnd(lines, j);
        List<Line> rest = dedented(lines.subList(j, end));
        if (literal) {
            int after = literalBlock(rest, 0);
            blocks(rest.subList(after, rest.size()));
        } else {
            blocks(rest);
        }
        return end;
    }

    /**
     * Whether a line that looks like a list item is one: a bullet always; an enumerator when the next line is blank,
     * indented, or another item (so that "A. Smith wrote" or "1. Mai" inside running text is no list).
     */
    private static boolean listLike(List<Line> lines, int i) {
        char c = lines.get(i).text().charAt(0);
        if ("*+•-".indexOf(c) >= 0) {
            return true;
        }
        if (i + 1 >= lines.size()) {
            return true;
        }
        Line next = lines.get(i + 1);
        return next.blank() || next.indent() > 0 || LIST_ITEM.matcher(next.text()).matches();
    }

    /** A field list's field: its name a term, its body text (docinfo fields included: they read as text). */
    private int field(List<Line> lines, int i) {
        Matcher m = FIELD.matcher(lines.get(i).text());
        m.matches();
        add(inline(m.group(1)), lines.get(i).number(), "dt");
        int end = indentedEnd(lines, i + 1);
        List<Line> body = new ArrayList<>();
        if (m.group(2) != null && !m.group(2).isBlank()) {
            body.add(new Line(lines.get(i).number(), m.group(2)));
        }
        body.addAll(dedented(lines.subList(i + 1, end)));
        blocks(body);
        return end;
    }

    /** A grid table: each row's cells (lines between {@code |} joined per column), borders no text. */
    private int gridTable(List<Line> lines, int i) {
        int end = i;
        while (end < lines.size() && !lines.get(end).blank()
                && (lines.get(end).text().startsWith("+") || lines.get(end).text().startsWith("|"))) {
            end++;
        }
        List<StringBuilder> cells = new ArrayList<>();
        int rowLine = lines.get(i).number();
        for (int k = i; k < end; k++) {
            String s = lines.get(k).text();
            if (s.startsWith("+")) {
                flushCells(cells, rowLine);
                rowLine = k + 1 < end ? lines.get(k + 1).number() : rowLine;
                continue;
            }
            String[] parts = s.substring(1).split("\\|", -1);
            for (int c = 0; c < parts.length; c++) {
                while (cells.size() <= c) {
                    cells.add(new StringBuilder());
                }
                cells.get(c).append(' ').append(parts[c].strip());
            }
        }
        flushCells(cells, rowLine);
        return end;
    }

    private void flushCells(List<StringBuilder> cells, int line) {
        for (StringBuilder c : cells) {
            add(inline(c.toString().strip()), line, "td");
        }
        cells.clear();
    }

    /** A simple table: rows between {@code ===} borders, cells by the border's columns. */
    private int simpleTable(List<Line> lines, int i) {
        String border = lines.get(i).text();
        List<int[]> columns = new ArrayList<>();
        Matcher run = BORDER_RUN.matcher(border);
        while (run.find()) {
            columns.add(new int[] {run.start(), run.end()});
        }
        int borders = 0;
        int k = i;
        for (; k < lines.size(); k++) {
            String s = lines.get(k).text();
            if (simpleBorder(s, '=')) {
                borders++;
                // the bottom border: the third, or a later one that a blank line follows
                if (borders == 3 || borders == 2 && (k + 1 >= lines.size() || lines.get(k + 1).blank())
                        && !rowsAhead(lines, k + 1)) {
                    k++;
                    break;
                }
                continue;
            }
            if (simpleBorder(s, '-')) {
                continue;
            }
            if (lines.get(k).blank()) {
                if (borders >= 2 && !rowsAhead(lines, k)) {
                    break; // a table of two borders has ended; a header's table goes on to its third
                }
                continue;
            }
            for (int c = 0; c < columns.size(); c++) {
                int from = Math.min(columns.get(c)[0], s.length());
                int to = c + 1 < columns.size() ? Math.min(columns.get(c + 1)[0], s.length()) : s.length();
                add(inline(s.substring(from, Math.max(from, to)).strip()), lines.get(k).number(), "td");
            }
        }
        return k;
    }

    /**
     * A simple table's border: runs of {@code mark} (two at least) parted by spaces, as {@code =====  =====}; read
     * by hand, as a repeated group in a regular expression recurses once a column (thousands overflow the stack).
     */
    private static boolean simpleBorder(String s, char mark) {
        String t = s.stripTrailing();
        if (t.isEmpty() || t.charAt(0) != mark) {
            return false;
        }
        int runs = 0;
        boolean inRun = false;
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (c == mark) {
                runs += inRun ? 0 : 1;
                inRun = true;
            } else if (c == ' ') {
                inRun = false;
            } else {
                return false;
            }
        }
        return runs >= 2;
    }

    /**
     * Whether the blank lines from {@code k} are followed by more rows of the table: the next block of lines ends in
     * the table's closing border (rows may stand apart, a blank line between them; a paragraph after a table of two
     * borders is followed by a blank line, not a border).
     */
    private static boolean rowsAhead(List<Line> lines, int k) {
        int j = k;
        while (j < lines.size() && lines.get(j).blank()) {
            j++;
        }
        for (; j < lines.size() && !lines.get(j).blank(); j++) {
            if (simpleBorder(lines.get(j).text(), '=')) {
                return true;
            }
        }
        return false;
    }

    private int codeUntilBlank(List<Line> lines, int i) {
        int end = i;
        while (end < lines.size() && !lines.get(end).blank()) {
            end++;
        }
        code(lines.subList(i, end));
        return end;
    }

    private void code(List<Line> lines) {
        for (Line l : lines) {
            if (!l.blank()) {
                add(l.text(), l.number(), Paragraph.CODE);
            }
        }
    }

    private void title(Line line, String style) {
        if (!titleStyles.contains(style)) {
            titleStyles.add(style);
        }
        add(inline(line.text().strip()), line.number(), "h" + Math.min(6, titleStyles.indexOf(style) + 1));
    }

    /** A line of one punctuation mark repeated, three at least: a title's adornment or a transition. */
    private static boolean isAdornment(String s) {
        String t = s.strip();
        if (t.length() < 3 || !t.equals(s) || ADORNMENT_CHARS.indexOf(t.charAt(0)) < 0) {
            return false;
        }
        char c = t.charAt(0);
        return t.chars().allMatch(x -> x == c);
    }

    /** The end of the block indented under line {@code from - 1}: blank or indented lines, trailing blanks left. */
    private static int indentedEnd(List<Line> lines, int from) {
        int end = from;
        int last = from;
        while (end < lines.size() && (lines.get(end).blank() || lines.get(end).indent() > 0)) {
            end++;
            if (!lines.get(end - 1).blank()) {
                last = end;
            }
        }
        return last;
    }

    /** The lines with their common indentation removed. */
    private static List<Line> dedented(List<Line> lines) {
        int min = Integer.MAX_VALUE;
        for (Line l : lines) {
            if (!l.blank()) {
                min = Math.min(min, l.indent());
            }
        }
        if (min == Integer.MAX_VALUE || min == 0) {
            return lines;
        }
        List<Line> out = new ArrayList<>(lines.size());
        for (Line l : lines) {
            out.add(new Line(l.number(), l.blank() ? "" : l.text().substring(min)));
        }
        return out;
    }

    private void add(String text, int line, String kind) {
        String t = kind.equals(Paragraph.CODE) ? text.strip() : Text.collapseSpaces(text);
        if (!t.isEmpty()) {
            out.add(new Paragraph(out.size(), t, line, 0, kind));
        }
    }

    /** A paragraph's inline markup as text: literals and code roles code spans, links their text, marks gone. */
    static String inline(String s) {
        StringBuilder done = new StringBuilder();
        Matcher literal = LITERAL.matcher(s);
        int at = 0;
        while (literal.find()) {
            done.append(markup(s.substring(at, literal.start()))).append('`').append(literal.group(1)).append('`');
            at = literal.end();
        }
        return done.append(markup(s.substring(at))).toString();
    }

    private static String markup(String s) {
        if (s.isEmpty()) {
            return s;
        }
        String t = LINK.matcher(s).replaceAll(m -> {
            String role = m.group(1) == null ? "" : bareRole(m.group(1));
            String text = m.group(2).strip();
            String target = m.group(3).strip();
            boolean url = target.contains("://") || target.startsWith("mailto:");
            String shown = text.isEmpty() ? target : text;
            if (CODE_ROLES.contains(role)) {
                return Matcher.quoteReplacement(CODE + shown + CODE);
            }
            return Matcher.quoteReplacement(url && !text.isEmpty() ? text + " <" + target + ">" : shown);
        });
        t = ROLE.matcher(t).replaceAll(m -> {
            String role = bareRole(m.group(1));
            String text = m.group(2).strip();
            if (text.startsWith("~") || text.startsWith("!")) {
                text = text.substring(1);
            }
            if (CODE_ROLES.contains(role)) {
                return Matcher.quoteReplacement(CODE + text + CODE);
            }
            return Matcher.quoteReplacement(text);
        });
        t = INTERNAL_TARGET.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        t = INTERPRETED.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        t = FOOTNOTE_REFERENCE.matcher(t).replaceAll("");
        t = NAMED_REFERENCE.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        t = SUBSTITUTION.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        t = STRONG.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        t = EMPHASIS.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        return t.replace("\\ ", "").replaceAll("\\\\(.)", "$1").replace(CODE, '`');
    }

    /** A code span's mark while the rest of the markup is read (a private-use character no text has). */
    private static final char CODE = '\uE000';

    private static String bareRole(String role) {
        String r = role.toLowerCase(Locale.ROOT);
        return r.contains(":") ? r.substring(r.lastIndexOf(':') + 1) : r;
    }
}
