package dev.paracheck.ingest;

import dev.paracheck.internal.Text;
import dev.paracheck.model.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits plain text (or Markdown) into paragraphs, keeping the line each starts on.
 *
 * <p>The rule: <b>every non-blank line is a paragraph</b>, except inside a blank-line-separated block whose
 * lines are hard-wrapped (most of them long and not ending a sentence), where the block's lines are joined
 * into one paragraph. So a file with one paragraph per line (the usual export of editors and CAT tools) and a
 * file wrapped at 72 columns with blank lines between paragraphs both come out right. A line that starts a
 * Markdown heading, list item or quote always starts a new paragraph, and the marker is dropped. In Markdown the
 * lines of a block are always one paragraph (CommonMark's soft line breaks), but a heading or a table row stands
 * alone. Each line of a code block (fenced with backticks or tildes, Jekyll's {@code {% highlight %}}, or indented
 * by four columns after a blank line, beyond the text of the list item it stands in) is a paragraph of kind
 * {@code pre}; each line of a YAML front matter, a link reference definition ({@code [id]: https://…}) and a line
 * of template tags alone ({@code {% if … %}}) is one of kind {@code meta}: aligned like the rest, but no prose for
 * the content checks ({@link Paragraph#isProse}).
 *
 * <p>Stateless and thread-safe.
 */
final class PlainTextParagraphs {
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|[\\n\\r\\u2028\\u2029\\u0085]");
    private static final Pattern BLOCK_MARKER = Pattern.compile("^\\s{0,3}(#{1,6}\\s+|>\\s?|[-*+]\\s+|\\d{1,3}[.)]\\s+)");
    private static final Pattern TERMINAL = Pattern.compile("[.!?:;…。！？\"'”»“«)\\]|]\\s*$");
    private static final int WRAPPED_MIN_MEAN_LENGTH = 40;
    private static final int WRAPPED_MAX_WIDTH = 120;
    private static final double WRAPPED_FILL = 0.6;
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+");
    private static final Pattern LIQUID_HIGHLIGHT = Pattern.compile("\\{%-?\\s*highlight\\b.*%}");
    private static final Pattern LIQUID_END = Pattern.compile("\\{%-?\\s*endhighlight\\s*-?%}");
    private static final String LIQUID = "{% highlight %}";
    private static final Pattern LINK_DEFINITION = Pattern.compile("\\s{0,3}\\[[^\\]]+]:\\s*\\S+.*");
    private static final Pattern TEMPLATE_TAGS = Pattern.compile("\\s*(\\{%.*?%}\\s*|\\{\\{.*?}}\\s*)+");
    /** A line of YAML front matter: a key, a list item, a continuation or a comment. */
    private static final Pattern YAML_LINE = Pattern.compile("^(\\s*[\\w.-]+\\s*:|\\s*- |\\s+\\S|\\s*#)");

    /** Columns of indentation that make an indented code block in Markdown (beyond a list item's text). */
    private static final int CODE_INDENT = 4;
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*([-*+]|\\d{1,9}[.)])\\s+");

    private PlainTextParagraphs() {
    }

    /** The columns of leading white space, a tab counting up to the next multiple of four. */
    private static int indent(String line) {
        int col = 0;
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (c == ' ') {
                col++;
            } else if (c == '\t') {
                col += 4 - col % 4;
            } else {
                break;
            }
        }
        return col;
    }

    static List<Paragraph> split(String text, boolean markdown) {
        String[] lines = LINE_BREAK.split(text, -1);
        List<Paragraph> out = new ArrayList<>();
        List<Integer> block = new ArrayList<>();
        boolean inFence = false;
        String fence = null;
        // the column where the text of the current list item starts (0 outside a list), and whether the previous
        // line was blank or indented code: an indented code block starts after a blank line only
        int listIndent = 0;
        boolean afterBreak = true;
        int frontMatterEnd = markdown ? frontMatterEnd(lines) : -1;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            if (i <= frontMatterEnd) {
                // YAML front matter (Jekyll, Hugo): metadata, one paragraph a line, kept out of the prose
                if (i > 0 && i < frontMatterEnd) {
                    add(out, line, i + 1, Paragraph.META);
                }
                continue;
            }
            String opened = markdown && !inFence ? fenceClosing(line.strip()) : null;
            if (opened != null || inFence && closes(line.strip(), fence)) {
                inFence = opened != null;
                fence = opened;
                flush(lines, block, out, markdown);
                continue;
            }
            if (inFence) {
                // code: a paragraph a line, as written (a "# comment" is no heading); checks of prose skip it
                add(out, line, i + 1, Paragraph.CODE);
                continue;
            }
            if (markdown && !line.isBlank() && afterBreak && indent(line) >= listIndent + CODE_INDENT) {
                // an indented code block (four columns beyond the text of the list item it is in, if any)
                flush(lines, block, out, markdown);
                add(out, line, i + 1, Paragraph.CODE);
                continue;
            }
            if (markdown && !line.isBlank()) {
                Matcher item = LIST_ITEM.matcher(line);
                if (item.find()) {
                    // the column of the item's text: the marker and its spaces counted as white space
                    listIndent = indent(item.group().replaceAll("\\S", " "));
                } else if (afterBreak && indent(line) < listIndent) {
                    listIndent = 0;
                }
            }
            afterBreak = line.isBlank();
            if (markdown && (LINK_DEFINITION.matcher(line).matches() || TEMPLATE_TAGS.matcher(line).matches())) {
                // a link reference definition ("[id]: https://…") or a line of template tags alone ("{% if … %}")
                flush(lines, block, out, markdown);
                add(out, line, i + 1, Paragraph.META);
                continue;
            }
            if (markdown && (HEADING.matcher(line).find() || line.strip().startsWith("|"))) {
                // a heading or a table row is a block of its own line
                flush(lines, block, out, markdown);
                block.add(i);
                flush(lines, block, out, markdown);
                continue;
            }
            boolean blank = line.isBlank() || (markdown && line.strip().matches("[-=*_]{3,}"));
            boolean marker = markdown && BLOCK_MARKER.matcher(line).find();
            if (blank || marker) {
                flush(lines, block, out, markdown);
            }
            if (!blank) {
                block.add(i);
            }
        }
        return out;
    }

    /**
     * What closes the code block {@code line} opens, or null when it opens none: a fence of backticks or tildes,
     * or a Liquid {@code {% highlight lang %}} (Jekyll), closed by {@code {% endhighlight %}}.
     */
    private static String fenceClosing(String line) {
        if (line.startsWith("```")) {
            return "```";
        }
        if (line.startsWith("~~~")) {
            return "~~~";
        }
        if (LIQUID_HIGHLIGHT.matcher(line).matches()) {
            return LIQUID;
        }
        return null;
    }

    private static boolean closes(String line, String fence) {
        return fence.equals(LIQUID) ? LIQUID_END.matcher(line).matches() : line.startsWith(fence);
    }

    /** The line that closes a YAML front matter opened by {@code ---} on the first line, or -1 when there is none. */
    private static int frontMatterEnd(String[] lines) {
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            return -1;
        }
        for (int i = 1; i < lines.length && i < 200; i++) {
            String l = lines[i].strip();
            if (l.equals("---") || l.equals("...")) {
                return i;
            }
            if (!l.isEmpty() && !YAML_LINE.matcher(lines[i]).find()) {
                return -1;
            }
        }
        return -1;
    }

    private static void flush(String[] lines, List<Integer> block, List<Paragraph> out, boolean markdown) {
        if (block.isEmpty()) {
            return;
        }
        // Markdown joins the lines of a block into one paragraph (CommonMark's soft line breaks: many sites write
        // a sentence or a clause a line); plain text only when the block is hard-wrapped
        if (block.size() > 1 && (markdown || isHardWrapped(lines, block))) {
            StringBuilder joined = new StringBuilder();
            for (int i : block) {
                joined.append(clean(lines[i], markdown)).append(' ');
            }
            add(out, joined.toString(), block.get(0) + 1, markdown && BLOCK_MARKER.matcher(lines[block.get(0)]).find()
                    ? kind(lines[block.get(0)]) : "p");
        } else {
            for (int i : block) {
                add(out, clean(lines[i], markdown), i + 1, markdown ? kind(lines[i]) : "p");
            }
        }
        block.clear();
    }

    /**
     * Hard-wrapped: the lines but the last are long on average, half of them or more end inside a sentence, and
     * they fill a column — none wider than {@value #WRAPPED_MAX_WIDTH} characters and three in four at least
     * {@value #WRAPPED_FILL} of the widest. One paragraph a line is ragged instead: social-media posts a line (the
     * WMT24 documents) rarely end with a full stop, but run from a few words to several hundred characters; taken
     * for wrapped, the English side became one paragraph against twenty German ones.
     */
    private static boolean isHardWrapped(String[] lines, List<Integer> block) {
        int open = 0;
        long length = 0;
        int widest = 0;
        int n = block.size() - 1;
        int[] widths = new int[n];
        for (int k = 0; k < n; k++) {
            String line = lines[block.get(k)];
            widths[k] = line.strip().length();
            length += widths[k];
            widest = Math.max(widest, widths[k]);
            if (!TERMINAL.matcher(line).find()) {
                open++;
            }
        }
        int filled = 0;
        for (int w : widths) {
            if (w >= WRAPPED_FILL * widest) {
                filled++;
            }
        }
        return length / n >= WRAPPED_MIN_MEAN_LENGTH && open * 2 >= n && widest <= WRAPPED_MAX_WIDTH
                && filled * 4 >= n * 3;
    }

    private static String clean(String line, boolean markdown) {
        return markdown ? BLOCK_MARKER.matcher(line).replaceFirst("") : line;
    }

    private static String kind(String line) {
        String s = line.strip();
        if (s.startsWith("#")) {
            return "h" + Math.min(6, s.indexOf(' ') > 0 ? s.indexOf(' ') : 1);
        }
        if (s.startsWith(">")) {
            return "blockquote";
        }
        return BLOCK_MARKER.matcher(line).find() ? "li" : "p";
    }

    private static void add(List<Paragraph> out, String raw, int line, String kind) {
        String text = Text.collapseSpaces(raw);
        if (!text.isEmpty()) {
            out.add(new Paragraph(out.size(), text, line, 0, kind));
        }
    }
}
