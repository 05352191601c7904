package dev.paracheck.ingest;

import dev.paracheck.internal.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects Tika's XHTML SAX events into blocks. Headings, paragraphs, list items, table cells, preformatted
 * text and quotes are blocks; text outside any block (e.g. directly in a {@code div}) becomes a block of its
 * own when a block starts or its container ends. Pages are counted from Tika's {@code <div class="page">}.
 *
 * <p>Tika gives no source offsets, so a block knows its page but not its line. Not thread-safe: one per parse.
 */
final class ParagraphCollector extends DefaultHandler {
    /** One collected block, before page joining. */
    record Block(String text, int page, String kind) {
    }

    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th",
            "pre", "blockquote", "dd", "dt", "caption", "figcaption", "title");
    /** Inline elements of code, commands and their input and output: their text is a {@code `code span`}. */
    static final Set<String> CODE_SPANS = Set.of("code", "kbd", "samp", "tt", "var");
    private static final Set<String> CONTAINERS = Set.of("div", "body", "table", "tr", "ul", "ol", "section",
            "article", "header", "footer", "nav", "aside", "main", "form");

    private final long maxChars;
    private final int maxBlocks;
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private final StringBuilder loose = new StringBuilder();
    private String currentKind = "p";
    private int depth;
    /** The kind of the block a {@code pre} interrupts, and its depth; null outside such a {@code pre}. */
    private String outerKind;
    private int outerDepth;
    private int codeDepth;
    private int page;
    private int inBody;
    private long total;
    /**
     * Open elements inside a part Tika marks as a package entry or an embedded resource ({@code <div
     * class="package-entry"><h1>rId48.png</h1>}: the file names of a DOCX's images, listed after its text): none
     * of it is text of the document.
     */
    private int skipped;

    ParagraphCollector(long maxChars, int maxBlocks) {
        this.maxChars = maxChars;
        this.maxBlocks = maxBlocks;
    }

    List<Block> blocks() throws SAXException {
        flushLoose();
        return blocks;
    }

    boolean hasPages() {
        return page > 0;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
        String name = local.isEmpty() ? qName : local;
        if (name.equals("body")) {
            inBody++;
        }
        if (skipped > 0 || inBody > 0 && name.equals("div") && ("package-entry".equals(atts.getValue("class"))
                || "embedded".equals(atts.getValue("class")))) {
            skipped++;
            return;
        }
        if (name.equals("div") && "page".equals(atts.getValue("class"))) {
            flushLoose();
            page++;
        }
        if (inBody == 0) {
            return;
        }
        if (name.equals("pre") && depth > 0 && outerKind == null) {
            // code inside a list item or definition (DocBook's screens) is a block of its own, not the item's prose
            add(current, currentKind);
            current.setLength(0);
            outerKind = currentKind;
            outerDepth = depth;
            currentKind = "pre";
            depth++;
        } else if (BLOCKS.contains(name)) {
            if (depth == 0) {
                flushLoose();
                current.setLength(0);
                currentKind = name;
            }
            depth++;
        } else if (name.equals("br")) {
            target().append('\n');
        } else if (CODE_SPANS.contains(name) && !inCode()) {
            codeDepth++;
            if (codeDepth == 1) {
                target().append('`');
            }
        }
    }

    private boolean inCode() {
        return currentKind.equals("pre") && depth > 0;
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (inBody == 0 || skipped > 0) {
            return;
        }
        total += length;
        if (total > maxChars) {
            throw new SAXException("more than " + maxChars + " characters of text");
        }
        target().append(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        if (inBody > 0 && skipped == 0) {
            // kept as given: a line break (Tika's PDF lines) tells a hyphenated word from "Ein- und Ausgabe"
            target().append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
        String name = local.isEmpty() ? qName : local;
        if (skipped > 0) {
            skipped--;
            if (name.equals("body")) {
                inBody--; // a body inside the part skipped was counted on its way in
            }
            return;
        }
        if (inBody > 0 && CODE_SPANS.contains(name) && codeDepth > 0) {
            codeDepth--;
            if (codeDepth == 0) {
                target().append('`');
            }
        }
        if (inBody > 0 && name.equals("pre") && outerKind != null && depth == outerDepth + 1) {
            depth--;
            add(current, "pre");
            current.setLength(0);
            currentKind = outerKind;
            outerKind = null;
        } else if (inBody > 0 && BLOCKS.contains(name) && depth > 0) {
            depth--;
            if (depth == 0) {
                add(current, currentKind);
                current.setLength(0);
            } else if (!name.equals("td") && !name.equals("th")) {
                current.append('\n');
            } else {
                current.append(' ');
            }
        }
        if (CONTAINERS.contains(name) && depth == 0) {
            flushLoose();
        }
        if (name.equals("body")) {
            inBody--;
        }
    }

    private StringBuilder target() {
        return depth > 0 ? current : loose;
    }

    private void flushLoose() throws SAXException {
        add(loose, "div");
        loose.setLength(0);
    }

    private void add(StringBuilder raw, String kind) throws SAXException {
        if (raw.length() == 0) {
            return;
        }
        // a word hyphenated across a line end (PDF) is joined: "Konfe-\nrenz" -> "Konferenz"
        String dehyphenated = Text.joinHyphenated(raw.toString(), true);
        for (String item : page > 0 ? numberedItems(dehyphenated) : List.of(dehyphenated)) {
            String text = Text.collapseSpaces(item);
            if (!text.isEmpty()) {
                if (blocks.size() >= maxBlocks) {
                    throw new SAXException("more than " + maxBlocks + " paragraphs");
                }
                blocks.add(new Block(text, Math.max(page, 0), kind));
            }
        }
    }

    /** A line opening a numbered item: {@code 16. Filter chain}. */
    private static final java.util.regex.Pattern NUMBERED_LINE = java.util.regex.Pattern.compile("^\\s*(\\d{1,3})\\. +\\S");

    /** The number of the last line of the blocks before that opened like an item, or -1 ({@link #numberedItems}). */
    private int lastNumber = -1;

    /**
     * A page's block split into the items of a numbered list set as its lines ({@code 15. Amount of memory …\n16.
     * Filter chain. …}, as a PDF's layout gives it), the lines before the first item one more; the block itself
     * when it holds no list. Joined, an item without a full stop ran on into the next one's number ("… with this xz
     * version 16. Filter chain."). A line opens an item when its number follows or is followed by another item's
     * number in the block, or follows the number of the last such line in the block before it (a list broken
     * across blocks); so a date at a line's start ("16. Mai") opens none, unless the block before ends a list at 15.
     */
    List<String> numberedItems(String block) {
        String[] lines = block.split("\n", -1);
        int[] number = new int[lines.length];
        java.util.Set<Integer> numbers = new java.util.HashSet<>();
        for (int k = 0; k < lines.length; k++) {
            java.util.regex.Matcher m = NUMBERED_LINE.matcher(lines[k]);
            number[k] = m.find() ? Integer.parseInt(m.group(1)) : -1;
            if (number[k] >= 0) {
                numbers.add(number[k]);
            }
        }
        if (numbers.isEmpty()) {
            String end = block.strip();
            if (!end.isEmpty() && ".!?".indexOf(end.charAt(end.length() - 1)) >= 0) {
                lastNumber = -1; // a sentence between: what follows opens no item by following a number before it
            }
            return List.of(block); // (a page's running head or foot between two items ends no sentence)
        }
        List<String> out = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        for (int k = 0; k < lines.length; k++) {
            int n = number[k];
            boolean opens = n >= 0 && (numbers.contains(n - 1) || numbers.contains(n + 1) || n == lastNumber + 1);
            if (n >= 0) {
                lastNumber = n;
            }
            if (opens) {
                if (!item.toString().isBlank()) {
                    out.add(item.toString());
                    item.setLength(0);
                }
            }
            item.append(item.length() == 0 ? "" : "\n").append(lines[k]);
        }
        out.add(item.toString());
        return out;
    }
}
