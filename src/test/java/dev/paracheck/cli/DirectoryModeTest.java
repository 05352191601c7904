package dev.paracheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paracheck.testing.TestFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
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

    /** A Markdown page of the paragraphs of a one-paragraph-a-line resource, blank lines between them. */
    private static void page(Path file, List<String> paragraphs) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n\n", paragraphs) + "\n");
    }

    /**
     * Two trees, each with {@code a/index.md} (the library article, a number changed in the translation) and
     * {@code b/index.md} (the harbour article, a paragraph left untranslated out): two pages of one name.
     */
    private Path[] twoIndexPages() throws Exception {
        Path en = dir.resolve("site/en");
        Path de = dir.resolve("site/de");
        page(en.resolve("a/index.md"), TestFiles.lines(TestFiles.resource("pairs/library.en.txt")));
        List<String> library = new ArrayList<>(TestFiles.lines(TestFiles.resource("pairs/library.de.txt")));
        library.replaceAll(l -> l.replace("420.000", "450.000"));
        page(de.resolve("a/index.md"), library);
        page(en.resolve("b/index.md"), TestFiles.lines(TestFiles.resource("pairs/harbour.en.txt")));
        List<String> harbour = new ArrayList<>(TestFiles.lines(TestFiles.resource("pairs/harbour.fr.txt")));
        harbour.remove(4);
        page(de.resolve("b/index.md"), harbour);
        return new Path[] {en, de};
    }

    /** The file each finding line of the console names: {@code source a/index.md line 3: …} gives a/index.md. */
    private static final Pattern LOCATION = Pattern.compile("^  (?:error|warning|info)\\s+\\S+\\s+(?:source|target) (\\S+) "
            + "(?:line|paragraph) \\d+: ", Pattern.MULTILINE);

    @Test
    void everyReportOfATreeNamesThePagesByTheirRelativePaths() throws Exception {
        Path[] trees = twoIndexPages();
        Path out = dir.resolve("out");
        StringWriter console = new StringWriter();

        run(console, "check", trees[0].toString(), trees[1].toString(), "--no-grammar", "--output-dir", out.toString(),
                "--format", "console,html,json,sarif,junit,md,tsv", "--fail-on", "never");

        // the console: the roots once, then each pair and each finding named by its relative path
        String text = console.toString();
        assertThat(text).startsWith("source directory: " + trees[0] + "\ntarget directory: " + trees[1] + "\n")
                .contains("a/index.md (en, ").contains("  -> a/index.md (de, ")
                .contains("b/index.md (en, ").contains("  -> b/index.md (fr, ");
        List<String> named = new ArrayList<>();
        Matcher m = LOCATION.matcher(text);
        while (m.find()) {
            named.add(m.group(1));
        }
        assertThat(named).as(text).contains("a/index.md", "b/index.md").containsOnly("a/index.md", "b/index.md");
        assertThat(text).doesNotContainPattern("(?m)^(  -> )?index\\.md").doesNotContain(" index.md line")
                .doesNotContain(trees[0].resolve("a").toString());

        // the combined SARIF: directories given as absolute paths give absolute file URIs, never a bare name
        JsonNode run = new ObjectMapper().readTree(out.resolve("paracheck.sarif").toFile()).path("runs").get(0);
        List<JsonNode> locations = run.path("results").findValues("artifactLocation");
        assertThat(locations).hasSizeGreaterThan(1).allSatisfy(l -> {
            assertThat(l.path("uri").asText()).startsWith("file:///").endsWith("/index.md");
            assertThat(l.has("uriBaseId")).isFalse();
        });
        assertThat(locations).extracting(l -> l.path("uri").asText()).allMatch(u -> u.endsWith("/a/index.md")
                || u.endsWith("/b/index.md")).anyMatch(u -> u.endsWith("/a/index.md"))
                .anyMatch(u -> u.endsWith("/b/index.md"));

        // index.html: the roots once, the pages by relative path, the links to their own reports working
        org.jsoup.nodes.Document index = Jsoup.parse(out.resolve("index.html").toFile());
        assertThat(index.selectFirst("p.roots").text()).contains(trees[0].toString()).contains(trees[1].toString());
        for (Element row : index.select("#pairs tbody tr")) {
            String page = row.child(0).text();
            assertThat(page).isIn("a/index.md", "b/index.md");
            assertThat(row.child(1).text()).isEqualTo(page);
            assertThat(row.attr("data-path")).isEqualTo(page + "\n" + page);
            String href = row.selectFirst("a").attr("href");
            assertThat(href).isEqualTo(page.replace(".md", ".html"));
            assertThat(out.resolve(href)).content().contains(trees[0].resolve(page).toString());
        }
        assertThat(index.select("#pairs tbody tr")).hasSize(2);

        // JUnit, Markdown, TSV: relative names; the JSON keeps its paths and adds the relative ones
        assertThat(out.resolve("paracheck.junit.xml")).content().contains("name=\"a/index.md -&gt; a/index.md\"")
                .contains("classname=\"b/index.md\"").doesNotContain(trees[0].toString());
        assertThat(out.resolve("paracheck.md")).content().contains("| a/index.md (en) | a/index.md (de) |")
                .contains("### b/index.md").contains("Source directory: " + trees[0]);
        List<String> tsv = Files.readAllLines(out.resolve("paracheck.tsv"));
        assertThat(tsv.subList(1, tsv.size())).isNotEmpty().allSatisfy(l -> assertThat(l)
                .matches("([ab])/index\\.md\t\\1/index\\.md\t.*"));
        JsonNode pairs = new ObjectMapper().readTree(out.resolve("paracheck.json").toFile()).path("pairs");
        assertThat(pairs.get(0).path("source").path("path").asText())
                .isEqualTo(trees[0].resolve("a/index.md").toString());
        assertThat(pairs.get(0).path("source").path("relative").asText()).isEqualTo("a/index.md");
        assertThat(pairs.get(1).path("target").path("relative").asText()).isEqualTo("b/index.md");
        // a pair's own reports keep the paths it was read from
        assertThat(out.resolve("a/index.junit.xml")).content()
                .contains("name=\"" + trees[0].resolve("a/index.md") + " -&gt; " + trees[1].resolve("a/index.md"));
    }

    @Test
    void aTreeOfTargetsAloneNamesThemByTheirRelativePaths() throws Exception {
        Path de = twoIndexPages()[1];
        Files.writeString(de.resolve("a/index.md"), "\nThe library is open every day of the week, and members may "
                + "borrow up to twenty books, films and games at a time without paying anything.\n",
                java.nio.file.StandardOpenOption.APPEND);
        Path out = dir.resolve("out");
        StringWriter console = new StringWriter();

        run(console, "check", de.toString(), "--no-grammar", "--output-dir", out.toString(),
                "--format", "console,html,sarif", "--fail-on", "never");

        String text = console.toString();
        assertThat(text).startsWith("target directory: " + de + " (checked without sources)\n")
                .contains("\na/index.md (de, ").contains("\nb/index.md (fr, ").contains("target a/index.md line 21: ")
                .doesNotContain(" index.md line");
        JsonNode run = new ObjectMapper().readTree(out.resolve("paracheck.sarif").toFile()).path("runs").get(0);
        assertThat(run.path("results").findValues("artifactLocation")).allSatisfy(l ->
                assertThat(l.path("uri").asText()).isIn(de.resolve("a/index.md").toUri().toString(),
                        de.resolve("b/index.md").toUri().toString()));
        org.jsoup.nodes.Document index = Jsoup.parse(out.resolve("index.html").toFile());
        assertThat(index.select("#pairs tbody tr")).extracting(r -> r.child(1).text())
                .containsExactlyInAnyOrder("a/index.md", "b/index.md");
        assertThat(index.selectFirst("p.roots").text()).contains(de.toString());
    }

    @Test
    void emptyDirectoriesHaveNoPairs() {
        assertThat(dev.paracheck.pipeline.PairFinder.find(dir, dir)).isEmpty();
    }
}
