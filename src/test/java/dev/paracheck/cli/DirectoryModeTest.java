package dev.paracheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paracheck.testing.TestFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryModeTest {
    @TempDir
    Path dir;

    private int run(StringWriter out, String... args) {
        return Main.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(new StringWriter(), true))
                .execute(args);
    }

    private Path tree() throws Exception {
        Path en = Files.createDirectories(dir.resolve("en/news"));
        Path de = Files.createDirectories(dir.resolve("de/news"));
        Files.copy(TestFiles.resource("pairs/library.en.txt"), en.resolve("library.en.txt"));
        Files.copy(TestFiles.resource("pairs/library.de.txt"), de.resolve("library.de.txt"));
        Files.copy(TestFiles.seedEnglish(), dir.resolve("en/article.txt"));
        Files.copy(TestFiles.seedGerman(), dir.resolve("de/article.txt"));
        Files.writeString(dir.resolve("en/untranslated.txt"), "This page has no German version yet.\n");
        Files.writeString(dir.resolve("en/broken.txt"), "");
        Files.writeString(dir.resolve("de/broken.txt"), "Kaputt.\n");
        Files.writeString(dir.resolve("en/.hidden.txt"), "Ignored.\n");
        return dir;
    }

    @Test
    void pairsByPathAndLanguageSuffixReportsMissingCounterpartsAndKeepsGoing() throws Exception {
        tree();
        Path out = dir.resolve("out");
        StringWriter console = new StringWriter();

        int code = run(console, "check", dir.resolve("en").toString(), dir.resolve("de").toString(), "--no-grammar",
                "--output-dir", out.toString(), "--format", "console,json,html");

        assertThat(code).isEqualTo(1);
        assertThat(out.resolve("article.html")).isRegularFile();
        assertThat(out.resolve("news/library.en-de.json")).isRegularFile();
        assertThat(out.resolve("index.html")).content().contains("news/library.en-de.html").contains("article.html")
                .contains("untranslated.txt");
        JsonNode combined = new ObjectMapper().readTree(out.resolve("paracheck.json").toFile());
        assertThat(combined.path("summary").path("pairs").asInt()).isEqualTo(2);
        assertThat(combined.path("problems").toString()).contains("untranslated.txt").contains("no counterpart")
                .contains("broken.txt").contains("file is empty");
        // each document with its path relative to the directory given, the problems named so too
        assertThat(combined.path("pairs").findValues("relative")).extracting(JsonNode::asText)
                .containsExactly("article.txt", "article.txt", "news/library.en.txt", "news/library.de.txt");
        assertThat(combined.path("pairs").get(1).path("target").path("path").asText())
                .isEqualTo(dir.resolve("de/news/library.de.txt").toString());
        assertThat(combined.path("problems").findValues("message")).extracting(JsonNode::asText)
                .contains("source untranslated.txt: no counterpart in " + dir.resolve("de"),
                        "source broken.txt: file is empty");
        assertThat(console.toString()).contains("2 pairs checked");
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.filter(p -> p.toString().endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void cleanTreeExitsZero() throws Exception {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Files.copy(TestFiles.resource("pairs/harbour.en.txt"), dir.resolve("a/harbour.en.txt"));
        Files.copy(TestFiles.resource("pairs/harbour.fr.txt"), dir.resolve("b/harbour.fr.txt"));

        assertThat(run(new StringWriter(), "check", dir.resolve("a").toString(), dir.resolve("b").toString(),
                "--no-grammar", "--output-dir", dir.resolve("out").toString())).isZero();
    }

    @Test
    void symbolicLinksAreNotFollowed() throws Exception {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Path outside = Files.writeString(dir.resolve("secret.txt"), "Secret text outside the tree.\n");
        Files.createSymbolicLink(dir.resolve("a/link.txt"), outside);
        Files.createSymbolicLink(dir.resolve("b/link.txt"), outside);
        StringWriter console = new StringWriter();

        run(console, "check", dir.resolve("a").toString(), dir.resolve("b").toString(), "--no-grammar",
                "--output-dir", dir.resolve("out").toString());

        assertThat(console.toString()).contains("0 pairs checked");
    }

    @Test
    void noTwoOutputsOfARunShareAPath() throws Exception {
        Path en = Files.createDirectories(dir.resolve("en"));
        Path de = Files.createDirectories(dir.resolve("de"));
        // index.md would write index.html (the combined index), paracheck.md paracheck.json (the combined JSON),
        // page.md and page.txt both page.html; Page.txt in a folder beside page.txt differs only in case.
        for (String name : List.of("index.md", "paracheck.md", "page.md", "page.txt", "sub/page.txt",
                "sub/Page.rst")) {
            Files.createDirectories(en.resolve(name).getParent());
            Files.createDirectories(de.resolve(name).getParent());
            Files.copy(TestFiles.resource("pairs/harbour.en.txt"), en.resolve(name));
            Files.copy(TestFiles.resource("pairs/harbour.fr.txt"), de.resolve(name));
        }
        Path out = dir.resolve("out");
        StringWriter console = new StringWriter();

        run(console, "check", en.toString(), de.toString(), "--no-grammar", "--output-dir", out.toString(),
                "--format", "console,json,html,sarif");

        assertThat(console.toString()).contains("6 pairs checked").contains("wrote 21 reports");
        try (Stream<Path> all = Files.walk(out)) {
            assertThat(all.filter(Files::isRegularFile).map(p -> out.relativize(p).toString().replace('\\', '/'))
                    .sorted()).containsExactly("index.html", "index.md.html", "index.md.json", "index.md.sarif",
                    "page.md.html", "page.md.json", "page.md.sarif", "page.txt.html", "page.txt.json",
                    "page.txt.sarif", "paracheck.json", "paracheck.md.html", "paracheck.md.json",
                    "paracheck.md.sarif", "paracheck.sarif", "sub/Page.rst.html", "sub/Page.rst.json",
                    "sub/Page.rst.sarif", "sub/page.txt.html", "sub/page.txt.json", "sub/page.txt.sarif");
        }
        String index = Files.readString(out.resolve("index.html"));
        for (String page : List.of("index.md.html", "paracheck.md.html", "page.md.html", "page.txt.html",
                "sub/page.txt.html", "sub/Page.rst.html")) {
            assertThat(index).contains("href=\"" + page + "\"");
            assertThat(out.resolve(page)).content().contains("<html");
        }
        assertThat(new ObjectMapper().readTree(out.resolve("paracheck.json").toFile()).path("summary").path("pairs")
                .asInt()).isEqualTo(6);
    }

    @Test
    void aSourceTreeBeforeGivesStaleFindingsForThePagesItHolds() throws Exception {
        Path en = Files.createDirectories(dir.resolve("en"));
        Path de = Files.createDirectories(dir.resolve("de"));
        Path before = Files.createDirectories(dir.resolve("en-before"));
        List<String> english = TestFiles.lines(TestFiles.resource("pairs/library.en.txt"));
        List<String> changed = new java.util.ArrayList<>(english);
        changed.set(4, changed.get(4).replace("420,000", "450,000"));
        TestFiles.writeLines(en, "library.txt", changed);
        TestFiles.writeLines(before, "library.txt", english);
        Files.copy(TestFiles.resource("pairs/library.de.txt"), de.resolve("library.txt"));
        Files.copy(TestFiles.resource("pairs/harbour.en.txt"), en.resolve("harbour.txt"));
        Files.copy(TestFiles.resource("pairs/harbour.fr.txt"), de.resolve("harbour.txt"));
        Path out = dir.resolve("out");

        int code = run(new StringWriter(), "check", en.toString(), de.toString(), "--source-before", before.toString(),
                "--no-grammar", "--format", "json", "--output-dir", out.toString(), "--fail-on", "warning");

        assertThat(code).isEqualTo(1);
        JsonNode pairs = new ObjectMapper().readTree(out.resolve("paracheck.json").toFile()).path("pairs");
        assertThat(pairs.toString()).contains("\"check\":\"outdated\"").contains("[-420-]{+450+}");
        assertThat(pairs.toString()).doesNotContain("\"check\":\"missing-new\"")
                .doesNotContain("\"check\":\"obsolete\"");
    }

    @Test
    void emptyDirectoriesHaveNoPairs() {
        assertThat(dev.paracheck.pipeline.PairFinder.find(dir, dir)).isEmpty();
    }
}
