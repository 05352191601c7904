package dev.paracheck.ingest;

import dev.paracheck.internal.InputException;
import dev.paracheck.internal.Text;
import dev.paracheck.model.Paragraph;
import dev.paracheck.model.RawDocument;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.AutoDetectReader;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.DefaultHtmlMapper;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.Parser;
import org.xml.sax.SAXException;

/**
 * Reads any format Apache Tika knows into paragraphs. Plain text and Markdown are decoded by Tika's
 * charset detection (BOMs, UTF-8, UTF-16, Latin-1 …) and split by {@link PlainTextParagraphs}, which keeps
 * line numbers; every other format goes through Tika's parsers and {@link ParagraphCollector}, and PDF
 * paragraphs cut by a page break are joined again.
 *
 * <p>Thread-safe: Tika's parser is shared, each read has its own handler.
 */
public final class TikaDocumentReader implements DocumentReader {
    /**
     * Upper bound on the text taken from one document (characters): about 8,000 pages, room for the longest
     * books, and what fits with everything paracheck builds on it in a 1 GB heap.
     */
    public static final long MAX_CHARS = 20_000_000L;
    /** Upper bound on the paragraphs (or, with {@code --segmented}, the lines) of one document. */
    public static final int MAX_PARAGRAPHS = 500_000;
    /** A zip container (DOCX, ODT, EPUB …) whose entries would inflate to more than this is refused unread. */
    public static final long MAX_UNZIPPED_BYTES = 256L << 20;
    /** An entry inflating more than this many times its compressed size (and past 16 MB) is a zip bomb. */
    public static final long MAX_INFLATE_RATIO = 100;
    /** Reading one document through Tika's parsers may take this long before it is given up. */
    public static final java.time.Duration PARSE_TIME_LIMIT = java.time.Duration.ofSeconds(
            Long.getLong("paracheck.parseTimeLimitSeconds", 120));

    private static final Set<String> TEXT_TYPES = Set.of("text/plain", "text/x-web-markdown", "text/markdown",
            "text/x-log", "text/csv", "text/tab-separated-values", "text/x-rst");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F]");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…:;\"”»)]$");

    /** Tika's mapping of HTML to safe XHTML, passing the inline code elements through as well (see the collector). */
    private static final HtmlMapper CODE_AWARE_HTML = new DefaultHtmlMapper() {
        @Override
        public String mapSafeElement(String name) {
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            return ParagraphCollector.CODE_SPANS.contains(lower) ? lower : super.mapSafeElement(name);
        }
    };

    private final AutoDetectParser parser;
    private final Detector detector;

    public TikaDocumentReader() {
        TikaConfig config = TikaConfig.getDefaultConfig();
        this.parser = new AutoDetectParser(config);
        this.detector = config.getDetector();
    }

    @Override
    public RawDocument read(Path file) {
        checkReadable(file);
        MediaType type = detect(file);
        String base = type.getBaseType().toString();
        if ((base.equals("text/html") || base.equals("application/xhtml+xml")) && markdownName(file)) {
            base = "text/markdown"; // Tika's magic saw the <html> of a code example; the name says Markdown
        } else if (RstParagraphs.isRstName(lowerName(file)) && !base.startsWith("application/")) {
            base = RstParagraphs.MEDIA_TYPE; // so named; Tika's magic may take an HTML example for the page
        }
        List<Paragraph> paragraphs;
        Metadata md = new Metadata();
        if (base.equals("application/xml") || base.equals("text/xml")) {
            paragraphs = readXml(file, decode(file));
        } else if (TEXT_TYPES.contains(base) || (base.startsWith("text/") && !base.equals("text/html")
                && !base.equals("text/rtf"))) {
            paragraphs = readText(file, base);
        } else if (base.equals("application/octet-stream")) {
            throw InputException.about(file, "not a document format paracheck can read (binary data)");
        } else {
            paragraphs = readWithTika(file, base, md);
        }
        if (paragraphs.isEmpty()) {
            throw InputException.about(file, "no text found (" + base + ")");
        }
        return new RawDocument(file, base, paragraphs, producer(md));
    }

    /** The producer and creator tool a file's metadata names, space-separated; "" when it names neither. */
    private static String producer(Metadata md) {
        return java.util.stream.Stream.of(md.get("pdf:docinfo:producer"), md.get("xmp:CreatorTool"),
                        md.get("pdf:docinfo:creator_tool"))
                .filter(v -> v != null && !v.isBlank()).map(String::strip).distinct()
                .collect(java.util.stream.Collectors.joining(" "));
    }

    /**
     * The lines of a text file that is already one sentence per line ({@code --segmented}), decoded with the
     * detected charset. Every line counts, so that indices are input line numbers; a final line break does not
     * start another line.
     */
    public List<String> readLines(Path file) {
        checkReadable(file);
        String text = decode(file);
        // the same breaks (\r\n, \n, \r) as a regular expression split, without one: a fifth of reading 100,000 lines
        List<String> lines = text.lines().toList();
        if (lines.isEmpty()) {
            throw InputException.about(file, "file is empty");
        }
        if (lines.size() > MAX_PARAGRAPHS) {
            throw InputException.about(file, "more than " + MAX_PARAGRAPHS + " lines (the limit)");
        }
        return lines;
    }

    private static void checkReadable(Path file) {
        if (!Files.exists(file)) {
            throw InputException.about(file, "no such file");
        }
        if (Files.isDirectory(file)) {
            throw InputException.about(file, "is a directory, expected a file");
        }
        if (!Files.isReadable(file)) {
            throw InputException.about(file, "permission denied");
        }
        try {
            if (Files.size(file) == 0) {
                throw InputException.about(file, "file is empty");
            }
        } catch (IOException e) {
            throw InputException.about(file, "cannot read: " + e.getMessage(), e);
        }
    }

    private MediaType detect(Path file) {
        Metadata md = new Metadata();
        md.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        try (TikaInputStream in = TikaInputStream.get(file, md)) {
            return detector.detect(in, md);
        } catch (IOException e) {
            throw ioError(file, e);
        }
    }

    /** Whether the file's name says Markdown (or MDX). */
    private static boolean markdownName(Path file) {
        String name = lowerName(file);
        return name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".mdown") || name.endsWith(".mkd")
                || name.endsWith(".mdx");
    }

    private static String lowerName(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * A text format by its Tika type: Markdown, AsciiDoc, reStructuredText, or plain text (which may yet be XML). Tika knows no MDX:
     * a {@code .mdx} file it calls plain text is Markdown with JSX components and ES module lines.
     */
    private List<Paragraph> readText(Path file, String type) {
        String text = decode(file);
        boolean mdx = lowerName(file).endsWith(".mdx");
        boolean markdown = type.contains("markdown") || mdx;
        boolean asciidoc = AsciidocParagraphs.isAsciidoc(type)
                || (type.equals("text/plain") && !mdx && AsciidocParagraphs.looksLikeAsciidoc(text));
        if (!markdown && !asciidoc && !type.equals(RstParagraphs.MEDIA_TYPE) && XmlParagraphs.looksLikeXml(text)) {
            return readXml(file, text); // an XML page without declaration or known extension (Mallard's .page)
        }
        if (nonBlankLines(text) > MAX_PARAGRAPHS) {
            throw InputException.about(file, "more than " + MAX_PARAGRAPHS + " paragraphs (the limit)");
        }
        if (type.equals(RstParagraphs.MEDIA_TYPE)) {
            return RstParagraphs.split(text);
        }
        return markdown ? MarkdownParagraphs.split(text, mdx)
                : asciidoc ? AsciidocParagraphs.split(text) : PlainTextParagraphs.split(text);
    }

    private static List<Paragraph> readXml(Path file, String text) {
        try {
            return XmlParagraphs.split(text, MAX_CHARS, MAX_PARAGRAPHS);
        } catch (org.xml.sax.SAXParseException e) {
            throw InputException.about(file, "cannot read as XML: line " + e.getLineNumber() + ": "
                    + e.getMessage(), e);
        } catch (SAXException | IOException e) {
            throw InputException.about(file, "cannot read as XML: " + rootMessage(e), e);
        }
    }

    /** Lines with something on them: an upper bound on the paragraphs, counted before any is built. */
    static int nonBlankLines(String text) {
        int count = 0;
        boolean content = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                count += content ? 1 : 0;
                content = false;
            } else if (!Character.isWhitespace(c)) {
                content = true;
            }
        }
        return count + (content ? 1 : 0);
    }

    /** The text of a plain-text file in its detected charset; binary data is refused. */
    private static String decode(Path file) {
        String text;
        try (InputStream in = TikaInputStream.get(file);
             AutoDetectReader reader = new AutoDetectReader(in, new Metadata())) {
            text = readAll(reader, file);
        } catch (TikaException e) {
            throw InputException.about(file, "cannot detect the text encoding", e);
        } catch (IOException e) {
            throw ioError(file, e);
        }
        if (looksBinary(text)) {
            throw InputException.about(file, "not a document format paracheck can read (binary data)");
        }
        // a few stray control characters (NUL from a bad export) are dropped, not fatal
        return CONTROL.matcher(text).replaceAll("");
    }

    private static String readAll(Reader reader, Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[1 << 16];
        try (BufferedReader br = new BufferedReader(reader)) {
            for (int n; (n = br.read(buf)) != -1; ) {
                sb.append(buf, 0, n);
                if (sb.length() > MAX_CHARS) {
                    throw InputException.about(file, "more than " + MAX_CHARS + " characters of text (the limit)");
                }
            }
        }
        if (sb.length() > 0 && sb.charAt(0) == '\uFEFF') {
            sb.deleteCharAt(0);
        }
        return sb.toString();
    }

    /** Control characters or undecodable bytes in more than 2 % of the text mean it is not text. */
    static boolean looksBinary(String text) {
        int bad = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD' || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
                bad++;
            }
        }
        return bad > Math.max(2, text.length() / 50);
    }

    /** The blocks of {@code file} as Tika's parsers give them; its metadata goes to {@code md}. */
    private List<Paragraph> readWithTika(Path file, String type, Metadata md) {
        ZipGuard.check(file, MAX_UNZIPPED_BYTES, MAX_INFLATE_RATIO);
        ParagraphCollector collector = new ParagraphCollector(MAX_CHARS, MAX_PARAGRAPHS);
        md.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        context.set(HtmlMapper.class, CODE_AWARE_HTML);
        // a PDF's bookmarks are its outline again, after the last page, and its annotations the targets of its
        // links, after each page's text: no text of their own
        org.apache.tika.parser.pdf.PDFParserConfig pdf = new org.apache.tika.parser.pdf.PDFParserConfig();
        pdf.setExtractBookmarksText(false);
        pdf.setExtractAnnotationText(false);
        context.set(org.apache.tika.parser.pdf.PDFParserConfig.class, pdf);
        try {
            TimeLimit.run(PARSE_TIME_LIMIT, () -> {
                try (TikaInputStream in = TikaInputStream.get(file, md)) {
                    parser.parse(in, collector, md, context);
                }
                return null;
            });
        } catch (TimeLimit.Exceeded e) {
            throw InputException.about(file, "reading took longer than " + PARSE_TIME_LIMIT.toSeconds()
                    + " s (the limit); the document is too large or malformed");
        } catch (OutOfMemoryError e) {
            throw InputException.about(file, "too large to read in this much memory (raise -Xmx)");
        } catch (EncryptedDocumentException e) {
            throw InputException.about(file, "is password-protected", e);
        } catch (ZeroByteFileException e) {
            throw InputException.about(file, "file is empty", e);
        } catch (TikaException | SAXException e) {
            throw InputException.about(file, "cannot read as " + type + ": " + rootMessage(e), e);
        } catch (IOException e) {
            throw ioError(file, e);
        } catch (InputException e) {
            throw e;
        } catch (Exception | StackOverflowError | AssertionError e) {
            // an assertion inside a parser (Tika's RTF extractor has some, found by fuzzing) means malformed input
            throw InputException.about(file, "cannot read as " + type + ": " + rootMessage(e), e);
        }
        try {
            return joinPages(collector.blocks(), collector.hasPages());
        } catch (SAXException e) {
            throw InputException.about(file, "cannot read as " + type + ": " + rootMessage(e), e);
        }
    }

    /** A block ending in a plain word: no option, path or number, no punctuation. */
    private static final java.util.regex.Pattern ENDS_IN_WORD = java.util.regex.Pattern.compile("(^|\\s)\\p{L}+$");
    /** A block starting with a word in lower case. */
    private static final java.util.regex.Pattern STARTS_LOWER = java.util.regex.Pattern.compile("^\\p{Ll}+\\b");
    /** An option, which a command line has and a sentence's tail rarely does: {@code watch -n 60}. */
    private static final java.util.regex.Pattern OPTION = java.util.regex.Pattern.compile("(^|\\s)-{1,2}\\w");

    /**
     * Whether a block reads as the rest of a sentence: a word in lower case, then prose, no option, up to where the
     * sentence ends.
     */
    private static boolean goesOn(String next) {
        if (!STARTS_LOWER.matcher(next).find()) {
            return false;
        }
        int end = 0;
        while (end < next.length() && ".!?:;".indexOf(next.charAt(end)) < 0) {
            end++;
        }
        String head = next.substring(0, end);
        return !OPTION.matcher(head).find() && !Text.looksLikeCode(head);
    }

    /**
     * An entry of contents ({@code 8 Configuration 17}, {@code A.4 TeX on Windows 120}: a section's number, a
     * capitalised title, a page) or of an index ({@code .dvi, 13}, {@code \\caption, 45, 59}: a term not ending in
     * a digit, pages after a comma; not "Released on March 3, 2021").
     */
    private static final java.util.regex.Pattern NAVIGATION = java.util.regex.Pattern.compile(
            "(?:\\d{1,2}(?:\\.\\d{1,2}){0,3}|\\p{Lu}(?:\\.\\d{1,2}){1,3})\\s+\\p{Lu}[^.!?]{0,80}?\\s\\d{1,4}"
                    + "|[^\\d\\s!?][^!?]{0,58}[^\\d\\s,],\\s*\\d{1,4}(?:\\s*[,–-]\\s*\\d{1,4})*");

    /**
     * Builds paragraphs, dot leaders left out ({@link Text#withoutDotLeaders}); an entry of contents or of an
     * index is metadata. On paged formats, running heads and feet are left out ({@link PageFurniture}), and a
     * block ending mid-sentence is joined with the next: always across a page break, and within a page when it
     * ends in a plain word and the next starts with a word in lower case (a layout that set a sentence's lines
     * apart: "… von der Schreibseite der Pipe aus ist" / "fehlgeschlagen.").
     */
    private static List<Paragraph> joinPages(List<ParagraphCollector.Block> collected, boolean paged) {
        List<ParagraphCollector.Block> all = new ArrayList<>(collected.size());
        for (ParagraphCollector.Block b : collected) {
            String text = Text.withoutDotLeaders(b.text());
            // a line with a dot leader is an entry of contents or of an index, and so on a page is one without
            boolean navigation = !text.equals(b.text())
                    || paged && !b.kind().equals(Paragraph.META) && NAVIGATION.matcher(text).matches();
            if (!text.isBlank()) {
                all.add(navigation ? new ParagraphCollector.Block(text, b.page(), Paragraph.META) : b);
            }
        }
        List<ParagraphCollector.Block> blocks = paged ? PageFurniture.without(all) : all;
        List<Paragraph> out = new ArrayList<>();
        int i = 0;
        while (i < blocks.size()) {
            ParagraphCollector.Block first = blocks.get(i);
            StringBuilder text = new StringBuilder(first.text());
            int last = i;
            while (paged && last + 1 < blocks.size() && !SENTENCE_END.matcher(text).find()
                    && !first.kind().equals(Paragraph.META) && !blocks.get(last + 1).kind().equals(Paragraph.META)
                    && (blocks.get(last + 1).page() > blocks.get(last).page()
                    || ENDS_IN_WORD.matcher(text).find() && goesOn(blocks.get(last + 1).text()))) {
                last++;
                text.append(' ').append(blocks.get(last).text());
            }
            out.add(new Paragraph(out.size(), text.toString(), 0, paged ? Math.max(1, first.page()) : 0, first.kind()));
            i = last + 1;
        }
        return out;
    }

    private static InputException ioError(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return InputException.about(file, "no such file", e);
        }
        if (e instanceof AccessDeniedException) {
            return InputException.about(file, "permission denied", e);
        }
        return InputException.about(file, "cannot read: " + rootMessage(e), e);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String msg = t.getMessage();
        return msg == null || msg.isBlank() ? t.getClass().getSimpleName() : msg.lines().findFirst().orElse(msg);
    }
}
