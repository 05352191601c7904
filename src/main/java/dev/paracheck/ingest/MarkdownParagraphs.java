package dev.paracheck.ingest;

import dev.paracheck.internal.Text;
import dev.paracheck.model.Paragraph;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;

/**
 * Splits Markdown into paragraphs with a CommonMark parser (commonmark-java, with GitHub's tables), keeping the
 * line each block starts on.
 *
 * <p>What a reader sees is prose; what only the renderer sees is not. A paragraph, heading, list item, quote or
 * table cell is a paragraph of its text as rendered: emphasis and link <em>text</em> kept, link destinations,
 * reference labels ({@code [text][1]}), images and inline HTML tags left out, {@code `code spans`} kept with their
 * backticks (the checks know them as code). Each line of a code block (fenced, indented, or Jekyll's
 * {@code {% highlight %}}) is a paragraph of kind {@code pre}; each line of a front matter (YAML {@code ---} or TOML
 * {@code +++}), a link reference definition ({@code [id]: https://…}) and a line of template tags alone
 * ({@code {% if … %}}, mdBook's {@code {{#include …}}}, Hugo's {@code {{< note >}}}) is one of kind {@code meta}:
 * aligned like the rest, but no prose for the content checks ({@link Paragraph#isProse}). HTML blocks give the
 * text between their tags; comments give nothing.
 *
 * <p>Why a parser and not line rules: the rules read {@code [1]} of a reference link, the digits of an image's
 * file name and of a link's URL as text, and each exception (lazy continuation lines, list items' indented code,
 * nested lists, fences inside lists) needed its own rule; CommonMark's 600-example specification settles them all.
 *
 * <p>Stateless and thread-safe.
 */
final class MarkdownParagraphs {
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|[\\n\\r\\u2028\\u2029\\u0085]");
    private static final Pattern LIQUID_HIGHLIGHT = Pattern.compile("\\s*\\{%-?\\s*highlight\\b.*%}\\s*");
    private static final Pattern LIQUID_END = Pattern.compile("\\s*\\{%-?\\s*endhighlight\\s*-?%}\\s*");
    /** A line of YAML front matter: a key, a list item, a continuation or a comment. */
    private static final Pattern YAML_LINE = Pattern.compile("^(\\s*[\\w.-]+\\s*:|\\s*- |\\s+\\S|\\s*#)");
    private static final Pattern TOML_LINE = Pattern.compile("^(\\s*[\\w.\"-]+\\s*=|\\s*\\[|\\s+\\S|\\s*#)");
    private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,})");
    /** A code span, kept whole ({@code `{:.2f}`} is Python's), or a kramdown attribute list or extension. */
    private static final Pattern KRAMDOWN_ATTRIBUTES = Pattern.compile("(`[^`]*`)|\\{:[^{}\\n]*}");
    /**
     * A container's marker: three colons or more, then its type, then a title in brackets or after a space, or
     * attributes in braces; or the colons alone, which close it.
     */
    private static final Pattern CONTAINER = Pattern.compile(
            "(\\s*+):{3,}+\\s*+(?:[A-Za-z][\\w-]*+)?(?:\\s*+\\[([^\\]]*+)]|\\s*+\\{[^}]*+}|\\s++([^{\\[\\s].*?))?:*+\\s*+");
    /** A JSX expression as an attribute's value: {@code ={{ display: 'inline' }}}, {@code ={count}}. */
    private static final Pattern JSX_EXPRESSION_VALUE = Pattern.compile("=\\{\\{[^{}]*}}|=\\{[^{}]*}");
    /** The start of an ES module block of MDX. */
    private static final Pattern ESM = Pattern.compile("(import|export)\\s");
    /** A line that may open with a JSX tag (an element, a component, a dotted name) or a fragment, or a comment. */
    private static final Pattern JSX_START = Pattern.compile("\\s*(</?([A-Za-z][\\w.-]*|>)|\\{/\\*)");
    /** Lines of JSX tags, fragments and comments and nothing else (attributes in quotes or braces). */
    private static final String JSX_ATTRIBUTE =
            "\\s+[\\w:.-]+(?:=(?:\"[^\"]*\"|'[^']*'|\\{\\{[^{}]*}}|\\{[^}]*}))?|\\s*\\{[^}]*}";
    private static final Pattern JSX_LINE = Pattern.compile("(?s)\\s*(?:(?:</?(?:[A-Za-z][\\w.-]*(?:"
            + JSX_ATTRIBUTE + ")*\\s*/?)?>|\\{/\\*.*?\\*/})\\s*)+");
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    /** A block found before it is numbered: its 0-based line, its order among blocks of that line, its text. */
    private record Block(int line, int order, String text, String kind) {
    }

    private MarkdownParagraphs() {
    }

    static List<Paragraph> split(String text) {
        return split(text, false);
    }

    /**
     * As {@link #split(String)}; with {@code mdx}, the text is MDX: its ES module blocks ({@code import …},
     * {@code export …} at the start of a line after a blank one, up to the next blank line) are lines of kind
     * {@code meta}, and lines that hold nothing but JSX tags ({@code <Steps>}, {@code </Tabs>},
     * {@code <Aside type="tip">}, {@code <a href="…" style={{ … }}>} over several lines) or a JSX comment are
     * blanked, so that the Markdown between them reads as Markdown, as MDX reads it.
     */
    static List<Paragraph> split(String text, boolean mdx) {
        String[] lines = LINE_BREAK.split(text, -1);
        List<Block> blocks = new ArrayList<>();
        // front matter, template-tag lines and Liquid highlight blocks are taken out before parsing (blanked, so
        // that the parser's line numbers stay those of the file)
        int body = frontMatter(lines, blocks);
        boolean inHighlight = false;
        boolean jsxAbove = false; // the last line that is not blank holds a JSX tag (MDX)
        String fence = null;
        for (int i = body; i < lines.length; i++) {
            String line = lines[i];
            if (mdx && fence == null && line.contains("={")) {
                // a JSX expression as an attribute's value (style={{ display: 'inline' }}): a value HTML knows
                line = JSX_EXPRESSION_VALUE.matcher(line).replaceAll("=\"\"");
                lines[i] = line;
            }
            java.util.regex.Matcher opens = FENCE.matcher(line);
            java.util.regex.Matcher container = CONTAINER.matcher(line);
            if (fence != null) {
                fence = closesFence(line, fence) ? null : fence;
            } else if (opens.lookingAt() && !inHighlight) {
                fence = opens.group(1);
            } else if (inHighlight) {
                inHighlight = !LIQUID_END.matcher(line).matches();
                if (inHighlight) {
                    blocks.add(new Block(i, 0, line, Paragraph.CODE));
                }
                lines[i] = "";
            } else if (LIQUID_HIGHLIGHT.matcher(line).matches()) {
                inHighlight = true;
                lines[i] = "";
            } else if (!line.isBlank() && onlyTemplateTags(line) && !indentedCode(lines, i)) {
                blocks.add(new Block(i, 0, line, Paragraph.META));
                lines[i] = "";
            } else if (container.matches() && !indentedCode(lines, i)) {
                lines[i] = containerTitle(container);
            } else if (mdx && ESM.matcher(line).lookingAt() && (i == body || lines[i - 1].isBlank())) {
                // up to a blank line outside brackets: an export's object may hold blank lines, when what follows
                // them is indented or closes a bracket (a brace left open by mistake does not take the page)
                int depth = 0;
                for (; i < lines.length && (!lines[i].isBlank() || depth > 0 && goesOnAsCode(lines, i)); i++) {
                    depth = Math.max(0, depth + bracketBalance(lines[i]));
                    if (!lines[i].isBlank()) {
                        blocks.add(new Block(i, 0, lines[i], Paragraph.META));
                    }
                    lines[i] = "";
                }
            } else if (mdx && JSX_START.matcher(line).lookingAt()) {
                // MDX has no indented code: a component's children indented under its tag are its content
                lines[i] = line.stripLeading();
                jsxAbove = true;
                i = blankJsx(lines, i);
                continue;
            } else if (mdx && jsxAbove && line.startsWith("    ")) {
                lines[i] = line.stripLeading();
            }
            if (!line.isBlank()) {
                jsxAbove = false;
            }
        }
        Node document = PARSER.parse(String.join("\n", lines));
        collect(document, blocks, !mdx);
        blocks.sort(Comparator.comparingInt(Block::line).thenComparingInt(Block::order));
        List<Paragraph> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            String collapsed = b.kind().equals(Paragraph.CODE) ? b.text().strip() : Text.collapseSpaces(b.text());
            if (!collapsed.isEmpty()) {
                out.add(new Paragraph(out.size(), collapsed, b.line() + 1, 0, b.kind()));
            }
        }
        return out;
    }

    /**
     * Blanks the JSX tags from line {@code i} on when they are all the line holds, a tag that goes on over the
     * next lines included; returns the last line looked at (line {@code i} itself when it holds more than tags).
     */
    private static int blankJsx(String[] lines, int i) {
        StringBuilder tags = new StringBuilder(lines[i]);
        int last = i;
        // a tag left open at the line's end goes on (its attributes, one a line) up to the line that closes it
        while (openTag(tags) && last + 1 < lines.length && last - i < 50 && !lines[last + 1].isBlank()) {
            tags.append('\n').append(lines[++last]);
        }
        if (!JSX_LINE.matcher(tags).matches()) {
            return i;
        }
        for (int k = i; k <= last; k++) {
            lines[k] = "";
        }
        return last;
    }

    /** Whether the last {@code <} of {@code text} that opens a tag has no {@code >} after it. */
    private static boolean openTag(CharSequence text) {
        String s = text.toString();
        int open = s.lastIndexOf('<');
        return open >= 0 && s.indexOf('>', open) < 0;
    }

    /**
     * A container's marker line, matched by {@link #CONTAINER} ({@code ::: tip Profiling}, {@code :::note[Title]},
     * {@code :::}: VitePress, Docusaurus, Starlight, Pandoc): its title as a heading of its own, or a blank line;
     * the line's indentation kept, so that a container inside a list item stays in it.
     */
    private static String containerTitle(java.util.regex.Matcher m) {
        String title = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3).strip() : "";
        title = title.replaceAll(":+$", "").strip();
        return title.isEmpty() ? "" : m.group(1) + "###### " + title;
    }

    /** Whether {@code line} closes a code block opened by {@code fence}: at least as many of its characters. */
    private static boolean closesFence(String line, String fence) {
        String s = line.strip();
        return s.startsWith(fence) && s.chars().allMatch(c -> c == fence.charAt(0));
    }

    /** A template line indented as code after a blank line is code (a Liquid example in a documentation page). */
    private static boolean indentedCode(String[] lines, int i) {
        return lines[i].startsWith("    ") && (i == 0 || lines[i - 1].isBlank() || lines[i - 1].startsWith("    "));
    }

    /** Adds the lines of a front matter as metadata and blanks them; returns the first line after it. */
    private static int frontMatter(String[] lines, List<Block> blocks) {
        if (lines.length == 0) {
            return 0;
        }
        String fence = lines[0].strip();
        Pattern valid = fence.equals("---") ? YAML_LINE : fence.equals("+++") ? TOML_LINE : null;
        if (valid == null) {
            return 0;
        }
        for (int i = 1; i < lines.length && i < 500; i++) {
            String l = lines[i].strip();
            if (l.equals(fence) || fence.equals("---") && l.equals("...")) {
                for (int k = 0; k <= i; k++) {
                    if (k > 0 && k < i) {
                        blocks.add(new Block(k, 0, lines[k], Paragraph.META));
                    }
                    lines[k] = "";
                }
                return i + 1;
            }
            if (!l.isEmpty() && !valid.matcher(lines[i]).find()) {
                return 0;
            }
        }
        return 0;
    }

    /** Adds the blocks under {@code parent}; {@code templates}: the page may hold template tags (not MDX). */
    private static void collect(Node parent, List<Block> out, boolean templates) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            int line = line(n);
            if (n instanceof org.commonmark.node.Paragraph) {
                String text = withoutKramdownAttributes(inline(n));
                String bare = withoutEdgeTags(text);
                boolean tagsOnly = bare.isEmpty() && !text.isBlank();
                if (templates && !tagsOnly) {
                    // a shortcode around a paragraph ({{% def id="AIA" %}} A certificate … {{% /def %}}) is markup
                    text = bare;
                }
                out.add(new Block(line, 0, text, tagsOnly ? Paragraph.META
                        : within(n, ListItem.class) ? "li" : within(n, BlockQuote.class) ? "blockquote" : "p"));
            } else if (n instanceof Heading h) {
                // a heading's attributes (Pandoc, kramdown, Hugo: "## Why? {#why}") are for the renderer
                out.add(new Block(line, 0, withoutHeadingAttributes(withoutKramdownAttributes(inline(h))),
                        "h" + h.getLevel()));
            } else if (n instanceof FencedCodeBlock code) {
                codeLines(code.getLiteral(), line + 1, out);
            } else if (n instanceof IndentedCodeBlock code) {
                codeLines(code.getLiteral(), line, out);
            } else if (n instanceof HtmlBlock html) {
                if (xmlData(html.getLiteral())) {
                    codeLines(html.getLiteral(), line, out);
                    continue;
                }
                // the text a browser shows of it: tags, comments and scripts left out, character references read;
                // preformatted text (<pre><code class="language-sh">…) is code, a line each
                org.jsoup.nodes.Document fragment = Jsoup.parseBodyFragment(html.getLiteral());
                List<Block> code = new ArrayList<>();
                org.jsoup.select.Elements pres = fragment.select("pre, textarea");
                for (org.jsoup.nodes.Element pre : pres) {
                    placedCodeLines(pre.wholeText(), html.getLiteral(), opening(html.getLiteral(), pre), line, code);
                }
                pres.remove();
                String visible = fragment.text();
                if (visible.codePoints().anyMatch(Character::isLetter)) {
                    out.add(new Block(line, 0, visible, "p"));
                }
                out.addAll(code);
            } else if (n instanceof LinkReferenceDefinition def) {
                out.add(new Block(line, 0, "[" + def.getLabel() + "]: " + def.getDestination(), Paragraph.META));
            } else if (n instanceof TableBlock) {
                cells(n, out);
            } else if (!(n instanceof ThematicBreak)) {
                collect(n, out, templates); // lists, list items, quotes: their blocks
            }
        }
    }

    /** Whether the next line that is not blank after line {@code i} is indented or closes a bracket. */
    private static boolean goesOnAsCode(String[] lines, int i) {
        int k = i;
        while (k < lines.length && lines[k].isBlank()) {
            k++;
        }
        return k < lines.length && (Character.isWhitespace(lines[k].charAt(0)) || "}])".indexOf(lines[k].charAt(0)) >= 0);
    }

    /** Opening brackets less closing ones on a line of code (quotes not read: an estimate for module blocks). */
    private static int bracketBalance(String line) {
        int balance = 0;
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            balance += c == '{' || c == '[' || c == '(' ? 1 : c == '}' || c == ']' || c == ')' ? -1 : 0;
        }
        return balance;
    }

    /** Whether {@code text} holds template tags ({@code {% if … %}}, {@code {{< note >}}}) and nothing else. */
    static boolean onlyTemplateTags(String text) {
        return !text.isBlank() && withoutEdgeTags(text).isEmpty();
    }

    /**
     * {@code text} without the template tags at its start and its end ({@code {{% def id="AIA" %}} A certificate …
     * {{% /def %}}}); walked tag by tag, as a pattern repeated over thousands of tags would overflow the stack.
     */
    static String withoutEdgeTags(String text) {
        int from = 0;
        int to = text.length();
        while (true) {
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            int end = tagEnd(text, from, to);
            if (end < 0) {
                break;
            }
            from = end;
        }
        while (true) {
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            int start = tagStart(text, from, to);
            if (start < 0) {
                break;
            }
            to = start;
        }
        return text.substring(from, to);
    }

    /** The end of the template tag opening at {@code at} ({@code {{…}}} or {@code {%…%}}) before {@code limit}, or -1. */
    private static int tagEnd(String text, int at, int limit) {
        if (text.startsWith("{{", at) && at + 2 <= limit) {
            int close = text.indexOf("}}", at + 2);
            return close >= 0 && close + 2 <= limit ? close + 2 : -1;
        }
        if (text.startsWith("{%", at)) {
            int close = text.indexOf("%}", at + 2);
            return close >= 0 && close + 2 <= limit ? close + 2 : -1;
        }
        return -1;
    }

    /** The start of the template tag closing at {@code end} (exclusive) after {@code limit}, or -1. */
    private static int tagStart(String text, int limit, int end) {
        if (end - limit >= 4 && text.startsWith("}}", end - 2)) {
            int open = text.lastIndexOf("{{", end - 3);
            return open >= limit ? open : -1;
        }
        if (end - limit >= 4 && text.startsWith("%}", end - 2)) {
            int open = text.lastIndexOf("{%", end - 3);
            return open >= limit ? open : -1;
        }
        return -1;
    }

    /** A heading without its attributes at the end ({@code Why? {#why}}, {@code Notes {.unnumbered}}). */
    static String withoutHeadingAttributes(String heading) {
        String s = heading.stripTrailing();
        int open = s.lastIndexOf('{');
        if (!s.endsWith("}") || open < 0 || s.indexOf('}', open) != s.length() - 1) {
            return heading;
        }
        String inside = s.substring(open + 1, s.length() - 1).strip();
        return inside.startsWith("#") || inside.startsWith(".") ? s.substring(0, open).stripTrailing() : heading;
    }

    /**
     * {@code text} without kramdown's attribute lists and extensions ({@code {: .note}}, {@code *a*{: .x}},
     * {@code {::options … /}}: Jekyll's default Markdown), which the renderer reads and the reader never sees.
     */
    private static String withoutKramdownAttributes(String text) {
        return text.contains("{:") ? KRAMDOWN_ATTRIBUTES.matcher(text).replaceAll(
                m -> m.group(1) != null ? java.util.regex.Matcher.quoteReplacement(m.group(1)) : "") : text;
    }

    /**
     * Whether an HTML block is XML data pasted into the page (a Blockly program, a configuration file:
     * {@code <block type="on_ext"><field name="CONDITION">true</field>}) rather than markup around prose: its first
     * element is one HTML does not know, written in lower case and without a hyphen. A custom element of the web
     * ({@code <my-card>}) has a hyphen, and a component of MDX ({@code <Note>}, {@code <Tabs>}) a capital: both hold
     * prose.
     */
    static boolean xmlData(String literal) {
        org.jsoup.nodes.Element first = org.jsoup.parser.Parser.htmlParser()
                .settings(org.jsoup.parser.ParseSettings.preserveCase)
                .parseInput("<body>" + literal, "").body().firstElementChild();
        String name = first == null ? "" : first.tagName();
        return !name.isEmpty() && name.equals(name.toLowerCase(java.util.Locale.ROOT)) && name.indexOf('-') < 0
                && !org.jsoup.parser.Tag.isKnownTag(name);
    }

    private static void cells(Node table, List<Block> out) {
        for (Node n = table.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof TableCell cell) {
                out.add(new Block(line(cell.getParent()), order(cell), inline(cell), cell.isHeader() ? "th" : "td"));
            } else {
                cells(n, out);
            }
        }
    }

    /** A cell's position in its row, so that the cells of a row keep their order. */
    private static int order(Node cell) {
        int k = 0;
        for (Node n = cell.getPrevious(); n != null; n = n.getPrevious()) {
            k++;
        }
        return k;
    }

    /**
     * Where in {@code literal} element {@code e} opens, found by its tag's name (the n-th such element of the
     * fragment opens at the n-th such tag); 0 when not found.
     */
    private static int opening(String literal, org.jsoup.nodes.Element e) {
        String lower = literal.toLowerCase(java.util.Locale.ROOT);
        String tag = "<" + e.tagName();
        int nth = e.ownerDocument() == null ? 0 : e.ownerDocument().select(e.tagName()).indexOf(e);
        int at = -1;
        for (int k = 0; k <= Math.max(nth, 0); k++) {
            at = lower.indexOf(tag, at + 1);
            if (at < 0) {
                return 0;
            }
        }
        return at;
    }

    /**
     * The lines of {@code code}, a preformatted element's text, as code, each on the line of {@code literal} (the
     * HTML block starting on line {@code blockLine}) where it stands, searched from offset {@code from} on; a line
     * not found there as written (a character reference) follows the one before.
     */
    private static void placedCodeLines(String code, String literal, int from, int blockLine, List<Block> out) {
        int cursor = from;
        int cursorLine = newlines(literal, 0, from);
        int lineNo = cursorLine;
        for (String c : code.split("\n", -1)) {
            if (!c.isBlank()) {
                int at = literal.indexOf(c, cursor);
                if (at >= 0) {
                    lineNo = cursorLine + newlines(literal, cursor, at);
                    cursorLine = lineNo;
                    cursor = at + c.length();
                }
                out.add(new Block(blockLine + lineNo, 0, c, Paragraph.CODE));
            }
            lineNo++;
        }
    }

    /** The line breaks in {@code s} from {@code from} to {@code to}. */
    private static int newlines(String s, int from, int to) {
        int n = 0;
        for (int k = s.indexOf('\n', from); k >= 0 && k < to; k = s.indexOf('\n', k + 1)) {
            n++;
        }
        return n;
    }

    private static void codeLines(String literal, int firstLine, List<Block> out) {
        String[] code = literal.split("\n", -1);
        for (int k = 0; k < code.length; k++) {
            if (!code[k].isBlank()) {
                out.add(new Block(firstLine + k, 0, code[k], Paragraph.CODE));
            }
        }
    }

    private static boolean within(Node n, Class<? extends Node> type) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (type.isInstance(p)) {
                return true;
            }
        }
        return false;
    }

    private static int line(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            List<SourceSpan> spans = p.getSourceSpans();
            if (!spans.isEmpty()) {
                return spans.get(0).getLineIndex();
            }
        }
        return 0;
    }

    /** The text a reader sees of a block's inlines. */
    private static String inline(Node block) {
        StringBuilder sb = new StringBuilder();
        appendInline(block, sb);
        return sb.toString();
    }

    private static void appendInline(Node parent, StringBuilder sb) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof org.commonmark.node.Text t) {
                sb.append(t.getLiteral());
            } else if (n instanceof Code c) {
                sb.append('`').append(c.getLiteral()).append('`');
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                sb.append(' ');
            } else if (!(n instanceof Image) && !(n instanceof HtmlInline)) {
                appendInline(n, sb); // emphasis, strong, link text
            }
        }
    }
}
