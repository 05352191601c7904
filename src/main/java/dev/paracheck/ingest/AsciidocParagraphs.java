package dev.paracheck.ingest;

import dev.paracheck.internal.Text;
import dev.paracheck.model.Paragraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * The document header's author and revision lines are metadata; an anchor ({@code [[id]]}) is no text; the
 * preprocessor's lines ({@code ifdef::}, {@code endif::[]}, {@code include::}) are metadata wherever they stand
 * (both branches of a condition are read: a translation keeps the same conditions).
 *
 * <p>Inline, the document's attributes are substituted ({@code {url-docs}} as its {@code :url-docs:} entry says);
 * a link keeps its text and its URL ({@code https://x.org[the site]} becomes {@code the site <https://x.org>},
 * which the checks read as text and a URL apart); images, cross references and UI macros keep their text
 * ({@code kbd:[Ctrl+C]} becomes the code span {@code `Ctrl+C`}); the marks of bold, italic, highlight, super- and
 * subscript go; {@code (C)}, {@code (R)}, {@code (TM)} become their signs. Monospace ({@code `code`}, literal
 * {@code `+code+`}) is a code span, left as it is.
 *
 * <p>Why a reader of its own: the AsciiDoc processor for Java (AsciidoctorJ) runs Asciidoctor in JRuby, seconds of
 * start-up and tens of megabytes for a tool whose start-up is measured; paracheck needs the blocks and their kinds,
 * which AsciiDoc's line-oriented block syntax gives without rendering.
 */
final class AsciidocParagraphs {
    /** A section title; AsciiDoc allows the marks to close it too ({@code == Title ==}). */
    private static final Pattern HEADING = Pattern.compile("(={1,6}|#{1,6})\\s+(\\S.*)");
    private static final Pattern ATTRIBUTE_ENTRY = Pattern.compile(":(!?)([\\w][\\w-]*)!?:(?:\\s+(.*))?");
    private static final Pattern BLOCK_ATTRIBUTES = Pattern.compile("\\[\\[[^\\]]*]]|\\[[^\\]]*]");
    private static final Pattern BLOCK_TITLE = Pattern.compile("\\.([^.\\s].*)");
    private static final Pattern BLOCK_MACRO = Pattern.compile("[a-z]+::[^\\s\\[]*\\[.*]");
    private static final Pattern PREPROCESSOR = Pattern.compile("(?:ifdef|ifndef|ifeval|endif|include)::[^\\s\\[]*\\[.*]");
    /** A list item: bullets, numbers, and a listing's callout explanations ({@code <1> Opens the file.}). */
    private static final Pattern LIST_ITEM = Pattern.compile("\\s*(\\*{1,5}|-|\\.{1,5}|\\d+\\.|<(?:\\d+|\\.)>)\\s+(\\S.*)");
    /** A description list's term: what stands before {@code ::} (up to a hundred characters). */
    private static final Pattern TERM = Pattern.compile("(\\S.{0,99}?)(:{2,4}|;;)(?:\\s+(.*))?");
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

    private static final Pattern ATTRIBUTE_REFERENCE = Pattern.compile("\\{([\\w][\\w-]*)}");
    /** A code span: literal monospace {@code `+x+`} or monospace {@code `x`}; left as it is. */
    private static final Pattern CODE_SPAN = Pattern.compile("`\\+(.+?)\\+`|`[^`]+`");
    private static final Pattern IMAGE = Pattern.compile("image:[^\\s\\[]*\\[([^\\],]*)[^\\]]*]");
    /** A link: to a URL, or to an attribute the document does not define ({@code {uri-docs}/page[text]}). */
    private static final Pattern URL_LINK = Pattern.compile(
            "(?:link:)?((?:https?://|\\{[\\w][\\w-]*})[^\\s\\[]*)\\[([^\\]]*)]");
    private static final Pattern LINK = Pattern.compile("(?:link|xref|footnote|btn|icon):[^\\s\\[]*\\[([^\\]]*)]");
    private static final Pattern KBD = Pattern.compile("kbd:\\[([^\\]]*)]");
    private static final Pattern MENU = Pattern.compile("menu:([^\\s\\[]+)\\[([^\\]]*)]");
    /** A cross reference with its text ({@code <<id,the text>>}), or with its id alone ({@code <<id>>}). */
    private static final Pattern XREF = Pattern.compile("<<[^,>]*,\\s*([^>]*)>>|<<([^>]*)>>");
    /** A link's named attributes ({@code , window=_blank}) and its new-window caret: not its text. */
    private static final Pattern LINK_OPTIONS = Pattern.compile(",\\s*\\w+=.*$|\\^$");
    private static final Pattern MARKS = Pattern.compile(
            "(?<![\\p{L}\\p{N}*_#])([*_#]{1,2})(\\S(?:.{0,300}?\\S)?)\\1(?![\\p{L}\\p{N}*_#])");
    /**
     * Unconstrained marks, doubled, may stand inside a word: {@code **un**constrained}. Marked text runs 300
     * characters at most here (both patterns), so that a line of stray marks is read in linear time.
     */
    private static final Pattern DOUBLE_MARKS = Pattern.compile("(\\*\\*|__|##)(\\S(?:.{0,300}?\\S)?)\\1");
    private static final Pattern SUPER_SUB = Pattern.compile("([\\^~])(\\S{1,300}?)\\1");
    /** A role or id given to marked text ({@code [big]#text#}, {@code [.red]*text*}): how it looks, no text. */
    private static final Pattern ROLE = Pattern.compile("\\[[\\w.#%-]{1,60}(?: [\\w.#%-]{1,60}){0,8}](?=[#*_]{1,2}\\S)");
    /** An inline anchor ({@code [[appendix1_3]]}, {@code anchor:id[]}) and a concealed index term: no text. */
    private static final Pattern INLINE_ANCHOR = Pattern.compile("\\[\\[[^\\]\\[]*]]|anchor:[\\w-]+\\[[^\\]]*]|\\(\\(\\([^()]*\\)\\)\\)");
    /** Legacy AsciiDoc's quotation marks: {@code ``double''} and {@code `single'}, not code spans. */
    private static final Pattern LEGACY_DOUBLE = Pattern.compile("``(\\S(?:[^`']{0,300}?\\S)?)''");
    private static final Pattern LEGACY_SINGLE = Pattern.compile("(?<![\\w`])`(\\w[^`'\\n]{0,300}?)'(?!\\w)");

    private final List<Paragraph> out = new ArrayList<>();
    private final Map<String, String> attributes = new HashMap<>();
    private final StringBuilder pending = new StringBuilder();
    private int pendingLine;
    private int pendingLines;
    private String pendingKind = "p";

    private AsciidocParagraphs() {
    }

    /** Whether a file of this Tika type is AsciiDoc. */
    static boolean isAsciidoc(String mediaType) {
        return mediaType.equals("text/x-asciidoc");
    }

    /** A section title as a line-sniffing test sees it: one to six {@code =} and a word. */
    private static final Pattern SNIFFED_TITLE = Pattern.compile("={1,6}\\s+[^=\\s].*");
    /** Block attribute lines no plain text writes: a style, a table's or a block's options, an anchor. */
    private static final Pattern SNIFFED_ATTRIBUTES = Pattern.compile("\\[(?:\\[[\\w:.-]+]|(?:source|listing|literal"
            + "|quote|verse|sidebar|example|NOTE|TIP|IMPORTANT|WARNING|CAUTION|horizontal|qanda|glossary|bibliography"
            + "|appendix|preface|abstract|partintro|discrete|float|cols=|options=|width=|frame=|grid=|format=|[#.%]\\w)"
            + "[^\\]]*)]\\s*");
    private static final Pattern SNIFFED_MACRO = Pattern.compile("(?:image|include|video|audio|toc)::[^\\s\\[]*\\[.*]\\s*");

    /**
     * Whether a text that came as plain text is AsciiDoc all the same: AsciiDoc's own convention was long the
     * {@code .txt} extension (and Tika knows only {@code .adoc}, {@code .asciidoc}), so real manuals come so named.
     * Taken as AsciiDoc when two of its line-level constructs show that plain text does not write: section titles
     * ({@code == Title}, two at least), delimited blocks ({@code ----}, {@code ....}, {@code ****}, {@code |===},
     * opened and closed), block attribute lines ({@code [source,sh]}, {@code [NOTE]}, {@code [[id]]}), block macros
     * ({@code image::x.png[]}), attribute entries ({@code :toc:}), admonition paragraphs ({@code NOTE: }); or section
     * titles alone, three at least. A lone {@code ----} (a rule) or one {@code = } line says nothing.
     */
    static boolean looksLikeAsciidoc(String text) {
        int titles = 0;
        boolean attributes = false;
        boolean macros = false;
        boolean entries = false;
        boolean admonitions = false;
        Map<String, Integer> delimiters = new HashMap<>();
        String[] all = text.lines().toArray(String[]::new);
        for (int i = 0; i < all.length; i++) {
            String line = all[i];
            if (line.isEmpty()) {
                continue;
            }
            char c = line.charAt(0);
            if (c == '=' && SNIFFED_TITLE.matcher(line).matches()) {
                titles++;
            } else if (c == '[' && SNIFFED_ATTRIBUTES.matcher(line).matches()) {
                attributes = true;
            } else if (c == ':' && ATTRIBUTE_ENTRY.matcher(line).matches()) {
                entries = true;
            } else if (Character.isLowerCase(c) && SNIFFED_MACRO.matcher(line).matches()) {
                macros = true;
            } else if (Character.isUpperCase(c) && ADMONITION.matcher(line).matches()) {
                admonitions = true;
            } else if ((c == '-' || c == '.' || c == '*' || c == '|') && line.length() >= 4
                    && line.strip().equals(line) && (line.equals("|===") || line.chars().allMatch(ch -> ch == c))
                    && (i > 0 && !all[i - 1].isBlank() || i + 1 < all.length && !all[i + 1].isBlank())) {
                delimiters.merge(line, 1, Integer::sum); // a block's delimiter hugs its content; a rule stands apart
            }
        }
        boolean blocks = delimiters.values().stream().anyMatch(n -> n >= 2 && n % 2 == 0);
        int kinds = (titles >= 2 ? 1 : 0) + (attributes ? 1 : 0) + (macros ? 1 : 0) + (entries ? 1 : 0)
                + (admonitions ? 1 : 0) + (blocks ? 1 : 0);
        return kinds >= 2 || titles >= 3;
    }

    static List<Paragraph> split(String text) {
        AsciidocParagraphs reader = new AsciidocParagraphs();
        reader.read(text.lines().toArray(String[]::new));
        return reader.out;
    }

    private void read(String[] lines) {
        String closing = null; // the delimiter that ends the code or comment block we are in
        boolean comment = false;
        boolean table = false;
        boolean header = false; // in the document header: after the document title, before a blank line
        int start = frontMatterEnd(lines);
        for (int i = 0; i < start; i++) {
            add(lines[i], i + 1, Paragraph.META);
        }
        for (int i = start; i < lines.length; i++) {
            String line = lines[i];
            String s = line.strip();
            int number = i + 1;
            // the line above is a description list's term without its description ("G61::")
            boolean termAbove = i > start && !out.isEmpty() && out.get(out.size() - 1).kind().equals("dt")
                    && out.get(out.size() - 1).line() == i && pending.isEmpty();
            if (closing != null) {
                if (s.equals(closing)) {
                    closing = null;
                } else if (!comment && !s.isEmpty()) {
                    add(line.stripTrailing(), number, Paragraph.CODE);
                }
                continue;
            }
            if (table) {
                if (TABLE_DELIMITER.matcher(s).matches()) {
                    table = false;
                } else {
                    flush();
                    cells(s, number);
                }
                continue;
            }
            if (s.isEmpty() || s.equals("+")) {
                flush();
                header = false;
                continue;
            }
            Matcher m;
            if (pendingLines == 1 && pendingKind.equals("p") && isUnderline(s, pending)) {
                // a two-line section title: its underline's mark gives the level (= - ~ ^ +)
                String title = inline(pending.toString());
                pending.setLength(0);
                add(title, pendingLine, "h" + (TITLE_UNDERLINES.indexOf(s.charAt(0)) + 1));
            } else if (CODE_DELIMITER.matcher(s).matches()) {
                flush();
                closing = s.startsWith("`") ? s.replaceAll("[^`]", "") : s;
                comment = false;
            } else if (COMMENT_DELIMITER.matcher(s).matches()) {
                flush();
                closing = s;
                comment = true;
            } else if (TABLE_DELIMITER.matcher(s).matches()) {
                flush();
                table = true;
            } else if (COMPOUND_DELIMITER.matcher(s).matches() || s.equals("'''") || s.equals("<<<")
                    || s.startsWith("//")) {
                flush();
            } else if (PREPROCESSOR.matcher(s).matches()) {
                flush();
                add(s, number, Paragraph.META);
            } else if (pending.isEmpty() && (m = ATTRIBUTE_ENTRY.matcher(s)).matches()) {
                if (m.group(1).isEmpty() && m.group(3) != null) {
                    attributes.put(m.group(2), m.group(3).strip());
                } else {
                    attributes.remove(m.group(2));
                }
                add(s, number, Paragraph.META);
            } else if (header) {
                add(s, number, Paragraph.META); // the author line, the revision line
            } else if (pending.isEmpty() && BLOCK_MACRO.matcher(s).matches()) {
                add(s, number, Paragraph.META);
            } else if (pending.isEmpty() && BLOCK_ATTRIBUTES.matcher(s).matches()) {
                continue; // [source,java], [[id]], [NOTE]: how the next block looks, no text
            } else if ((m = HEADING.matcher(s)).matches() && pending.isEmpty()) {
                add(inline(withoutClosingMarks(m.group(2), m.group(1))), number, "h" + m.group(1).length());
                header = out.size() == 1 && m.group(1).length() == 1; // the document title opens the header
            } else if ((m = BLOCK_TITLE.matcher(s)).matches() && pending.isEmpty()) {
                add(inline(m.group(1)), number, "caption");
            } else if ((m = LIST_ITEM.matcher(line)).matches()) {
                flush();
                start(m.group(2), number, "li");
            } else if (pending.isEmpty() && Character.isWhitespace(line.charAt(0)) && termAbove) {
                start(s, number, "p"); // a term's description on the lines below it, indented or not
            } else if (pending.isEmpty() && Character.isWhitespace(line.charAt(0))) {
                add(line.stripTrailing(), number, Paragraph.CODE); // a literal paragraph: indented
            } else if ((m = TERM.matcher(s)).matches()) {
                flush();
                add(inline(m.group(1)), number, "dt");
                if (m.group(3) != null && !m.group(3).isBlank()) {
                    start(m.group(3), number, "p");
                }
            } else if (pending.isEmpty() && (m = ADMONITION.matcher(s)).matches()) {
                start(m.group(2), number, "p");
            } else if (pending.isEmpty()) {
                start(s, number, "p");
            } else {
                pending.append(' ').append(withoutHardBreak(s));
                pendingLines++;
            }
        }
        flush();
    }

    /**
     * Where YAML front matter ({@code ---} lines around {@code key: value} lines, as Hugo and Antora sites write it
     * before an AsciiDoc page) ends: the index of the line after its closing {@code ---}, or 0 without it.
     */
    private static int frontMatterEnd(String[] lines) {
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            return 0;
        }
        for (int i = 1; i < lines.length && i < 200; i++) {
            if (lines[i].strip().equals("---")) {
                return i + 1;
            }
        }
        return 0;
    }

    /** A title without the marks that close it ({@code Title ==} of {@code == Title ==}). */
    private static String withoutClosingMarks(String title, String marks) {
        String t = title.stripTrailing();
        if (t.endsWith(marks) && t.length() > marks.length()
                && Character.isWhitespace(t.charAt(t.length() - marks.length() - 1))) {
            return t.substring(0, t.length() - marks.length()).stripTrailing();
        }
        return t;
    }

    /** The marks of two-line section titles' underlines, level 0 first. */
    private static final String TITLE_UNDERLINES = "=-~^+";

    /**
     * Whether {@code line} underlines {@code title} as a two-line section title: one of {@link #TITLE_UNDERLINES}
     * repeated, as long as the title give or take one character, under a title that starts with a word character
     * (Asciidoctor's own test, so that "Output" over a listing's {@code ----} stays a paragraph).
     */
    private static boolean isUnderline(String line, CharSequence title) {
        if (line.length() < 2 || TITLE_UNDERLINES.indexOf(line.charAt(0)) < 0
                || !line.chars().allMatch(c -> c == line.charAt(0)) || title.isEmpty()
                || !(Character.isLetterOrDigit(title.charAt(0)) || title.charAt(0) == '_')) {
            return false;
        }
        int length = title.toString().codePointCount(0, title.length());
        return Math.abs(length - line.length()) <= 1;
    }

    /** A line without its hard line break, " +" at its end. */
    private static String withoutHardBreak(String line) {
        return line.length() >= 2 && line.endsWith("+") && Character.isWhitespace(line.charAt(line.length() - 2))
                ? line.substring(0, line.length() - 2) : line;
    }

    private void start(String text, int number, String kind) {
        pending.append(withoutHardBreak(text));
        pendingLines = 1;
        pendingLine = number;
        pendingKind = kind;
    }

    private void flush() {
        if (!pending.isEmpty()) {
            add(inline(pending.toString()), pendingLine, pendingKind);
            pending.setLength(0);
        }
    }

    /**
     * A table row's cells, each a paragraph ({@code | a | b}); a cell's specifier, which stands just before the bar
     * that opens it ({@code a| text}, {@code 2+| text}), is left out.
     */
    private void cells(String row, int number) {
        String[] parts = row.split("(?<!\\\\)\\|", -1);
        for (int k = 0; k < parts.length; k++) {
            String c = parts[k].strip();
            if (k + 1 < parts.length) { // a bar follows: what ends this part may be the next cell's specifier
                c = ONLY_SPEC.matcher(c).matches() ? "" : TRAILING_SPEC.matcher(c).replaceFirst("").strip();
            }
            if (!c.isEmpty()) {
                add(inline(c), number, "td");
            }
        }
    }

    private void add(String text, int line, String kind) {
        String t = kind.equals(Paragraph.CODE) ? text.strip() : Text.collapseSpaces(text);
        if (!t.isEmpty()) {
            out.add(new Paragraph(out.size(), t, line, 0, kind));
        }
    }

    /** A paragraph's inline markup as text: attributes substituted, code spans kept, macros and marks gone. */
    String inline(String s) {
        String t = ATTRIBUTE_REFERENCE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(
                attributes.getOrDefault(m.group(1), m.group())));
        if (t.indexOf('`') >= 0 && t.indexOf('\'') >= 0) {
            t = LEGACY_DOUBLE.matcher(t).replaceAll(m -> Matcher.quoteReplacement("\u201C" + m.group(1) + "\u201D"));
            t = LEGACY_SINGLE.matcher(t).replaceAll(m -> Matcher.quoteReplacement("\u2018" + m.group(1) + "\u2019"));
        }
        StringBuilder done = new StringBuilder();
        Matcher code = CODE_SPAN.matcher(t);
        int at = 0;
        while (code.find()) {
            done.append(markup(t.substring(at, code.start())));
            done.append(code.group(1) != null ? "`" + code.group(1) + "`" : code.group());
            at = code.end();
        }
        return done.append(markup(t.substring(at))).toString();
    }

    /** Text outside code spans: macros as their text, marks gone, replacements made. */
    private static String markup(String s) {
        String t = IMAGE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        t = URL_LINK.matcher(t).replaceAll(m -> {
            String text = LINK_OPTIONS.matcher(m.group(2)).replaceAll("").strip();
            return Matcher.quoteReplacement(text.isEmpty() ? m.group(1) : text + " <" + m.group(1) + ">");
        });
        t = KBD.matcher(t).replaceAll(m -> Matcher.quoteReplacement("`" + m.group(1) + "`"));
        t = MENU.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)
                + (m.group(2).isBlank() ? "" : " > " + m.group(2).replace(">", " > "))));
        t = LINK.matcher(t).replaceAll(m -> Matcher.quoteReplacement(
                LINK_OPTIONS.matcher(m.group(1)).replaceAll("").strip()));
        // a reference without text shows the title it points to; its id's words stand for it, the sentence
        // keeping its object ("Wechselt zur <<slave_definition_view>>.", not "Wechselt zur .")
        t = XREF.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1) != null ? m.group(1)
                : m.group(2).replaceAll("^[_-]+", "").replaceAll("[_-]+", " ").strip()));
        t = ROLE.matcher(t).replaceAll("");
        t = INLINE_ANCHOR.matcher(t).replaceAll("");
        t = t.replace("(C)", "\u00A9").replace("(R)", "\u00AE").replace("(TM)", "\u2122");
        String before;
        do {
            before = t;
            t = DOUBLE_MARKS.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
            t = MARKS.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
            t = SUPER_SUB.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
        } while (!t.equals(before));
        return t;
    }
}
