package dev.paracheck.report;

import static dev.paracheck.testing.Fixtures.document;
import static dev.paracheck.testing.Fixtures.link;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paracheck.internal.InputException;
import dev.paracheck.model.Alignment;
import dev.paracheck.model.DiffOp;
import dev.paracheck.model.Document;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Link;
import dev.paracheck.model.Location;
import dev.paracheck.model.PairResult;
import dev.paracheck.model.Report;
import dev.paracheck.model.Severity;
import dev.paracheck.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportersTest {
    private static final Document EN = document("docs/en.txt", "en",
            new String[] {"Hello <script>alert('x')</script> world.", "Second & last."}, new String[] {"Gone."});
    private static final Document DE = document("docs/de.txt", "de",
            new String[] {"Hallo Welt.", "Zweiter \"und\" letzter."});
    private static final Alignment ALIGNMENT = new Alignment(
            List.of(new Link(List.of(0), List.of(0), false, 0.9), new Link(List.of(1), List.of(), false, 0.7)),
            List.of(link(List.of(0), List.of(0)), link(List.of(1), List.of(1)), new Link(List.of(2), List.of(), false, 0.6)),
            Fixtures.PARALLEL);
    private static final Finding OMISSION = new Finding("omission", Severity.ERROR,
            "Source sentence 3 has no counterpart in the target: \"Gone.\"", Location.ofSentences(EN, List.of(2)), null);
    private static final Report REPORT = new Report("9.9.9", List.of(new PairResult(EN, DE, ALIGNMENT, List.of(OMISSION))),
            List.of());

    @TempDir
    Path dir;

    @Test
    void jsonFollowsTheSchemaOfTheProductSpec() throws Exception {
        JsonNode root = new ObjectMapper().readTree(ReportFiles.render(new JsonReporter(), REPORT));

        assertThat(root.path("tool").path("name").asText()).isEqualTo("paracheck");
        assertThat(root.path("tool").path("version").asText()).isEqualTo("9.9.9");
        JsonNode pair = root.path("pairs").get(0);
        assertThat(pair.path("source").path("path").asText()).isEqualTo(Path.of("docs/en.txt").toString());
        assertThat(pair.path("source").path("lang").asText()).isEqualTo("en");
        assertThat(pair.path("source").path("paragraphs").asInt()).isEqualTo(2);
        assertThat(pair.path("source").path("sentences").asInt()).isEqualTo(3);
        assertThat(pair.path("alignment")).hasSize(3);
        assertThat(pair.path("alignment").get(2).path("type").asText()).isEqualTo("1-0");
        assertThat(pair.path("alignment").get(2).path("target").isArray()).isTrue();
        assertThat(pair.path("alignment").get(0).path("score").asDouble()).isEqualTo(0.9);
        JsonNode f = pair.path("findings").get(0);
        assertThat(f.path("check").asText()).isEqualTo("omission");
        assertThat(f.path("severity").asText()).isEqualTo("error");
        assertThat(f.path("source").path("sentences").get(0).asInt()).isEqualTo(2);
        assertThat(f.path("source").path("paragraph").asInt()).isEqualTo(1);
        assertThat(f.path("source").path("line").asInt()).isEqualTo(2);
        assertThat(f.path("source").path("text").asText()).isEqualTo("Gone.");
        assertThat(f.path("target").isNull()).isTrue();
        assertThat(root.path("summary").path("pairs").asInt()).isEqualTo(1);
        assertThat(root.path("summary").path("error").asInt()).isEqualTo(1);
        assertThat(root.path("summary").path("warning").asInt()).isZero();
        assertThat(root.path("summary").path("info").asInt()).isZero();
    }

    @Test
    void sarifHasRulesResultsAndLocationsInTheRightFile() throws Exception {
        Report report = new Report("1.0", REPORT.pairs(), List.of(new dev.paracheck.model.CheckDescriptor("omission",
                "Omitted text", "A source sentence with no counterpart.", Severity.ERROR)));

        JsonNode run = new ObjectMapper().readTree(ReportFiles.render(new SarifReporter(), report)).path("runs").get(0);

        assertThat(run.path("tool").path("driver").path("name").asText()).isEqualTo("paracheck");
        assertThat(run.path("tool").path("driver").path("rules").get(0).path("id").asText()).isEqualTo("omission");
        assertThat(run.path("tool").path("driver").path("rules").get(0).path("name").asText()).isEqualTo("OmittedText");
        assertThat(run.path("tool").path("driver").path("rules").get(0).path("help").path("text").asText())
                .isEqualTo("Omitted text (omission): A source sentence with no counterpart.");
        assertThat(SarifReporter.ruleName("Not a translation")).isEqualTo("NotATranslation");
        assertThat(SarifReporter.ruleName("Name or code mismatch")).isEqualTo("NameOrCodeMismatch");
        JsonNode result = run.path("results").get(0);
        assertThat(result.path("ruleId").asText()).isEqualTo("omission");
        assertThat(result.path("ruleIndex").asInt()).isZero();
        assertThat(result.path("level").asText()).isEqualTo("error");
        JsonNode physical = result.path("locations").get(0).path("physicalLocation");
        assertThat(physical.path("artifactLocation").path("uri").asText()).isEqualTo("docs/en.txt");
        assertThat(physical.path("region").path("startLine").asInt()).isEqualTo(2);
        assertThat(SarifReporter.uri(Path.of("a dir", "ü.txt"))).isEqualTo("a%20dir/%C3%BC.txt");
    }

    @Test
    void wordDiffsAreMarkedUpFromTheTypedDiffOtherMessagesEscaped() {
        dev.paracheck.model.Location at = new dev.paracheck.model.Location(List.of(0), 0, 1, "x");
        List<DiffOp> diff = List.of(new DiffOp(DiffOp.Op.EQUAL, "grown to "), new DiffOp(DiffOp.Op.DELETE, "420"),
                new DiffOp(DiffOp.Op.INSERT, "450"), new DiffOp(DiffOp.Op.EQUAL, " <b>"));
        assertThat(FindingView.message(new Finding("outdated", Severity.WARNING,
                "The source changed since the translation: " + DiffOp.flatten(diff), at, at).withDiff(diff)))
                .isEqualTo("The source changed since the translation: grown to <del>420</del><ins>450</ins> &lt;b&gt;");
        assertThat(FindingView.message(new Finding("outdated", Severity.WARNING, "The source changed.", at, at)
                .withDiff(diff))).as("a message that does not quote the diff: the diff after it")
                .isEqualTo("The source changed.<span class=\"diff\">grown to <del>420</del><ins>450</ins> &lt;b&gt;"
                        + "</span>");
        assertThat(FindingView.message(new Finding("outdated", Severity.WARNING,
                "grown to [-420-]{+450+}", at, at))).as("a message is never parsed")
                .isEqualTo("grown to [-420-]{+450+}");
        assertThat(FindingView.message(new Finding("number", Severity.WARNING,
                "Numbers differ: [-1-]", at, at))).isEqualTo("Numbers differ: [-1-]");
    }

    @Test
    void junitAndTmxAreWellFormedXml() throws Exception {
        Report report = new Report("1.0", REPORT.pairs(), List.of(new dev.paracheck.model.CheckDescriptor("omission",
                "Omitted text", "x", Severity.ERROR)), Severity.ERROR);
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);

        var junit = factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(
                new java.io.StringReader(ReportFiles.render(new JUnitReporter(), report))));
        var tmx = factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(
                new java.io.StringReader(ReportFiles.render(new TmxReporter(), report))));

        assertThat(junit.getDocumentElement().getAttribute("failures")).isEqualTo("1");
        assertThat(junit.getElementsByTagName("failure").item(0).getTextContent()).contains("Gone.");
        assertThat(tmx.getElementsByTagName("tu").getLength()).isEqualTo(2);
        assertThat(tmx.getElementsByTagName("seg").item(0).getTextContent())
                .isEqualTo("Hello <script>alert('x')</script> world.");
    }

    @Test
    void junitHasNoFailureWhenFailOnIsNever() {
        Report report = new Report("1.0", REPORT.pairs(), List.of(new dev.paracheck.model.CheckDescriptor("omission",
                "Omitted text", "x", Severity.ERROR)), null);

        assertThat(ReportFiles.render(new JUnitReporter(), report)).doesNotContain("<failure").contains("<system-out>");
    }

    @Test
    void markdownAndTsvNeutraliseTheirSeparators() {
        String md = ReportFiles.render(new MarkdownReporter(), REPORT);
        String tsv = ReportFiles.render(new TsvReporter(), REPORT);

        assertThat(md).startsWith("## paracheck: 1 error(s)").contains("| docs/en.txt (en) |")
                .contains("- **error** `omission` line 2: Source sentence 3");
        assertThat(MarkdownReporter.cell("a|b<c>")).isEqualTo("a\\|b&lt;c&gt;");
        assertThat(tsv.lines()).hasSize(2);
        assertThat(tsv.lines().skip(1).findFirst().orElseThrow().split("\t", -1)).hasSize(TsvReporter.columns().size());
    }

    @Test
    void ladderIsOneLinkALine() {
        assertThat(ReportFiles.render(new LadderReporter(), REPORT)).isEqualTo("[0]:[0]\n[1]:[1]\n[2]:[]\n");
    }

    @Test
    void htmlEscapesDocumentTextAndForbidsScripts() {
        String html = ReportFiles.render(new HtmlReporter(), REPORT);

        assertThat(html).doesNotContain("<script>alert");
        assertThat(html).contains("Hello &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; world.");
        assertThat(html).contains("Zweiter &quot;und&quot; letzter.");
        assertThat(html).contains("Content-Security-Policy").contains("default-src 'none'");
        assertThat(html).doesNotContain("http://").doesNotContain("https://");
        assertThat(html).contains("id=\"p0-l2\"").contains("href=\"#p0-f0\"").contains("<tr class=\"finding\" id=\"p0-f0\"");
        assertThat(html).contains("script-src '" + HtmlReporter.scriptHash() + "'");
        assertThat(html).containsPattern("<tr id=\"p0-l2\" class=\"[^\"]*sev-error");
    }

    /** Every row says on which line of each file its text starts, as the console and the messages count lines. */
    @Test
    void everyAlignmentRowNamesItsLines() {
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(ReportFiles.render(new HtmlReporter(), REPORT));

        assertThat(page.select("table.align tr[id] span.ln")).extracting(org.jsoup.nodes.Element::text)
                .containsExactly("L1 · L1", "L1 · L1", "L2 · –");
    }

    @Test
    void movedTextIsShownOnBothSidesAndLinkedAndDiffsAreMarkedUp() {
        Document en = document("en.txt", "en", new String[] {"A."}, new String[] {"B."}, new String[] {"C."});
        Document de = document("de.txt", "de", new String[] {"A."}, new String[] {"C."}, new String[] {"B."});
        Alignment a = new Alignment(List.of(), List.of(link(List.of(0), List.of(0)),
                new Link(List.of(1), List.of(2), true, 0.8), link(List.of(2), List.of(1))), Fixtures.PARALLEL);
        List<DiffOp> ops = List.of(new DiffOp(DiffOp.Op.DELETE, "alt"), new DiffOp(DiffOp.Op.INSERT, "neu"),
                new DiffOp(DiffOp.Op.EQUAL, " <b>"));
        Finding diff = new Finding("inconsistent-translation", Severity.WARNING, "differs: " + DiffOp.flatten(ops),
                Location.ofSentences(en, List.of(2)), Location.ofSentences(de, List.of(1))).withDiff(ops);
        String html = ReportFiles.render(new HtmlReporter(),
                new Report("1", List.of(new PairResult(en, de, a, List.of(diff))), List.of()));

        assertThat(html).contains("<tr id=\"p0-t1\" class=\"moved-here\">")
                .contains("href=\"#p0-t1\"").contains("href=\"#p0-l1\"");
        assertThat(html.indexOf("id=\"p0-t1\"")).as("the moved target stands after target sentence C")
                .isGreaterThan(html.indexOf("id=\"p0-l2\""));
        assertThat(html).contains("differs: <del>alt</del><ins>neu</ins> &lt;b&gt;");
    }

    @Test
    void consoleSummarisesAndListsFindings() {
        String text = ReportFiles.render(new ConsoleReporter(), REPORT);

        assertThat(text).contains("en.txt (en, 2 paragraphs, 3 sentences)");
        assertThat(text).contains("error   omission     source line 2: Source sentence 3 has no counterpart");
        assertThat(text).endsWith("1 pair checked: 1 error, 0 warnings, 0 info\n");
    }

    @Test
    void formatNamesAreParsedAndUnknownOnesRejected() {
        assertThat(Reporters.parse(List.of("json", " html", "json"))).extracting(Reporter::format)
                .containsExactly("json", "html");
        assertThatThrownBy(() -> Reporters.parse(List.of("pdf"))).isInstanceOf(InputException.class)
                .hasMessageStartingWith("--format: unknown format 'pdf'");
    }

    @Test
    void writesAllReportsAndLeavesNoTemporaryFile() throws Exception {
        List<Path> written = ReportFiles.write(REPORT, List.of(new JsonReporter(), new HtmlReporter()), dir, "pair");

        assertThat(written).containsExactly(dir.resolve("pair.json"), dir.resolve("pair.html"));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("pair.json", "pair.html");
        }
    }

    @Test
    void aFailingRenderLeavesTheOldReportAlone() throws Exception {
        Path old = Files.writeString(dir.resolve("pair.json"), "{\"old\": true}");
        Reporter broken = new Reporter() {
            @Override
            public String format() {
                return "broken";
            }

            @Override
            public String extension() {
                return "broken";
            }

            @Override
            public void write(Report report, java.io.Writer out) {
                throw new IllegalStateException("boom");
            }
        };

        assertThatThrownBy(() -> ReportFiles.write(REPORT, List.of(new JsonReporter(), broken), dir, "pair"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(Files.readString(old)).isEqualTo("{\"old\": true}");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(old);
        }
    }
}
