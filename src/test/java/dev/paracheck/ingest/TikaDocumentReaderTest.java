package dev.paracheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paracheck.internal.InputException;
import dev.paracheck.model.Paragraph;
import dev.paracheck.model.RawDocument;
import dev.paracheck.testing.SampleDocuments;
import dev.paracheck.testing.TestFiles;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TikaDocumentReaderTest {
    private static TikaDocumentReader reader;
    private static List<String> german;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() throws IOException {
        reader = new TikaDocumentReader();
        german = SampleDocuments.paragraphs(TestFiles.seedGerman());
    }

    /** Tika calls an MDX page plain text; paracheck reads it as Markdown with components and module lines. */
    @Test
    void anMdxPageIsReadAsMarkdown() throws Exception {
        Path mdx = java.nio.file.Files.writeString(dir.resolve("structure.de.mdx"), "import { Steps } from 'x';\n\n"
                + "<Steps>\n1. Installiere das Paket.\n</Steps>\n\n- `package.json` - Die Projektdatei\n");

        var doc = reader.read(mdx);

        assertThat(doc.paragraphs()).extracting(dev.paracheck.model.Paragraph::text).containsExactly(
                "import { Steps } from 'x';", "Installiere das Paket.", "`package.json` - Die Projektdatei");
        assertThat(doc.paragraphs()).extracting(dev.paracheck.model.Paragraph::kind).containsExactly("meta", "li",
                "li");
    }

    /** A reStructuredText page is read by its blocks, its name over Tika's magic (which saw an HTML example). */
    @Test
    void anRstPageIsReadAsRestructuredTextWhateverItsContentLooksLike() throws Exception {
        Path rst = java.nio.file.Files.writeString(dir.resolve("views.rst"), "Views\n#####\n\n"
                + "A view renders HTML::\n\n    <html><body><p>Hello</p></body></html>\n\n"
                + "Use ``$this->set()`` first.\n");

        var doc = reader.read(rst);

        assertThat(doc.mediaType()).isEqualTo("text/x-rst");
        assertThat(doc.paragraphs()).extracting(dev.paracheck.model.Paragraph::kind).containsExactly("h1", "p",
                "pre", "p");
        assertThat(doc.paragraphs().get(3).text()).isEqualTo("Use `$this->set()` first.");
    }

    /** AsciiDoc's own convention was the .txt extension, which Tika calls plain text. */
    @Test
    void anAsciidocManualNamedTxtIsReadAsAsciidoc() throws Exception {
        Path txt = java.nio.file.Files.writeString(dir.resolve("user-manual.txt"), ":icons:\n:toc: left\n\n"
                + "image::images/Banner.jpg[\"Banner\"]\n\n"
                + "Start Using the Program\n-----------------------\n\nIf a single dive is selected, its\n"
                + "profile is\nshown.\n\n $ subsurface --help\n");

        var doc = reader.read(txt);

        assertThat(doc.paragraphs()).extracting(dev.paracheck.model.Paragraph::kind).containsExactly("meta", "meta",
                "meta", "h2", "p", "pre");
        assertThat(doc.paragraphs().get(4).text()).isEqualTo("If a single dive is selected, its profile is shown.");
    }

    /** Tika's magic takes a Markdown page whose first code example is a whole HTML page for HTML. */
    @Test
    void aMarkdownPageWithAnHtmlExampleIsReadAsMarkdown() throws Exception {
        Path md = java.nio.file.Files.writeString(dir.resolve("guide.md"), "```html\n<!doctype html>\n"
                + "<html lang=\"en-US\">\n  <body><a href=\"x\">Here we add a link</a></body>\n</html>\n```\n\n"
                + "Add a `<script></script>` element above the closing `</body>` tag.\n");

        var doc = reader.read(md);

        assertThat(doc.paragraphs()).extracting(dev.paracheck.model.Paragraph::kind).containsExactly("pre", "pre",
                "pre", "pre", "p");
        assertThat(doc.paragraphs().get(4).text())
                .isEqualTo("Add a `<script></script>` element above the closing `</body>` tag.");
    }

    /**
     * LaTeX's dot leaders made one "sentence" a dot (a line with one is navigation now, as are entries of contents
     * and of an index without); a PDF's bookmarks came again after its last page, its links' targets after each
     * page's text.
     */
    @Test
    void aPdfsDotLeadersAndBookmarksAreNoText() throws Exception {
        Path pdf = SampleDocuments.pdf(List.of("Contents", "1 Introduction . . . . . . . . . . . . 2",
                "The introduction says what the manual is for.", "8 Configuration 17", ".dvi, 13, 45"),
                dir.resolve("manual.pdf"));
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            var outline = new org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline();
            var item = new org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem();
            item.setTitle("Bookmarked Chapter Title");
            outline.addLast(item);
            doc.getDocumentCatalog().setDocumentOutline(outline);
            var link = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink();
            link.setRectangle(new org.apache.pdfbox.pdmodel.common.PDRectangle(60, 700, 200, 14));
            var uri = new org.apache.pdfbox.pdmodel.interactive.action.PDActionURI();
            uri.setURI("https://example.org/annotated-target");
            link.setAction(uri);
            doc.getPage(0).getAnnotations().add(link);
            doc.save(pdf.toFile());
        }

        var read = reader.read(pdf);

        assertThat(read.paragraphs()).extracting(dev.paracheck.model.Paragraph::text).containsExactly("Contents",
                "1 Introduction 2", "The introduction says what the manual is for.", "8 Configuration 17",
                ".dvi, 13, 45");
        assertThat(read.paragraphs()).extracting(dev.paracheck.model.Paragraph::kind).containsExactly("p", "meta",
                "p", "meta", "meta");
    }

    /** Tika lists a DOCX's images after its text ({@code <h1>rId7.png</h1>}): names of parts, not text. */
    @Test
    void theImagesOfADocxAreNoParagraphs() throws Exception {
        java.awt.image.BufferedImage pixel = new java.awt.image.BufferedImage(1, 1,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(pixel, "png", png);
        Path docx = dir.resolve("figures.docx");
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
             var out = java.nio.file.Files.newOutputStream(docx)) {
            doc.createParagraph().createRun().setText("Figure 4.1. The toolbox of the editor.");
            doc.createParagraph().createRun().addPicture(new java.io.ByteArrayInputStream(png.toByteArray()),
                    org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG, "toolbox.png",
                    org.apache.poi.util.Units.toEMU(10), org.apache.poi.util.Units.toEMU(10));
            doc.createParagraph().createRun().setText("Each tool is a button.");
            doc.write(out);
        }

        RawDocument read = reader.read(docx);

        assertThat(read.paragraphs()).extracting(Paragraph::text)
                .containsExactly("Figure 4.1. The toolbox of the editor.", "Each tool is a button.");
    }

    @Test
    void readsTheSeedAsThirtyParagraphsWithLines() {
        RawDocument doc = reader.read(TestFiles.seedGerman());

        assertThat(doc.mediaType()).isEqualTo("text/plain");
        assertThat(doc.paragraphs()).hasSize(30);
        assertThat(doc.paragraphs().get(29).line()).isEqualTo(30);
        assertThat(doc.paragraphs()).extracting(Paragraph::text).isEqualTo(german);
    }

    @ParameterizedTest
    @ValueSource(strings = {"html", "docx", "odt", "pdf"})
    void everyFormatGivesTheSameParagraphs(String format) throws IOException {
        Path file = switch (format) {
            case "html" -> SampleDocuments.html(german, dir.resolve("a.html"));
            case "docx" -> SampleDocuments.docx(german, dir.resolve("a.docx"));
            case "odt" -> SampleDocuments.odt(german, dir.resolve("a.odt"));
            default -> SampleDocuments.pdf(german, dir.resolve("a.pdf"));
        };

        RawDocument doc = reader.read(file);

        assertThat(doc.paragraphs()).extracting(Paragraph::text).isEqualTo(german);
    }

    @Test
    void pdfParagraphsCutByAPageBreakAreJoinedAndKeepTheirPage() throws IOException {
        RawDocument doc = reader.read(SampleDocuments.pdf(german, dir.resolve("a.pdf")));

        assertThat(doc.paragraphs()).extracting(Paragraph::page).startsWith(1).contains(2, 3);
        assertThat(doc.paragraphs()).extracting(Paragraph::page).isSorted();
    }

    @Test
    void pdfBlocksSetApartInASentenceAreJoinedACommandLineIsNot() throws IOException {
        RawDocument doc = reader.read(SampleDocuments.pdf(List.of(
                "Das Ersetzen der Standardausgabe des Kindprozesses von der Schreibseite der Pipe aus ist",
                "fehlgeschlagen. Danach endet das Programm.",
                "Um nach neuer Post zu schauen, verwenden Sie",
                "watch -n 60 from",
                "Ein neuer Absatz beginnt hier."), dir.resolve("b.pdf")));

        assertThat(doc.paragraphs()).extracting(Paragraph::text).containsExactly(
                "Das Ersetzen der Standardausgabe des Kindprozesses von der Schreibseite der Pipe aus ist "
                        + "fehlgeschlagen. Danach endet das Programm.",
                "Um nach neuer Post zu schauen, verwenden Sie", "watch -n 60 from", "Ein neuer Absatz beginnt hier.");
    }

    @Test
    void htmlHeadingsListsAndCellsAreBlocksAndScriptsAreDropped() {
        Path html = TestFiles.write(dir, "page.html", "<html><head><title>T</title><script>alert(1)</script></head>"
                + "<body><h2>Heading</h2><ul><li>Item one</li><li>Item two</li></ul>"
                + "<table><tr><td>Cell A</td><td>Cell B</td></tr></table><div>Loose text in a div</div></body></html>");

        RawDocument doc = reader.read(html);

        assertThat(doc.paragraphs()).extracting(Paragraph::text)
                .containsExactly("Heading", "Item one", "Item two", "Cell A", "Cell B", "Loose text in a div");
        assertThat(doc.paragraphs()).extracting(Paragraph::kind).startsWith("h2", "li", "li", "td");
    }

    @Test
    void htmlCodeElementsAreCodeSpansAndAPreInsideAnItemIsABlockOfCode() {
        // as DocBook writes a command: a screen inside a list item, a command name in <code> in the prose
        Path html = TestFiles.write(dir, "manual.html", "<html><body><ul><li><p>Convert it with <code>iconv</code>"
                + " or <kbd>recode</kbd>:</p><pre class=\"screen\">iconv -f latin1 -t utf8 <code>a.txt</code></pre>"
                + "<p>Then check it.</p></li></ul><dl><dt>-v</dt><dd>Verbose.<pre>cmd -v 2</pre></dd></dl>"
                + "</body></html>");

        RawDocument doc = reader.read(html);

        assertThat(doc.paragraphs()).extracting(Paragraph::text).containsExactly(
                "Convert it with `iconv` or `recode`:", "iconv -f latin1 -t utf8 a.txt", "Then check it.", "-v",
                "Verbose.", "cmd -v 2");
        assertThat(doc.paragraphs()).extracting(Paragraph::kind).containsExactly("li", "pre", "li", "dt", "dd",
                "pre");
    }

    @Test
    void xmlOfProseGivesItsParagraphsWithLinesCodeAndMetadata() {
        // a Mallard page as GNOME ships it: no XML declaration, an extension Tika does not know
        Path page = TestFiles.write(dir, "movingaround.page", "<page xmlns=\"http://projectmallard.org/1.0/\"\n"
                + "      xmlns:its=\"http://www.w3.org/2005/11/its\" id=\"movingaround\">\n"
                + "  <info>\n    <credit type=\"author\"><name>Phil Bull</name>\n"
                + "      <email its:translate=\"no\">phil@example.org</email></credit>\n  </info>\n"
                + "  <title>Move around a document</title>\n"
                + "  <p>Press <key>Page Up</key> or click <gui>Next</gui>.</p>\n"
                + "  <list><item><p>Use the scroll bar.</p></item></list>\n"
                + "  <screen>evince --page-label=3\nevince -f</screen>\n</page>\n");

        RawDocument doc = reader.read(page);

        assertThat(doc.paragraphs()).extracting(Paragraph::text).containsExactly("Phil Bull", "phil@example.org",
                "Move around a document", "Press `Page Up` or click Next.", "Use the scroll bar.",
                "evince --page-label=3", "evince -f");
        assertThat(doc.paragraphs()).extracting(Paragraph::kind).containsExactly("meta", "meta", "h2", "p", "p",
                "pre", "pre");
        assertThat(doc.paragraphs()).extracting(Paragraph::line).containsExactly(4, 5, 7, 8, 9, 10, 11);
    }

    @Test
    void anEntityOfAnUnreadDtdStaysInTheText() {
        // a KDE handbook: its entities name the product, declared in a DTD that is never loaded
        Path xml = TestFiles.write(dir, "index.docbook", "<?xml version=\"1.0\"?>\n<!DOCTYPE book PUBLIC "
                + "\"-//KDE//DTD DocBook XML V4.5-Based Variant V1.1//EN\" \"dtd/kdedbx45.dtd\">\n<book>"
                + "<para>Note that &kmagnifier; cannot&nbsp;tell the cursor &mdash; yet.</para><para>&kappname;</para>"
                + "</book>\n");

        assertThat(reader.read(xml).paragraphs()).extracting(Paragraph::text)
                .containsExactly("Note that &kmagnifier; cannot tell the cursor \u2014 yet.", "&kappname;");
    }

    @Test
    void xmlExternalEntitiesAreNeverRead() throws IOException {
        Path secret = TestFiles.write(dir, "secret.txt", "TOP SECRET");
        Path xml = TestFiles.write(dir, "doc.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE article [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]>\n<article><para>Before &x; after.</para></article>\n");

        assertThat(reader.read(xml).paragraphs()).extracting(Paragraph::text)
                .noneMatch(t -> t.contains("TOP SECRET"));
    }

    @Test
    void detectsUtf16WithBom() throws IOException {
        Path p = dir.resolve("utf16.txt");
        Files.write(p, concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "Größere Straße.\nÄußerst schön.\n".getBytes(StandardCharsets.UTF_16LE)));

        assertThat(reader.read(p).paragraphs()).extracting(Paragraph::text)
                .containsExactly("Größere Straße.", "Äußerst schön.");
    }

    @Test
    void detectsLatin1() throws IOException {
        Path p = dir.resolve("latin1.txt");
        Files.write(p, ("Die Größe der Straße war für alle Bürger überraschend, sagte der Bürgermeister.\n"
                + "Später öffnete das Geschäft in der Hauptstraße wieder.\n").getBytes(Charset.forName("ISO-8859-1")));

        assertThat(reader.read(p).paragraphs().get(0).text()).contains("Größe", "Straße", "Bürger");
    }

    @Test
    void utf8BomIsNotPartOfTheText() throws IOException {
        Path p = dir.resolve("bom.txt");
        Files.write(p, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "Hello there.\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(reader.read(p).paragraphs().get(0).text()).isEqualTo("Hello there.");
    }

    @Test
    void missingFile() {
        assertThatThrownBy(() -> reader.read(dir.resolve("nope.txt")))
                .isInstanceOf(InputException.class).hasMessageEndingWith("nope.txt: no such file");
    }

    @Test
    void emptyFile() {
        Path p = TestFiles.write(dir, "empty.txt", "");
        assertThatThrownBy(() -> reader.read(p)).isInstanceOf(InputException.class).hasMessageContaining("empty");
    }

    @Test
    void whitespaceOnlyFileHasNoText() {
        Path p = TestFiles.write(dir, "blank.txt", "  \n\n\t\n");
        assertThatThrownBy(() -> reader.read(p)).isInstanceOf(InputException.class).hasMessageContaining("no text");
    }

    @Test
    void binaryGarbageIsRefusedEvenUnderATextName() {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        Path bin = TestFiles.write(dir, "garbage.bin", bytes);
        Path txt = TestFiles.write(dir, "garbage.txt", bytes);

        assertThatThrownBy(() -> reader.read(bin)).isInstanceOf(InputException.class).hasMessageContaining("binary");
        assertThatThrownBy(() -> reader.read(txt)).isInstanceOf(InputException.class)
                .hasMessageContaining("garbage.txt");
    }

    @Test
    void corruptDocxIsAClearError() throws IOException {
        byte[] good = Files.readAllBytes(SampleDocuments.docx(german, dir.resolve("good.docx")));
        Path bad = TestFiles.write(dir, "bad.docx", java.util.Arrays.copyOf(good, good.length / 3));

        assertThatThrownBy(() -> reader.read(bad)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(bad.toString() + ": ");
    }

    @Test
    void directoryIsRefused() {
        assertThatThrownBy(() -> reader.read(dir)).isInstanceOf(InputException.class)
                .hasMessageContaining("is a directory");
    }

    @Test
    void segmentedInputKeepsEveryLine() {
        Path p = TestFiles.write(dir, "seg.txt", "One.\n\nThree.\n");

        assertThat(reader.readLines(p)).containsExactly("One.", "", "Three.");
    }

    /** Windows and old Mac line ends break lines as Unix ones do; a last line needs no line end. */
    @Test
    void segmentedInputBreaksAtEveryKindOfLineEnd() {
        Path p = TestFiles.write(dir, "ends.txt", "One.\r\nTwo.\rThree.\n\nFive.");

        assertThat(reader.readLines(p)).containsExactly("One.", "Two.", "Three.", "", "Five.");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
