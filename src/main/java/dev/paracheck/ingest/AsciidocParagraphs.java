package dev.paracheck.ingest;

import dev.paracheck.internal.Text;
import dev.paracheck.model.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The paragraphs of an AsciiDoc document, by its block structure: section titles ({@code = Title},
 * {@code == Section}) are headings, block titles ({@code .Title}) captions, list items ({@code *}, {@code -},
 * {@code .}, {@code 1.}) items, a description list's term ({@code term::}) a term, table cells ({@code |===})
 * cells, and the rest paragraphs, their lines joined. Listing, literal, fenced and passthrough blocks
 * ({@code ----}, {@code ....}, {@code ```}, {@code ++++}) and indented literal paragraphs are code, a line each;
 * attribute entries ({@code :toc:}) and block macros ({@code include::}, {@code image::}, {@code toc::[]}) are
 * metadata; comments ({@code //}, {@code ////} blocks), block attribute lines ({@code [source,java]},
 * {@code [[id]]}) and breaks ({@code '''}, {@code <<<}) are no text at all. An admonition's label
 * ({@code NOTE:}) is AsciiDoc's keyword, not the text's.
 *
 * <p>Inline, a link keeps its text and its URL ({@code https://x.org[the site]} becomes
 * {@code the site <https://x.org>}, which the checks read as text and a URL apart), cross references, images and
 * UI macros keep their text ({@code kbd:[Ctrl+C]} becomes the code span {@code `Ctrl+C`}), and the marks of bold,
 * italic and highlight go.
 *
 * <p>Why a reader of its own: the AsciiDoc processor for Java (AsciidoctorJ) runs Asciidoctor in JRuby, seconds of
 * start-up and tens of megabytes for a tool whose start-up is measured; paracheck needs the blocks and their kinds,
 * which AsciiDoc's line-oriented block syntax gives without rendering.
 */
final class AsciidocParagraphs {
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final Pattern HEADING = Pattern.compile("(={1,6}|#{1,6})\\s+(\\S.*)");
    private static final Pattern ATTRIBUTE_ENTRY = Pattern.compile(":!?[\\w][\\w-]*!?:(\\s.*)?");
    private static final Pattern BLOCK_ATTRIBUTES = Pattern.compile("\\[[^\\]]*]");
    private static final Pattern BLOCK_TITLE = Pattern.compile("\\.([^.\\s].*)");
    private static final Pattern BLOCK_MACRO = Pattern.compile("[a-z]+::\\S*\\[.*]");
    /** A list item: bullets, numbers, and a listing's callout explanations ({@code <1> Opens the file.}). */
    private static final Pattern LIST_ITEM = Pattern.compile("\\s*(\\*{1,5}|-|\\.{1,5}|\\d+\\.|<(?:\\d+|\\.)>)\\s+(\\S.*)");
    private static final Pattern TERM = Pattern.compile("(\\S.*?)(:{2,4}|;;)(?:\\s+(.*))?");
    private static final Pattern ADMONITION = Pattern.compile("(NOTE|TIP|IMPORTANT|WARNING|CAUTION):\\s+(.*)");
    /** Delimiters of blocks whose lines are code: listing, literal, passthrough, a Markdown-style fence. */
    private static final Pattern CODE_DELIMITER = Pattern.compile("(-{4,}|\\.{4,}|\\+{4,}|`{3,}).*");
    /** Delimiters of blocks that hold ordinary blocks: example, sidebar, quote, open. */
    private static final Pattern COMPOUND_DELIMITER = Pattern.compile("={4,}|\\*{4,}|_{4,}|--");
    private static final Pattern COMMENT_DELIMITER = Pattern.compile("/{4,}");
    private static final Pattern TABLE_DELIMITER = Pattern.compile("[|!,:]===");
    /** A cell's specifier, written just before its bar: {@code a|}, {@code 2+|}, {@code ^.^|}, {@code 3*h|}. */
    private static final String SPEC = "(?:\\d+[+*])?[.\\d<>^]*[aehlmsdv]?";
    private static final Pattern ONLY_SPEC = Pattern.compile(SPEC);
    private static final Pattern TRAILING_SPEC = Pattern.compile("\\s(?=\\S)" + SPEC + "$");

    private static final Pattern URL_LINK = Pattern.compile("(?:link:)?(https?://[^\\s\\[]+)\\[([^\\]]*)]");
    private static final Pattern LINK = Pattern.compile("(?:link|xref|image|footnote|btn|icon):[^\\s\\[]*\\[([^\\]]*)]");
    private static final Pattern KBD = Pattern.compile("kbd:\\[([^\\]]*)]");
    private static final Pattern MENU = Pattern.compile("menu:([^\\s\\[]+)\\[([^\\]]*)]");
    private static final Pattern XREF = Pattern.compile("<<[^,>]*,\\s*([^>]*)>>|<<[^>]*>>");
    private static final Pattern MARKS = Pattern.compile("(?<![\\p{L}\\p{N}*_#])([*_#]{1,2})(\\S(?:.{0,300}?\\S)?)\\1(?![\\p{L}\\p{N}*_#])");
    /**
     * Unconstrained marks, doubled, may stand inside a word: {@code **un**constrained}. Marked text runs 300
     * characters at most here (both patterns), so that a line of stray marks is read in linear time.
     */
    private static final Pattern DOUBLE_MARKS = Pattern.compile("(\\*\\*|__|##)(\\S(?:.{0,300}?\\S)?)\\1");
    private static final Pattern HARD_BREAK = Pattern.compile("\\s\\+$");

    private AsciidocParagraphs() {
    }

    /** Whether a file of this Tika type is AsciiDoc. */
    static boolean isAsciidoc(String mediaType) {
        return mediaType.equals("text/x-asciidoc");
    }

    static List<Paragraph> split(String text) {
        String[] lines = LINE_BREAK.split(text, -1);
        List<Paragraph> out = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        int[] pendingLine = {0};
        String[] pendingKind = {"p"};
        String closing = null; // the delimiter that ends the code or comment block we are in
        boolean comment = false;
        boolean table = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String s = line.strip();
            int number = i + 1;
            if (closing != null) {
                if (s.equals(closing)) {
                    closing = null;
                } else if (!comment && !s.isEmpty()) {
                    add(out, line.stripTrailing(), number, Paragraph.CODE);
                }
                continue;
            }
            if (table) {
                if (TABLE_DELIMITER.matcher(s).matches()) {
                    table = false;
                } else {
                    flush(out, pending, pendingLine[0], pendingKind[0]);
                    cells(out, s, number);
                }
                continue;
            }
            if (s.isEmpty() || s.equals("+")) {
                flush(out, pending, pendingLine[0], pendingKind[0]);
                continue;
            }
            Matcher m;
            if (CODE_DELIMITER.matcher(s).matches()) {
                flush(out, pending, pendingLine[0], pendingKind[0]);
                closing = s.startsWith("`") ? s.replaceAll("[^`]", "") : s;
                comment = false;
            } else if (COMMENT_DELIMITER.matcher(s).matches()) {
                flush(out, pending, pendingLine[0], pendingKind[0]);
                closing = s;
                comment = true;
            } else if (TABLE_DELIMITER.matcher(s).matches()) {
                flush(out, pending, pendingLine[0], pendingKind[0]);
                table = true;
            } else if (COMPOUND_DELIMITER.matcher(s).matches() || s.equals("'''") || s.equals("<<<")
                    || s.startsWith("//")) {
                flush(out, pending, pendingLine[0], pendingKind[0]);
            } else if (pending.isEmpty() && ATTRIBUTE_ENTRY.matcher(s).matches()) {
                add(out, s, number, Paragraph.META);
            } else if (pending.isEmpty() && BLOCK_MACRO.matcher(s).matches()) {
                add(out, s, number, Paragraph.META);
            } else if (pending.isEmpty() && BLOCK_ATTRIBUTES.matcher(s).matches()) {
                continue; // [source,java], [[id]], [NOTE]: how the next block looks, no text
            } else if ((m = HEADING.matcher(s)).matches() && pending.isEmpty()) {
                add(out, inline(m.group(2)), number, "h" + m.group(1).length());
            } else if ((m = BLOCK_TITLE.matcher(s)).matches() && pending.isEmpty()) {
                add(out, inline(m.group(1)), number, "caption");
            } else if ((m = LIST_ITEM.matcher(line)).matches()) {
                flush(out, pending, pendingLine[0], pendingKind[0]);
                start(pending, pendingLine, pendingKind, m.group(2), number, "li");
            } else if (pending.isEmpty() && Character.isWhitespace(line.charAt(0))) {
                add(out, line.stripTrailing(), number, Paragraph.CODE); // a literal paragraph: indented
            } else if (pending.isEmpty() && (m = TERM.matcher(s)).matches() && !s.contains("://")) {
                add(out, inline(m.group(1)), number, "dt");
                if (m.group(3) != null && !m.group(3).isBlank()) {
                    start(pending, pendingLine, pendingKind, m.group(3), number, "p");
                }
            } else if (pending.isEmpty() && (m = ADMONITION.matcher(s)).matches()) {
                start(pending, pendingLine, pendingKind, m.group(2), number, "p");
            } else if (pending.isEmpty()) {
                start(pending, pendingLine, pendingKind, s, number, "p");
            } else {
                pending.append(' ').append(s);
            }
            if (pending.length() >= 2 && pending.charAt(pending.length() - 1) == '+'
                    && Character.isWhitespace(pending.charAt(pending.length() - 2))) {
                pending.setLength(pending.length() - 2); // a hard line break, " +" at a line's end
            }
        }
        flush(out, pending, pendingLine[0], pendingKind[0]);
        return out;
    }

    private static void start(StringBuilder pending, int[] line, String[] kind, String text, int number,
                              String k) {
        pending.append(text);
        line[0] = number;
        kind[0] = k;
    }

    private static void flush(List<Paragraph> out, StringBuilder pending, int line, String kind) {
        if (!pending.isEmpty()) {
            add(out, inline(pending.toString()), line, kind);
            pending.setLength(0);
        }
    }

    /**
     * A table row's cells, each a paragraph ({@code | a | b}); a cell's specifier, which stands just before the bar
     * that opens it ({@code a| text}, {@code 2+| text}), is left out.
     */
    private static void cells(List<Paragraph> out, String row, int number) {
        String[] parts = row.split("(?<!\\\\)\\|", -1);
        for (int k = 0; k < parts.length; k++) {
            String c = parts[k].strip();
            if (k + 1 < parts.length) { // a bar follows: what ends this part may be the next cell's specifier
                c = ONLY_SPEC.matcher(c).matches() ? "" : TRAILING_SPEC.matcher(c).replaceFirst("").strip();
            }
            if (!c.isEmpty()) {
                add(out, inline(c), number, "td");
            }
        }
    }

    private static void add(List<Paragraph> out, String text, int line, String kind) {
        String t = kind.equals(Paragraph.CODE) ? text.strip() : Text.collapseSpaces(text);
        if (!t.isEmpty()) {
            out.add(new Paragraph(out.size(), t, line, 0, kind));
        }
    }

    /** A paragraph's inline markup as text: links with their text, UI macros, marks gone. */
    static String inline(String s) {
        String t = HARD_BREAK.matcher(s).replaceAll("");
        t = URL_LINK.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(2).isBlank() ? m.group(1)
                : m.group(2) + " <" + m.group(1) + ">"));
        t = KBD.matcher(t).replaceAll(m -> Matcher.quoteReplacement("`" + m.group(1) + "`"));
        t = MENU.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)
                + (m.group(2).isBlank() ? "" : " > " + m.group(2).replace(">", " > "))));
        t = LINK.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        t = XREF.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1) == null ? "" : m.group(1)));
        String before;
        do {
            before = t;
            t = DOUBLE_MARKS.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
            t = MARKS.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
        } while (!t.equals(before));
        return t;
    }
}
