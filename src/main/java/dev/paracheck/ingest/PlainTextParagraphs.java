package dev.paracheck.ingest;

import dev.paracheck.internal.Text;
import dev.paracheck.model.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits plain text (or Markdown) into paragraphs, keeping the line each starts on.
 *
 * <p>The rule: <b>every non-blank line is a paragraph</b>, except inside a blank-line-separated block whose
 * lines are hard-wrapped (most of them long and not ending a sentence), where the block's lines are joined
 * into one paragraph. So a file with one paragraph per line (the usual export of editors and CAT tools) and a
 * file wrapped at 72 columns with blank lines between paragraphs both come out right. A line that starts a
 * Markdown heading, list item or quote always starts a new paragraph, and the marker is dropped.
 *
 * <p>Stateless and thread-safe.
 */
final class PlainTextParagraphs {
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|[\\n\\r\\u2028\\u2029\\u0085]");
    private static final Pattern BLOCK_MARKER = Pattern.compile("^\\s{0,3}(#{1,6}\\s+|>\\s?|[-*+]\\s+|\\d{1,3}[.)]\\s+)");
    private static final Pattern TERMINAL = Pattern.compile("[.!?:;…。！？\"'”»“«)\\]|]\\s*$");
    private static final int WRAPPED_MIN_MEAN_LENGTH = 40;

    private PlainTextParagraphs() {
    }

    static List<Paragraph> split(String text, boolean markdown) {
        String[] lines = LINE_BREAK.split(text, -1);
        List<Paragraph> out = new ArrayList<>();
        List<Integer> block = new ArrayList<>();
        boolean inFence = false;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            if (markdown && line.strip().startsWith("```")) {
                inFence = !inFence;
                flush(lines, block, out, markdown);
                continue;
            }
            boolean blank = line.isBlank() || (markdown && !inFence && line.strip().matches("[-=*_]{3,}"));
            boolean marker = markdown && !inFence && BLOCK_MARKER.matcher(line).find();
            if (blank || marker) {
                flush(lines, block, out, markdown);
            }
            if (!blank) {
                block.add(i);
            }
        }
        return out;
    }

    private static void flush(String[] lines, List<Integer> block, List<Paragraph> out, boolean markdown) {
        if (block.isEmpty()) {
            return;
        }
        if (block.size() > 1 && isHardWrapped(lines, block)) {
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

    private static boolean isHardWrapped(String[] lines, List<Integer> block) {
        int open = 0;
        long length = 0;
        for (int k = 0; k < block.size() - 1; k++) {
            String line = lines[block.get(k)];
            length += line.strip().length();
            if (!TERMINAL.matcher(line).find()) {
                open++;
            }
        }
        int n = block.size() - 1;
        return length / n >= WRAPPED_MIN_MEAN_LENGTH && open * 2 >= n;
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
