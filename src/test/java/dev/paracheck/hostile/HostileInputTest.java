package dev.paracheck.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.paracheck.cli.Main;
import dev.paracheck.testing.SampleDocuments;
import dev.paracheck.testing.TestFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input suite: every case runs the command line end to end (in process, {@code --no-grammar}) and gets
 * either a correct result (exit 0 or 1, reports written whole) or exit 2 with one line on standard error that
 * names the file and the problem — never a stack trace, never a leftover temporary file, never a change to the
 * reports already in the output directory. The {@code @Timeout} guards against hangs; it measures nothing.
 */
class HostileInputTest {
    private static final String SECRET = "TOPSECRET-XXE-CANARY";
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    @TempDir
    static Path root;

    /** What a case expects: a result (exit 0 or 1), or exit 2 with a message containing {@code fragment}. */
    private record Expect(boolean error, String fragment) {
        static Expect result() {
            return new Expect(false, null);
        }

        static Expect error(String fragment) {
            return new Expect(true, fragment);
        }
    }

    /** What a run gave. */
    record Run(int code, String out, String err, Path outDir) {
        String reports() throws IOException {
            StringBuilder sb = new StringBuilder();
            if (Files.isDirectory(outDir)) {
                try (Stream<Path> files = Files.walk(outDir)) {
                    for (Path f : files.filter(Files::isRegularFile).toList()) {
                        sb.append(Files.readString(f, StandardCharsets.ISO_8859_1));
                    }
                }
            }
            return sb.toString();
        }
    }

    @FunctionalInterface
    private interface Setup {
        List<String> args(Path dir, Path out) throws Exception;
    }

    @FunctionalInterface
    private interface Verify {
        void check(Run run) throws Exception;
    }

    private record Case(String name, Setup setup, Expect expect, Verify verify) {
    }

    private final List<Case> cases = new ArrayList<>();

    private void add(String name, Expect expect, Setup setup) {
        cases.add(new Case(name, setup, expect, run -> { }));
    }

    private void add(String name, Expect expect, Setup setup, Verify verify) {
        cases.add(new Case(name, setup, expect, verify));
    }

    // ---------------------------------------------------------------- inputs

    private static Path en(Path dir) throws IOException {
        return copy("pairs/library.en.txt", dir.resolve("library.en.txt"));
    }

    private static Path de(Path dir) throws IOException {
        return copy("pairs/library.de.txt", dir.resolve("library.de.txt"));
    }

    private static Path copy(String resource, Path to) throws IOException {
        Files.copy(TestFiles.resource(resource), to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return to;
    }

    private static List<String> check(Path source, Path target, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("check", source.toString(), target.toString(), "--no-grammar",
                "--format", "json,html", "--output-dir", out.toString()));
        args.addAll(List.of(more));
        return args;
    }

    private static Path bytes(Path file, byte[] content) throws IOException {
        return Files.write(file, content);
    }

    private static byte[] random(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static List<String> germanParagraphs() throws IOException {
        return SampleDocuments.paragraphs(TestFiles.resource("pairs/library.de.txt"));
    }

    /** A zip with the given entries, each written by its writer (so large entries never sit in memory). */
    private static Path zip(Path file, Map<String, EntryWriter> entries) throws IOException {
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, EntryWriter> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                e.getValue().write(z);
                z.closeEntry();
            }
        }
        return file;
    }

    @FunctionalInterface
    private interface EntryWriter {
        void write(OutputStream out) throws IOException;
    }

    private static EntryWriter text(String s) {
        return out -> out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas"
            + ".openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/"
            + "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/"
            + "xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
            + "officedocument.wordprocessingml.document.main+xml\"/></Types>";
    private static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas"
            + ".openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
            + "openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
            + "</Relationships>";
    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    /** A DOCX whose document.xml is {@code prolog + <w:document><w:body> + body + </w:body></w:document>}. */
    private static Path docx(Path file, String prolog, EntryWriter body) throws IOException {
        Map<String, EntryWriter> entries = new TreeMap<>();
        entries.put("[Content_Types].xml", text(CONTENT_TYPES));
        entries.put("_rels/.rels", text(RELS));
        entries.put("word/document.xml", out -> {
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + prolog + "<w:document " + W + "><w:body>")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(out);
            out.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        });
        return zip(file, entries);
    }

    private static final String ODT_HEAD = "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:"
            + "xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body>"
            + "<office:text>";

    private static Path odt(Path file, String prolog, EntryWriter body) throws IOException {
        Map<String, EntryWriter> entries = new java.util.LinkedHashMap<>();
        entries.put("mimetype", text("application/vnd.oasis.opendocument.text"));
        entries.put("META-INF/manifest.xml", text("<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest "
                + "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"><manifest:file-entry "
                + "manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>"));
        entries.put("content.xml", out -> {
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + prolog + ODT_HEAD).getBytes(StandardCharsets.UTF_8));
            body.write(out);
            out.write("</office:text></office:body></office:document-content>".getBytes(StandardCharsets.UTF_8));
        });
        return zip(file, entries);
    }

    private static EntryWriter repeated(String chunk, long bytes) {
        return out -> {
            byte[] b = chunk.repeat(Math.max(1, 65_536 / chunk.length())).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < bytes; written += b.length) {
                out.write(b);
            }
        };
    }

    private static Path secret(Path dir) throws IOException {
        return Files.writeString(dir.resolve("secret.txt"), SECRET + "\n");
    }

    private static String xxeDoctype(String rootElement, Path secret) {
        return "<!DOCTYPE " + rootElement + " [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
    }

    private static String laughs(String rootElement) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE " + rootElement + " [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            sb.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        return sb.append("]>").toString();
    }

    private static void noSecret(Run run) throws IOException {
        assertThat(run.reports()).doesNotContain(SECRET);
        assertThat(run.out() + run.err()).doesNotContain(SECRET);
    }

    // ---------------------------------------------------------------- the cases

    private void defineCases() {
        // files that are not there or not files
        add("missing source file", Expect.error("no such file"),
                (d, o) -> check(d.resolve("absent.txt"), de(d), o));
        add("missing target file", Expect.error("no such file"),
                (d, o) -> check(en(d), d.resolve("absent.de.txt"), o));
        add("unreadable file", Expect.error("permission denied"), (d, o) -> {
            Assumptions.assumeFalse(ROOT, "root reads every file");
            Path f = en(d);
            Files.setPosixFilePermissions(f, java.util.Set.of());
            return check(f, de(d), o);
        });
        add("a directory as source, a file as target", Expect.error("is a directory"),
                (d, o) -> check(Files.createDirectories(d.resolve("folder")), de(d), o));
        add("empty file", Expect.error("file is empty"), (d, o) -> check(bytes(d.resolve("e.txt"), new byte[0]),
                de(d), o));
        add("whitespace-only file", Expect.error("no text"),
                (d, o) -> check(Files.writeString(d.resolve("w.txt"), " \n\t\n   \n"), de(d), o));
        add("binary garbage under a .txt name", Expect.error("binary data"),
                (d, o) -> check(bytes(d.resolve("garbage.txt"), random(20_000, 1)), de(d), o));
        add("random bytes under a .docx name", Expect.error("garbage.docx"),
                (d, o) -> check(bytes(d.resolve("garbage.docx"), random(20_000, 2)), de(d), o));
        add("unknown format (.xyz, binary)", Expect.error("data.xyz"),
                (d, o) -> check(en(d), bytes(d.resolve("data.xyz"), random(5_000, 3)), o));

        // truncated and corrupt office documents and PDFs
        add("truncated DOCX", Expect.error("cannot read"), (d, o) -> {
            byte[] full = Files.readAllBytes(SampleDocuments.docx(germanParagraphs(), d.resolve("full.docx")));
            return check(en(d), bytes(d.resolve("cut.docx"), java.util.Arrays.copyOf(full, full.length / 2)), o);
        });
        add("DOCX with malformed XML", Expect.error("cannot read"), (d, o) -> check(en(d),
                docx(d.resolve("bad.docx"), "", text("<w:p><w:r><w:t>Unclosed")), o));
        add("truncated ODT", Expect.error("bad.odt"), (d, o) -> {
            byte[] full = Files.readAllBytes(SampleDocuments.odt(germanParagraphs(), d.resolve("full.odt")));
            return check(en(d), bytes(d.resolve("bad.odt"), java.util.Arrays.copyOf(full, full.length / 3)), o);
        });
        add("ODT with malformed XML", Expect.error("cannot read"), (d, o) -> check(en(d),
                odt(d.resolve("bad.odt"), "", text("<text:p>Unclosed <text:span>")), o));
        add("truncated PDF", Expect.error("cut.pdf"), (d, o) -> {
            byte[] full = Files.readAllBytes(SampleDocuments.pdf(germanParagraphs(), d.resolve("full.pdf")));
            return check(en(d), bytes(d.resolve("cut.pdf"), java.util.Arrays.copyOf(full, full.length / 2)), o);
        });
        add("PDF that is only a header", Expect.error("head.pdf"),
                (d, o) -> check(en(d), Files.writeString(d.resolve("head.pdf"), "%PDF-1.7\n%%EOF\n"), o));

        // bombs and depth
        add("zip bomb DOCX (300 MB of paragraphs)", Expect.error("zip bomb"), (d, o) -> check(en(d),
                docx(d.resolve("bomb.docx"), "", repeated("<w:p><w:r><w:t>a</w:t></w:r></w:p>", 300L << 20)), o));
        add("zip bomb ODT (900 MB of empty paragraphs)", Expect.error("zip bomb"), (d, o) -> check(en(d),
                odt(d.resolve("bomb.odt"), "", repeated("<text:p/>", 900L << 20)), o));
        add("one million HTML paragraphs", Expect.error("more than 500000 paragraphs"), (d, o) -> check(en(d),
                Files.writeString(d.resolve("many.html"), "<html><body>" + "<p>a</p>".repeat(1_000_000)
                        + "</body></html>"), o));
        add("100,000 nested HTML elements", Expect.result(), (d, o) -> {
            List<String> paras = germanParagraphs();
            String html = "<html><body>" + "<div>".repeat(100_000) + "<p>" + String.join("</p><p>", paras) + "</p>"
                    + "</div>".repeat(100_000) + "</body></html>";
            return check(en(d), Files.writeString(d.resolve("nested.html"), html), o);
        });

        // XML attacks in every XML input
        add("XXE in a DOCX", Expect.error("DOCTYPE"), (d, o) -> check(en(d), docx(d.resolve("xxe.docx"),
                xxeDoctype("w:document", secret(d)), text("<w:p><w:r><w:t>Leak: &xxe; end.</w:t></w:r></w:p>")), o),
                HostileInputTest::noSecret);
        add("billion laughs in a DOCX", Expect.error("DOCTYPE"), (d, o) -> check(en(d), docx(d.resolve("lol.docx"),
                laughs("w:document"), text("<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>")), o));
        add("XXE in an ODT", Expect.result(), (d, o) -> check(en(d), odt(d.resolve("xxe.odt"),
                xxeDoctype("office:document-content", secret(d)), text(paragraphsOdt() + "<text:p>Leak: &xxe; end."
                        + "</text:p>")), o), HostileInputTest::noSecret);
        add("billion laughs in an ODT", Expect.error("entity expansions"), (d, o) -> check(en(d),
                odt(d.resolve("lol.odt"), laughs("office:document-content"), text(paragraphsOdt()
                        + "<text:p>&lol9;</text:p>")), o));
        add("XXE in XHTML", Expect.result(), (d, o) -> check(en(d), Files.writeString(d.resolve("xxe.xhtml"),
                "<?xml version=\"1.0\"?>" + xxeDoctype("html", secret(d)) + "<html xmlns=\"http://www.w3.org/1999/"
                        + "xhtml\"><body><p>" + String.join("</p><p>", germanParagraphs()) + "</p><p>Leak: &xxe; "
                        + "end.</p></body></html>"), o), HostileInputTest::noSecret);
        add("billion laughs in XHTML", Expect.result(), (d, o) -> check(en(d), Files.writeString(
                d.resolve("lol.xhtml"), "<?xml version=\"1.0\"?>" + laughs("html") + "<html xmlns=\"http://www.w3.org/"
                        + "1999/xhtml\"><body><p>" + String.join("</p><p>", germanParagraphs()) + "</p><p>&lol9;</p>"
                        + "</body></html>"), o),
                run -> assertThat(run.reports()).doesNotContain("lollollollollollollollollollollol"));
        add("XXE in a plain XML document", Expect.result(), (d, o) -> check(en(d), Files.writeString(
                d.resolve("xxe.xml"), "<?xml version=\"1.0\"?>" + xxeDoctype("doc", secret(d)) + "<doc><p>"
                        + String.join("</p><p>", germanParagraphs()) + "</p><p>Leak: &xxe; end.</p></doc>"), o),
                HostileInputTest::noSecret);
        add("XXE in a TBX glossary", Expect.error("glossary.tbx"), (d, o) -> check(en(d), de(d), o, "--glossary",
                Files.writeString(d.resolve("glossary.tbx"), "<?xml version=\"1.0\"?>" + xxeDoctype("martif",
                        secret(d)) + "<martif><text><body><termEntry><langSet xml:lang=\"en\"><tig><term>&xxe;</term>"
                        + "</tig></langSet></termEntry></body></text></martif>").toString(), "--source-lang", "en",
                "--target-lang", "de"), HostileInputTest::noSecret);
        add("billion laughs in a TBX glossary", Expect.error("glossary.tbx"), (d, o) -> check(en(d), de(d), o,
                "--glossary", Files.writeString(d.resolve("glossary.tbx"), "<?xml version=\"1.0\"?>"
                        + laughs("martif") + "<martif><text><body><termEntry><langSet xml:lang=\"en\"><tig><term>"
                        + "&lol9;</term></tig></langSet></termEntry></body></text></martif>").toString(),
                "--source-lang", "en", "--target-lang", "de"));
        add("a Java type tag in the YAML project file", Expect.error("pc.yml"), (d, o) -> check(en(d), de(d), o,
                "--config", Files.writeString(d.resolve("pc.yml"), "fail-on: !!javax.script.ScriptEngineManager "
                        + "[!!java.net.URLClassLoader [[!!java.net.URL [\"http://example.invalid/\"]]]]\n")
                        .toString()));

        // encodings and characters
        add("invalid UTF-8 bytes", Expect.result(), (d, o) -> {
            byte[] text = Files.readAllBytes(de(d));
            byte[] bad = java.util.Arrays.copyOf(text, text.length + 4);
            bad[text.length] = (byte) 0xC3;
            bad[text.length + 1] = (byte) 0x28;
            bad[text.length + 2] = (byte) 0xFF;
            bad[text.length + 3] = '\n';
            return check(en(d), bytes(d.resolve("bad-utf8.de.txt"), bad), o);
        });
        add("UTF-8 byte order mark", Expect.result(), (d, o) -> {
            byte[] text = Files.readAllBytes(de(d));
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            b.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            b.write(text);
            return check(en(d), bytes(d.resolve("bom.de.txt"), b.toByteArray()), o);
        }, run -> assertThat(run.reports()).doesNotContain("\u00EF\u00BB\u00BF"));
        add("UTF-16 with byte order mark", Expect.result(), (d, o) -> {
            String text = Files.readString(de(d));
            return check(en(d), bytes(d.resolve("utf16.de.txt"), ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE)),
                    o);
        });
        add("NUL bytes in the text", Expect.result(), (d, o) -> check(en(d), Files.writeString(d.resolve("nul.de.txt"),
                Files.readString(de(d)).replaceFirst(" ", " \u0000")), o));
        add("mixed line ends (CRLF, CR, LF)", Expect.result(), (d, o) -> {
            List<String> lines = Files.readAllLines(de(d));
            StringBuilder sb = new StringBuilder();
            String[] ends = {"\r\n", "\r", "\n"};
            for (int i = 0; i < lines.size(); i++) {
                sb.append(lines.get(i)).append(ends[i % 3]);
            }
            return check(en(d), Files.writeString(d.resolve("ends.de.txt"), sb.toString()), o);
        });
        add("right-to-left text (Arabic source)", Expect.result(), (d, o) -> check(
                Files.writeString(d.resolve("text.ar.txt"), "مرحبا بكم في المكتبة. تفتح المكتبة في الساعة التاسعة.\n\n"
                        + "يوجد في المكتبة 1200 كتاب.\n"),
                Files.writeString(d.resolve("text.en.txt"), "Welcome to the library. The library opens at nine.\n\n"
                        + "The library holds 1200 books.\n"), o, "--source-lang", "ar", "--target-lang", "en"),
                run -> assertThat(Files.readString(run.outDir().resolve("text.ar-en.html"))).contains("dir=\"auto\"")
                        .contains("مرحبا"));
        add("CJK text (Chinese source)", Expect.result(), (d, o) -> check(
                Files.writeString(d.resolve("text.zh.txt"), "欢迎来到图书馆。图书馆九点开门。\n\n图书馆有1200本书。\n"),
                Files.writeString(d.resolve("text.en.txt"), "Welcome to the library. The library opens at nine.\n\n"
                        + "The library holds 1200 books.\n"), o, "--source-lang", "zh", "--target-lang", "en"));
        add("a language LanguageTool lacks (Vietnamese target)", Expect.result(), (d, o) -> check(en(d),
                Files.writeString(d.resolve("text.vi.txt"), "Chào mừng đến thư viện. Thư viện mở cửa lúc chín giờ.\n"),
                o, "--source-lang", "en", "--target-lang", "vi"));
        add("an unknown language code", Expect.error("--source-lang"), (d, o) -> check(en(d), de(d), o,
                "--source-lang", "xx"));

        // sizes
        add("a 50 MB text", Expect.error("characters of text"), (d, o) -> {
            Path big = d.resolve("big.txt");
            try (OutputStream out = Files.newOutputStream(big)) {
                repeated("The committee met in the town hall and approved the plan. ", 50L << 20).write(out);
            }
            return check(big, de(d), o);
        });
        add("a 1 MB sentence without punctuation", Expect.result(), (d, o) -> check(en(d), Files.writeString(
                d.resolve("long.de.txt"), Files.readString(de(d)) + "\n\n" + "wort ".repeat(200_000) + "\n"), o));
        add("200,000 one-word paragraphs", Expect.result(), (d, o) -> {
            String[] enWords = {"house", "garden", "river", "stone", "tree", "bird", "cloud", "table"};
            String[] deWords = {"Haus", "Garten", "Fluss", "Stein", "Baum", "Vogel", "Wolke", "Tisch"};
            Random r = new Random(4);
            StringBuilder s = new StringBuilder();
            StringBuilder t = new StringBuilder();
            for (int i = 0; i < 200_000; i++) {
                int k = r.nextInt(enWords.length);
                s.append(enWords[k]).append('\n');
                t.append(deWords[k]).append('\n');
            }
            return List.of("check", Files.writeString(d.resolve("words.en.txt"), s).toString(),
                    Files.writeString(d.resolve("words.de.txt"), t).toString(), "--no-grammar", "--format", "json",
                    "--output-dir", o.toString(), "--source-lang", "en", "--target-lang", "de");
        });

        // the same text twice
        add("both sides identical (the source copied as target)", Expect.result(), (d, o) -> check(en(d),
                Files.copy(en(d), d.resolve("copy.txt")), o, "--source-lang", "en", "--target-lang", "de"),
                run -> {
                    assertThat(run.code()).isEqualTo(1);
                    assertThat(run.reports()).contains("\"check\" : \"untranslated\"");
                });
        add("the same file as both sides", Expect.error("same file"), (d, o) -> check(en(d), en(d), o));

        // glossaries
        add("malformed CSV glossary", Expect.error("line 3"), (d, o) -> check(en(d), de(d), o, "--glossary",
                Files.writeString(d.resolve("g.csv"), "source,target\nlibrary,Bibliothek\n\"unclosed,x\n")
                        .toString()));
        add("malformed TBX glossary", Expect.error("g.tbx"), (d, o) -> check(en(d), de(d), o, "--glossary",
                Files.writeString(d.resolve("g.tbx"), "<martif><text><body><termEntry>").toString(),
                "--source-lang", "en", "--target-lang", "de"));
        add("missing glossary", Expect.error("no such file"), (d, o) -> check(en(d), de(d), o, "--glossary",
                d.resolve("none.csv").toString()));

        add("malformed lexicon", Expect.error("lex.txt"), (d, o) -> check(en(d), de(d), o, "--lexicon",
                Files.writeString(d.resolve("lex.txt"), "no separator on this line\n").toString()));
        add("a lexicon of the other direction (German–English for an English–German pair)", Expect.result(),
                (d, o) -> check(en(d), de(d), o, "--lexicon", Files.writeString(d.resolve("lex.tsv"),
                        "Bibliothek\tlibrary\nBuch\tbook\n").toString()));

        // the command line
        add("unknown option", Expect.error("--frobnicate"), (d, o) -> check(en(d), de(d), o, "--frobnicate"));
        add("unknown report format", Expect.error("pdf"), (d, o) -> List.of("check", en(d).toString(),
                de(d).toString(), "--format", "json,pdf", "--output-dir", o.toString()));
        add("unknown check id", Expect.error("unknown check"), (d, o) -> check(en(d), de(d), o, "--checks",
                "omision"));
        add("output directory that is a file", Expect.error("--output-dir"), (d, o) -> List.of("check",
                en(d).toString(), de(d).toString(), "--no-grammar", "--output-dir",
                Files.writeString(d.resolve("a-file"), "x").toString()));
        add("output directory not writable", Expect.error("out"), (d, o) -> {
            Assumptions.assumeFalse(ROOT, "root writes everywhere");
            Files.setPosixFilePermissions(o, java.util.Set.of(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                    java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE));
            return check(en(d), de(d), o);
        });
        add("paths with spaces and non-ASCII characters", Expect.result(), (d, o) -> {
            Path folder = Files.createDirectories(d.resolve("Übersetzung März 2025"));
            return check(copy("pairs/library.en.txt", folder.resolve("bibliothèque en.txt")),
                    copy("pairs/library.de.txt", folder.resolve("Bücherei – de.txt")), o.resolve("Berichte ü"));
        }, run -> assertThat(run.outDir().resolve("Berichte ü")).isDirectoryContaining("glob:**.html")
                .isDirectoryContaining("glob:**.json"));

        // untrusted text in the HTML report
        add("markup and javascript: links in the documents", Expect.result(), (d, o) -> {
            String evil = "<p>Click <a href=\"javascript:alert(1)\">here</a> <img src=x onerror=alert(2)> "
                    + "&lt;script&gt;alert(3)&lt;/script&gt; now.</p>";
            List<String> paras = germanParagraphs();
            return check(en(d), Files.writeString(d.resolve("evil.html"), "<html><body><p>"
                    + String.join("</p><p>", paras) + "</p>" + evil + "</body></html>"), o);
        }, run -> {
            String html;
            try (Stream<Path> files = Files.list(run.outDir())) {
                html = Files.readString(files.filter(p -> p.toString().endsWith(".html")).findFirst().orElseThrow());
            }
            assertThat(html).doesNotContain("<script>alert").doesNotContain("href=\"javascript:")
                    .doesNotContain("<img").contains("&lt;script&gt;alert(3)")
                    .contains("Content-Security-Policy");
        });

        // directory mode: one bad pair, the others complete
        add("directory mode with one corrupt pair", Expect.result(), (d, o) -> {
            Path s = Files.createDirectories(d.resolve("src"));
            Path t = Files.createDirectories(d.resolve("tgt"));
            copy("pairs/library.en.txt", s.resolve("library.txt"));
            copy("pairs/library.de.txt", t.resolve("library.txt"));
            copy("pairs/library.en.txt", s.resolve("broken.txt"));
            bytes(t.resolve("broken.txt"), random(10_000, 5));
            return List.of("check", s.toString(), t.toString(), "--no-grammar", "--format", "json",
                    "--output-dir", o.toString());
        }, run -> {
            assertThat(run.outDir().resolve("library.json")).isRegularFile();
            assertThat(Files.readString(run.outDir().resolve("paracheck.json"))).contains("broken.txt")
                    .contains("binary data");
        });
    }

    private static String paragraphsOdt() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String p : germanParagraphs()) {
            sb.append("<text:p>").append(p.replace("&", "&amp;").replace("<", "&lt;")).append("</text:p>");
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- running them

    @TestFactory
    @Timeout(value = 30, unit = java.util.concurrent.TimeUnit.MINUTES)
    Stream<DynamicTest> everyBadInputGetsAResultOrOneClearLine() {
        defineCases();
        assertThat(cases).as("the suite covers at least 40 cases").hasSizeGreaterThanOrEqualTo(40);
        return cases.stream().map(c -> dynamicTest(c.name(), () -> run(c)));
    }

    private void run(Case c) throws Exception {
        Path dir = Files.createDirectories(root.resolve(c.name().replaceAll("[^A-Za-z0-9]+", "-")));
        Path out = Files.createDirectories(dir.resolve("out"));
        Path earlier = Files.writeString(out.resolve("earlier-report.json"), "{\"kept\": true}\n");
        List<String> args = c.setup().args(dir, out);
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code = Main.commandLine().setOut(new PrintWriter(stdout, true)).setErr(new PrintWriter(stderr, true))
                .execute(args.toArray(String[]::new));
        Run run = new Run(code, stdout.toString(), stderr.toString(), out);

        assertThat(run.err()).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(Files.readString(earlier)).as("earlier reports are kept").isEqualTo("{\"kept\": true}\n");
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().endsWith(".tmp"))).as("no temporary file left")
                    .isEmpty();
        }
        if (c.expect().error()) {
            assertThat(code).as("exit code; stderr: %s", run.err()).isEqualTo(2);
            String line = run.err().strip();
            assertThat(line).as("one line").doesNotContain("\n").startsWith("paracheck: ")
                    .contains(c.expect().fragment());
            try (Stream<Path> files = Files.list(out)) {
                assertThat(files.toList()).as("nothing written on failure").containsExactly(earlier);
            }
        } else {
            assertThat(code).as("a result; stderr: %s", run.err()).isIn(0, 1);
        }
        c.verify().check(run);
    }
}
