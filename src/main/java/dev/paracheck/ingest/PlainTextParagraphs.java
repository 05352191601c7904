package dev.paracheck.ingest;

import dev.paracheck.internal.Text;
import dev.paracheck.model.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits plain text into paragraphs, keeping the line each starts on (Markdown: {@link MarkdownParagraphs}).
 *
 * <p>The rule: <b>every non-blank line is a paragraph</b>, except inside a blank-line-separated block whose
 * lines are hard-wrapped (most of them long and not ending a sentence), where the block's lines are joined
 * into one paragraph. So a file with one paragraph per line (the usual export of editors and CAT tools) and a
 * file wrapped at 72 columns with blank lines between paragraphs both come out right. A change of indentation
 * starts a new block, so that indented, wrapped text (a manual page saved as text) keeps its headings, option
 * names and descriptions apart; the lines of a list item go on under its text (a hanging indent), and a long line
 * that stops mid-sentence goes on in the next however indented. In a text wrapped at a column, a line broken
 * only because the next line's first word did not fit goes on in that line too (see {@link #wrapColumn}).
 *
 * <p>Stateless and thread-safe.
 */
final class PlainTextParagraphs {
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|[\\n\\r\\u2028\\u2029\\u0085]");
    private static final Pattern TERMINAL = Pattern.compile("[.!?:;…。！？\"'”»“«)\\]|]\\s*$");
    /**
     * A list marker with the space after it (a bullet, "1.", "(a)", "!!"): the item's wrapped lines go on under
     * its text (a hanging indent).
     */
    private static final Pattern LIST_MARKER =
            Pattern.compile("\\s*([^\\p{L}\\p{N}\\s]{1,4}|\\d{1,3}[.)]|\\(?[a-z]\\))\\s+(?=\\S)");
    /** A numbered list item's marker ("2.", "10)"): an item after an item is no book paragraph's second line. */
    private static final Pattern NUMBERED = Pattern.compile("\\s*\\d{1,3}[.)]\\s+(?=\\S)");
    /** A short term, two spaces or more, then text: a manual page's tagged paragraph with the tag on its line. */
    private static final Pattern TERM = Pattern.compile("\\s*\\S{1,15}\\s{2,}(?=\\S)");
    /** A line end no sentence or heading has: a comma, a hyphen, or a short word in lower case ("den", "of the"). */
    private static final Pattern OPEN_END = Pattern.compile("([,\\-\\u2010]|(^|\\s)\\p{Ll}{1,3})$");
    private static final int WRAPPED_MIN_MEAN_LENGTH = 40;
    private static final int WRAPPED_MAX_WIDTH = 120;
    private static final double WRAPPED_FILL = 0.6;
    /** Wider than this, a text is not wrapped at a column, and no line is taken to go on for want of room. */
    private static final int MAX_WRAP_COLUMN = 100;
    private static final int MIN_PROSE_LINES = 12;
    private static final int NEAR_COLUMN = 12;
    private static final double NEAR_COLUMN_SHARE = 0.4;
    /**
     * A line end that goes on in a wrapped text: a letter or digit, a comma or hyphen, or a quote after a word (the
     * German »…« and French «…» close with either guillemet).
     */
    private static final Pattern GOES_ON = Pattern.compile("[\\p{L}\\p{N},\\-\\u2010]([\"'”“»«›‹’)]?)$");
    private static final Pattern FIRST_WORD = Pattern.compile("\\s*(\\S+)");
    /** A line ending in a word closed by a bracket or a quotation mark. */
    private static final Pattern CLOSED_WORD = Pattern.compile("\\p{L}[)\\]\"'”»«›‹’]$");

    private PlainTextParagraphs() {
    }

    static List<Paragraph> split(String text) {
        String[] lines = LINE_BREAK.split(text, -1);
        List<Paragraph> out = new ArrayList<>();
        List<Integer> block = new ArrayList<>();
        int column = wrapColumn(lines);
        int textColumn = -1; // where a block's text goes on: its first line's, or after a list marker (hanging)
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            if (line.isBlank()) {
                flush(lines, block, column, out);
                continue;
            }
            int indent = indent(line);
            if (block.size() == 1 && indent < textColumn && lines[block.get(0)].strip().length()
                    >= WRAPPED_MIN_MEAN_LENGTH && !TERMINAL.matcher(lines[block.get(0)]).find()
                    && !(NUMBERED.matcher(lines[block.get(0)]).lookingAt() && NUMBERED.matcher(line).lookingAt())) {
                textColumn = indent; // a paragraph whose first line is indented, as in books
            } else if (block.size() == 1 && indent > textColumn && indent == termTextColumn(lines[block.get(0)])) {
                textColumn = indent; // a term and its text on one line, the text going on under itself ("low  Very…")
            }
            if (!block.isEmpty() && indent != textColumn) {
                String previous = lines[block.get(block.size() - 1)].strip();
                if (previous.length() >= WRAPPED_MIN_MEAN_LENGTH && !TERMINAL.matcher(previous).find()
                        && !LIST_MARKER.matcher(line).lookingAt() && !line.strip().startsWith("-")
                        && (Character.isLowerCase(line.strip().codePointAt(0)) || OPEN_END.matcher(previous).find()
                        || brokenForRoom(lines[block.get(block.size() - 1)], line, column))) {
                    // a long line stopped mid-sentence goes on, however indented ("Note: … bewegt den / Cursor …")
                    textColumn = indent;
                } else {
                    // indentation changes: a heading over its indented text, an option over its description
                    flush(lines, block, column, out);
                }
            }
            if (block.isEmpty()) {
                Matcher marker = LIST_MARKER.matcher(line);
                textColumn = marker.lookingAt() ? indent(marker.group().replaceAll("\\S", " ")) : indent;
            }
            block.add(i);
        }
        return out;
    }

    /**
     * The column where the text after a tagged paragraph's term starts on {@code line}, tabs expanded ("{@code
     * +[num]<TAB>   For the first file}" goes on under "For"); -1 when no {@link #TERM} begins the line.
     */
    private static int termTextColumn(String line) {
        Matcher m = TERM.matcher(line);
        return m.lookingAt() ? indent(m.group().replaceAll("\\S", " ") + "x") : -1;
    }

    /** The columns of leading white space, a tab counting up to the next multiple of eight. */
    private static int indent(String line) {
        int col = 0;
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (c == ' ' || c == '\u00a0') {
                col++;
            } else if (c == '\t') {
                col += 8 - col % 8;
            } else {
                break;
            }
        }
        return col;
    }

    private static void flush(String[] lines, List<Integer> block, int column, List<Paragraph> out) {
        if (block.isEmpty()) {
            return;
        }
        boolean wrapped = block.size() > 1 && isHardWrapped(lines, block);
        StringBuilder joined = new StringBuilder();
        int first = block.get(0);
        for (int k = 0; k < block.size(); k++) {
            int i = block.get(k);
            joined.append(lines[i].strip()).append('\n');
            boolean last = k == block.size() - 1;
            if (last || !wrapped && !brokenForRoom(lines[i], lines[block.get(k + 1)], column)) {
                // a word groff hyphenated in a manual page (U+2010) is one word again
                add(out, Text.joinHyphenated(joined.toString(), false), first + 1);
                joined.setLength(0);
                first = last ? first : block.get(k + 1);
            }
        }
        block.clear();
    }

    /**
     * The column a text is wrapped at: the width (indentation included) that 95 lines in 100 keep within; or 0
     * when the text is not wrapped at a column: that width is over {@value #MAX_WRAP_COLUMN} (one paragraph a
     * line) or under {@value #WRAPPED_MIN_MEAN_LENGTH}, or fewer than {@value #MIN_PROSE_LINES} lines of four words
     * or more, or under {@value #NEAR_COLUMN_SHARE} of them, come within {@value #NEAR_COLUMN} columns of it. A
     * file of short posts a line (the WMT24 social-media documents: 0.18 to 0.38 of such lines near their widest)
     * is ragged; a manual page or tutorial wrapped at 78 columns has 0.42 to 0.90.
     */
    static int wrapColumn(String[] lines) {
        List<Integer> widths = new ArrayList<>();
        List<Integer> prose = new ArrayList<>();
        for (String line : lines) {
            if (!line.isBlank()) {
                widths.add(width(line));
                if (line.strip().split("\\s+").length >= 4) {
                    prose.add(width(line));
                }
            }
        }
        if (prose.size() < MIN_PROSE_LINES) {
            return 0;
        }
        widths.sort(null);
        int column = widths.get((int) Math.floor(0.95 * (widths.size() - 1)));
        long near = prose.stream().filter(w -> w >= column - NEAR_COLUMN).count();
        return column > MAX_WRAP_COLUMN || column < WRAPPED_MIN_MEAN_LENGTH
                || near < NEAR_COLUMN_SHARE * prose.size() ? 0 : column;
    }

    /**
     * True when {@code line}, a prose line (four words or more) of a text wrapped at {@code column}, ends in
     * mid-sentence (in a word, a comma or a hyphen) and goes on in {@code next}, which starts no list item: because
     * the first word of {@code next} would not have fit within the column, or because {@code next} starts in lower
     * case after a word or comma ("while a new one appears / to display"). A line the next word would have fit on
     * ends where its writer ended it otherwise, and so does one whose first word the next line starts with too (a
     * command's examples, one a line).
     */
    private static boolean brokenForRoom(String line, String next, int column) {
        String text = line.strip();
        if (column == 0 || !GOES_ON.matcher(text).find() || text.split("\\s+").length < 4
                || LIST_MARKER.matcher(next).lookingAt()) {
            return false;
        }
        Matcher word = FIRST_WORD.matcher(next);
        if (!word.lookingAt() || !Character.isLetterOrDigit(word.group(1).codePointAt(0))) {
            return false;
        }
        Matcher own = FIRST_WORD.matcher(line);
        if (own.lookingAt() && own.group(1).equals(word.group(1))) {
            return false; // lines that start alike are items ("iwconfig eth0 rate 11M" / "iwconfig eth0 rate auto")
        }
        // a word, a comma, or a word closed by a bracket or quote ("(siehe oben)") before a lower-case word
        boolean inWord = Character.isLetter(text.codePointBefore(text.length())) || text.endsWith(",")
                || CLOSED_WORD.matcher(text).find();
        return width(line.stripTrailing()) + 1 + word.group(1).length() > column
                || inWord && Character.isLowerCase(word.group(1).codePointAt(0));
    }

    /** The columns a line takes, tabs expanded. */
    private static int width(String line) {
        return indent(line) + line.strip().length();
    }

    /**
     * Hard-wrapped: a line breaks a word with a typesetter's hyphen (groff's U+2010), or the lines but the last
     * are long on average, half of them or more end inside a sentence, and they fill a column — none wider than
     * {@value #WRAPPED_MAX_WIDTH} characters and three in four at least {@value #WRAPPED_FILL} of the widest. One
     * paragraph a line is ragged instead: social-media posts a line (the WMT24 documents) rarely end with a full
     * stop, but run from a few words to several hundred characters; taken for wrapped, the English side became one
     * paragraph against twenty German ones.
     */
    private static boolean isHardWrapped(String[] lines, List<Integer> block) {
        int open = 0;
        long length = 0;
        int widest = 0;
        int n = block.size() - 1;
        int[] widths = new int[n];
        for (int k = 0; k < n; k++) {
            String line = lines[block.get(k)];
            if (line.strip().matches(".*\\p{L}[\\u2010\\u00AD]")) {
                return true; // a typesetter's hyphen at the end: the word goes on in the next line
            }
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

    private static void add(List<Paragraph> out, String raw, int line) {
        String collapsed = Text.collapseSpaces(raw);
        String text = Text.withoutDotLeaders(collapsed);
        if (!text.isEmpty()) {
            // a line with a dot leader is an entry of contents or an index: navigation, no prose
            out.add(new Paragraph(out.size(), text, line, 0, text.equals(collapsed) ? "p" : Paragraph.META));
        }
    }
}
