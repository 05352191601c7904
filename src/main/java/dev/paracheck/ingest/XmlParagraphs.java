package dev.paracheck.ingest;

import dev.paracheck.internal.Text;
import dev.paracheck.model.Paragraph;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Splits an XML document of prose — DocBook, Mallard (GNOME help), DITA, TEI and the like — into paragraphs,
 * keeping the line each starts on. Tika reads such XML as one run of text; a reviewer reads its paragraphs.
 *
 * <p>No schema is needed: a <b>block is an element that holds text of its own</b> (not only white space between
 * child elements) and is not inside another block; its children's text is part of it ({@code <p>Click
 * <gui>Open</gui>.</p>} is one paragraph). An element that holds only elements is a container. Blocks of code
 * ({@code screen}, {@code programlisting}, {@code synopsis}, {@code literallayout}, a {@code code} or
 * {@code codeblock} standing as a block) are paragraphs of kind {@code pre}, a line each; inline code
 * ({@code command}, {@code filename}, {@code option}, {@code literal}, {@code cmd}, {@code sys}, {@code key} …) is a
 * {@code `code span`}. Metadata — Mallard's and DocBook's {@code info}, {@code revision}, {@code credit}, index
 * terms, and whatever ITS marks {@code translate="no"} — is of kind {@code meta}. Titles are headings.
 *
 * <p>Two streaming passes (which elements hold text of their own; then the blocks), so memory does not grow with
 * nesting. External entities and DTDs are never loaded (no XXE). An entity declared only in an unread DTD stays
 * in the text: as its character when HTML names it ({@code &nbsp;}, {@code &mdash;} in DocBook), else as
 * written ({@code &kmagnifier;}, a KDE handbook's product name), so that no word of the text
 * silently disappears.
 */
final class XmlParagraphs {
    private static final Set<String> CODE_BLOCKS = Set.of("screen", "programlisting", "synopsis", "literallayout",
            "codeblock", "pre", "code", "cmdsynopsis", "funcsynopsis");
    private static final Set<String> INLINE_CODE = Set.of("code", "command", "filename", "option", "literal",
            "userinput", "computeroutput", "varname", "envar", "parameter", "function", "cmd", "sys", "input",
            "output", "key", "keycap", "keycombo", "file", "var", "replaceable", "tt", "systemitem", "classname",
            "constant", "prompt", "uicontrol", "codeph", "filepath");
    private static final Set<String> METADATA = Set.of("info", "articleinfo", "bookinfo", "sectioninfo",
            "chapterinfo", "revision", "credit", "revhistory", "indexterm", "prolog", "metadata", "teiheader",
            "license", "copyright", "legalnotice", "keywords", "comment", "remark");
    private static final Map<String, String> KINDS = Map.ofEntries(Map.entry("title", "h2"),
            Map.entry("subtitle", "h3"), Map.entry("para", "p"), Map.entry("simpara", "p"),
            Map.entry("item", "li"), Map.entry("listitem", "li"), Map.entry("entry", "td"), Map.entry("td", "td"),
            Map.entry("th", "th"), Map.entry("term", "dt"), Map.entry("caption", "caption"));

    private XmlParagraphs() {
    }

    /** The text an undeclared entity stands for: the character HTML names so (jsoup's table), or the reference. */
    static String undeclared(String name) {
        return org.jsoup.nodes.Entities.isNamedEntity(name) ? org.jsoup.nodes.Entities.getByName(name)
                : "&" + name + ";";
    }

    /** Whether {@code text} looks like an XML document rather than text that opens with a tag. */
    static boolean looksLikeXml(String text) {
        String head = text.stripLeading();
        return head.startsWith("<?xml") || head.matches("(?s)<[A-Za-z_][\\w.:-]*\\s+xmlns(:\\w+)?=.*");
    }

    /** The paragraphs of the XML document {@code xml}; a SAXException says why it is not well-formed. */
    static List<Paragraph> split(String xml, long maxChars, int maxParagraphs) throws SAXException, IOException {
        Owners owners = new Owners();
        parse(xml, owners);
        Blocks blocks = new Blocks(owners.own, maxChars, maxParagraphs);
        parse(xml, blocks);
        return blocks.out;
    }

    private static void parse(String xml, DefaultHandler handler) throws SAXException, IOException {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            SAXParser parser = factory.newSAXParser();
            InputSource in = new InputSource(new StringReader(xml));
            parser.parse(in, handler);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's SAX parser lacks a security feature", e);
        }
    }

    private static String local(String localName, String qName) {
        String n = localName == null || localName.isEmpty() ? qName : localName;
        return n.substring(n.indexOf(':') + 1).toLowerCase(Locale.ROOT);
    }

    /** Pass one: which elements (by order of their start tags) hold non-blank text of their own. */
    private static final class Owners extends DefaultHandler {
        final BitSet own = new BitSet();
        private final Deque<Integer> open = new ArrayDeque<>();
        private int next;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            open.push(next++);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            open.pop();
        }

        @Override
        public void skippedEntity(String name) {
            if (!open.isEmpty() && !name.startsWith("%")) {
                own.set(open.peek()); // an entity reference is text of the element it stands in
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (open.isEmpty()) {
                return;
            }
            for (int i = start; i < start + length; i++) {
                if (!Character.isWhitespace(ch[i])) {
                    own.set(open.peek());
                    return;
                }
            }
        }
    }

    /** Pass two: the blocks, in document order. */
    private static final class Blocks extends DefaultHandler {
        final List<Paragraph> out = new ArrayList<>();
        private final BitSet own;
        private final long maxChars;
        private final int maxParagraphs;
        private final StringBuilder text = new StringBuilder();
        private Locator locator;
        private int next;
        private int depth;
        /** Depth of the open block (0: none), its kind and first line; depth of metadata or untranslated (0: none). */
        private int blockDepth;
        private String kind;
        private int line;
        private int metaDepth;
        private int codeSpanDepth;
        private long total;

        Blocks(BitSet own, long maxChars, int maxParagraphs) {
            this.own = own;
            this.maxChars = maxChars;
            this.maxParagraphs = maxParagraphs;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            String name = local(localName, qName);
            boolean holdsText = own.get(next++);
            depth++;
            if (metaDepth == 0 && (METADATA.contains(name) || "no".equals(translate(atts)))) {
                metaDepth = depth;
            }
            if (blockDepth == 0 && holdsText) {
                blockDepth = depth;
                kind = metaDepth > 0 ? Paragraph.META : CODE_BLOCKS.contains(name) ? Paragraph.CODE
                        : KINDS.getOrDefault(name, name);
                line = locator == null ? 0 : Math.max(0, locator.getLineNumber());
                text.setLength(0);
            } else if (blockDepth > 0 && INLINE_CODE.contains(name) && !kind.equals(Paragraph.CODE)
                    && codeSpanDepth++ == 0) {
                text.append('`');
            } else if (blockDepth > 0 && (name.equals("br") || name.equals("sbr"))) {
                text.append('\n');
            }
        }

        private static String translate(Attributes atts) {
            for (int i = 0; i < atts.getLength(); i++) {
                if (local(atts.getLocalName(i), atts.getQName(i)).equals("translate")) {
                    return atts.getValue(i);
                }
            }
            return null;
        }

        @Override
        public void skippedEntity(String name) throws SAXException {
            if (!name.startsWith("%")) { // a parameter entity is the DTD's, not the text's
                char[] text = undeclared(name).toCharArray();
                characters(text, 0, text.length);
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (blockDepth > 0) {
                total += length;
                if (total > maxChars) {
                    throw new SAXException("more than " + maxChars + " characters of text");
                }
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            String name = local(localName, qName);
            if (blockDepth > 0 && depth > blockDepth && INLINE_CODE.contains(name) && !kind.equals(Paragraph.CODE)
                    && --codeSpanDepth == 0) {
                text.append('`');
            }
            if (depth == blockDepth) {
                emit();
                blockDepth = 0;
                codeSpanDepth = 0;
            }
            if (depth == metaDepth) {
                metaDepth = 0;
            }
            depth--;
        }

        private void emit() throws SAXException {
            if (kind.equals(Paragraph.CODE)) {
                String[] lines = text.toString().split("\\R", -1);
                for (int k = 0; k < lines.length; k++) {
                    add(lines[k].strip(), line + k);
                }
            } else {
                add(Text.collapseSpaces(text.toString().replace("``", "")), line);
            }
        }

        private void add(String s, int at) throws SAXException {
            if (s.isEmpty()) {
                return;
            }
            if (out.size() >= maxParagraphs) {
                throw new SAXException("more than " + maxParagraphs + " paragraphs");
            }
            out.add(new Paragraph(out.size(), s, at, 0, kind));
        }
    }
}
