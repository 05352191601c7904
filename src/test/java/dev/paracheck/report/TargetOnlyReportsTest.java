package dev.paracheck.report;

import static dev.paracheck.testing.Fixtures.document;
import static dev.paracheck.testing.Fixtures.link;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.paracheck.model.Alignment;
import dev.paracheck.model.CheckDescriptor;
import dev.paracheck.model.Document;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Link;
import dev.paracheck.model.Location;
import dev.paracheck.model.PairResult;
import dev.paracheck.model.Report;
import dev.paracheck.model.Severity;
import dev.paracheck.testing.Fixtures;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/**
 * Every writer on a target checked without its source ({@link PairResult#targetOnly}), alone and beside a pair
 * with a source: no source anywhere, the findings located in the target, the pair with a source unchanged.
 */
class TargetOnlyReportsTest {
    private static final String TARGET_PATH = Path.of("docs/de/page.txt").toString();
    private static final Document DE = document("docs/de/page.txt", "de",
            new String[] {"Die Fähre fährt um 9 Uhr ab.", "Sie ist schnel."},
            new String[] {"Ein Zusatz <script>alert('x')</script> & mehr."},
            new String[] {"Kinder reisen kostenlos."});
    private static final List<Finding> FINDINGS = List.of(
            new Finding("grammar", Severity.WARNING, "Possible spelling mistake: \"schnel\"", null,
                    Location.ofSentences(DE, List.of(1))),
            new Finding("wrong-language", Severity.INFO, "Paragraph 2 reads as neither language", null,
                    Location.ofSentences(DE, List.of(2))),
            new Finding("glossary", Severity.ERROR, "Forbidden term used: \"kostenlos\"", null,
                    Location.ofSentences(DE, List.of(3))));
    private static final PairResult TARGET_ONLY = PairResult.targetOnly(DE, FINDINGS);
    private static final List<CheckDescriptor> CHECKS = List.of(
            new CheckDescriptor("grammar", "Grammar", "LanguageTool on the target.", Severity.WARNING),
            new CheckDescriptor("wrong-language", "Wrong language", "A paragraph in neither language.", Severity.INFO),
            new CheckDescriptor("glossary", "Glossary", "An approved term not used.", Severity.WARNING),
            new CheckDescriptor("omission", "Omitted text", "A source sentence with no counterpart.",
                    Severity.WARNING));
    /** The target checked alone, as the only pair of its report. */
    static final Report ALONE = new Report("9.9.9", List.of(TARGET_ONLY), CHECKS, Severity.ERROR);

    private static final Document EN2 = document("docs/en/other.txt", "en", new String[] {"One."},
            new String[] {"Two."});
    private static final Document DE2 = document("docs/de/other.txt", "de", new String[] {"Eins."});
    private static final PairResult WITH_SOURCE = new PairResult(EN2, DE2,
            new Alignment(List.of(link(List.of(0), List.of(0))),
                    List.of(link(List.of(0), List.of(0)), new Link(List.of(1), List.of(), false, 0.7)),
                    Fixtures.PARALLEL),
            List.of(new Finding("omission", Severity.WARNING, "Source sentence 2 has no counterpart: \"Two.\"",
                    Location.ofSentences(EN2, List.of(1)), null)));
    /** The target checked alone first, so that no writer can take the first pair for one with a source. */
    private static final Report MIXED = new Report("9.9.9", List.of(TARGET_ONLY, WITH_SOURCE), CHECKS, Severity.ERROR);
    private static final Report SOURCE_ONLY = new Report("9.9.9", List.of(WITH_SOURCE), CHECKS, Severity.ERROR);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SARIF_SCHEMA = Path.of("target/sarif-schema/package/lib/schemas/sarif-2.1.0-rtm.5.json");

    @Test
    void jsonHasNoSourceMemberAndEmptyAlignments() throws Exception {
        JsonNode root = JSON.readTree(ReportFiles.render(new JsonReporter(), ALONE));
        JsonNode pair = root.path("pairs").get(0);

        assertThat(pair.has("source")).isFalse();
        assertThat(pair.path("target").path("path").asText()).isEqualTo(TARGET_PATH);
        assertThat(pair.path("target").path("lang").asText()).isEqualTo("de");
        assertThat(pair.path("target").path("paragraphs").asInt()).isEqualTo(3);
        assertThat(pair.path("target").path("sentences").asInt()).isEqualTo(4);
        assertThat(pair.path("alignment").isArray()).isTrue();
        assertThat(pair.path("alignment")).isEmpty();
        assertThat(pair.path("paragraphAlignment").isArray()).isTrue();
        assertThat(pair.path("paragraphAlignment")).isEmpty();
        assertThat(pair.path("findings")).hasSize(3).allSatisfy(f -> assertThat(f.has("source")).isFalse());
        List<String> checks = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        pair.path("findings").forEach(f -> {
            checks.add(f.path("check").asText());
            lines.add(f.path("target").path("line").asInt());
        });
        assertThat(checks).containsExactly("grammar", "wrong-language", "glossary");
        assertThat(lines).containsExactly(1, 2, 3);
        JsonNode wrongLanguage = pair.path("findings").get(1).path("target");
        assertThat(wrongLanguage.path("sentences").get(0).asInt()).isEqualTo(2);
        assertThat(wrongLanguage.path("paragraph").asInt()).isEqualTo(1);
        assertThat(wrongLanguage.path("text").asText()).isEqualTo("Ein Zusatz <script>alert('x')</script> & mehr.");
        assertThat(root.path("summary").path("error").asInt()).isEqualTo(1);
        assertThat(root.path("summary").path("warning").asInt()).isEqualTo(1);
        assertThat(root.path("summary").path("info").asInt()).isEqualTo(1);
    }

    @Test
    void jsonOfAPairWithASourceIsTheSameBesideATargetCheckedAlone() throws Exception {
        JsonNode mixed = JSON.readTree(ReportFiles.render(new JsonReporter(), MIXED)).path("pairs");
        JsonNode alone = JSON.readTree(ReportFiles.render(new JsonReporter(), SOURCE_ONLY)).path("pairs");

        assertThat(mixed).hasSize(2);
        assertThat(mixed.get(0).has("source")).isFalse();
        assertThat(mixed.get(1)).isEqualTo(alone.get(0));
        assertThat(mixed.get(1).path("findings").get(0).has("target")).isTrue();
        assertThat(mixed.get(1).path("findings").get(0).path("target").isNull()).isTrue();
    }

    @Test
    void htmlShowsTheTargetInOneColumnWithTheFindingsInPlace() {
        org.jsoup.nodes.Document html = Jsoup.parse(ReportFiles.render(new HtmlReporter(), ALONE));
        Element section = html.selectFirst("section#p0");

        assertThat(html.title()).isEqualTo("paracheck report: target checked without its source");
        assertThat(section).isNotNull();
        assertThat(section.selectFirst("h2").text()).isEqualTo(TARGET_PATH + " · target checked without its source");
        assertThat(section.select("table.align")).as("no alignment table").isEmpty();
        assertThat(section.text()).doesNotContain("mean score").doesNotContain("sentence links")
                .doesNotContain("source (");
        assertThat(section.select("table.meta tr")).extracting(e -> e.child(0).text())
                .containsExactly("", "target");
        Element text = section.selectFirst("table.target-only");
        assertThat(text.select("th")).extracting(Element::text).containsExactly("#", "target (de)");
        Elements paragraphs = text.select("tr.para");
        assertThat(paragraphs).extracting(e -> e.id()).containsExactly("p0-para0", "p0-para1", "p0-para2");
        assertThat(paragraphs).allSatisfy(r -> assertThat(r.select("td.text")).hasSize(1));
        assertThat(paragraphs).extracting(e -> e.selectFirst("td.text").text()).containsExactly(
                "Die Fähre fährt um 9 Uhr ab. Sie ist schnel.", "Ein Zusatz <script>alert('x')</script> & mehr.",
                "Kinder reisen kostenlos.");
    }

    @Test
    void htmlEscapesTheTargetText() {
        String html = ReportFiles.render(new HtmlReporter(), ALONE);

        assertThat(html).doesNotContain("<script>alert");
        assertThat(html).contains("Ein Zusatz &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; mehr.");
        assertThat(html).contains("Possible spelling mistake: &quot;schnel&quot;");
        assertThat(Jsoup.parse(html).select("script")).as("only the page's own script").hasSize(1);
    }

    @Test
    void htmlMarksEachFindingOnItsParagraphAndSentence() {
        org.jsoup.nodes.Document html = Jsoup.parse(ReportFiles.render(new HtmlReporter(), ALONE));
        Elements rows = html.select("table.target-only tr");

        assertThat(rows).extracting(e -> e.id()).containsExactly("", "p0-para0", "p0-f0", "p0-para1", "p0-f1",
                "p0-para2", "p0-f2");
        assertThat(html.getElementById("p0-para0").classNames()).containsExactlyInAnyOrder("para", "sev-warning");
        assertThat(html.getElementById("p0-para1").classNames()).containsExactlyInAnyOrder("para", "sev-info");
        assertThat(html.getElementById("p0-para2").classNames()).containsExactlyInAnyOrder("para", "sev-error");
        assertThat(html.select("#p0-para0 mark")).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("Sie ist schnel.");
            assertThat(m.classNames()).containsExactly("sev-warning");
        });
        Element glossary = html.getElementById("p0-f2");
        assertThat(glossary.classNames()).contains("finding");
        assertThat(glossary.attr("data-check")).isEqualTo("glossary");
        assertThat(glossary.attr("data-severity")).isEqualTo("error");
        assertThat(glossary.text()).contains("Forbidden term used: \"kostenlos\"");
        assertThat(html.select("ol.findings li a")).extracting(a -> a.attr("href"))
                .containsExactly("#p0-f0", "#p0-f1", "#p0-f2");
    }

    @Test
    void htmlListsAFindingWithoutSentencesUnderItsParagraphOrAtTheTop() {
        Finding paragraphLevel = new Finding("wrong-language", Severity.INFO, "Paragraph 3 reads as neither language",
                null, new Location(List.of(), 2, 3, "Kinder reisen kostenlos."));
        Finding documentLevel = new Finding("length", Severity.WARNING, "The target looks cut off", null,
                new Location(List.of(), -1, 0, ""));
        Report report = new Report("1", List.of(PairResult.targetOnly(DE, List.of(paragraphLevel, documentLevel))),
                List.of());

        org.jsoup.nodes.Document html = Jsoup.parse(ReportFiles.render(new HtmlReporter(), report));

        assertThat(html.select("table.target-only tr")).extracting(e -> e.id())
                .containsExactly("", "p0-para0", "p0-para1", "p0-para2", "p0-f1");
        assertThat(html.select("table.target-only mark")).isEmpty();
        assertThat(html.select("section#p0 > p")).extracting(Element::text)
                .anySatisfy(t -> assertThat(t).contains("The target looks cut off"));
    }

    @Test
    void htmlOfAPairWithASourceIsTheSameBesideATargetCheckedAlone() {
        org.jsoup.nodes.Document mixed = Jsoup.parse(ReportFiles.render(new HtmlReporter(), MIXED));
        org.jsoup.nodes.Document alone = Jsoup.parse(ReportFiles.render(new HtmlReporter(), SOURCE_ONLY));

        assertThat(mixed.title()).isEqualTo("paracheck report");
        assertThat(mixed.select("section.pair")).hasSize(2);
        assertThat(mixed.select("section#p0 table.target-only")).hasSize(1);
        assertThat(mixed.select("section#p0 table.align")).isEmpty();
        assertThat(mixed.selectFirst("section#p1").outerHtml().replace("id=\"p1\"", "id=\"p0\"").replace("p1-", "p0-"))
                .isEqualTo(alone.selectFirst("section#p0").outerHtml());
        assertThat(ReportFiles.render(new HtmlReporter(), SOURCE_ONLY)).as("no style for what the page lacks")
                .doesNotContain("table.target-only");
    }

    @Test
    void consoleShowsTheTargetOnlyAndNoAlignment() {
        String text = ReportFiles.render(new ConsoleReporter(), ALONE);

        assertThat(text).startsWith(TARGET_PATH + " (de, 3 paragraphs, 4 sentences), target only\n");
        assertThat(text).doesNotContain("alignment:").doesNotContain("->").doesNotContain("null");
        assertThat(text).contains("warning grammar      target line 1: Possible spelling mistake")
                .contains("error   glossary     target line 3: Forbidden term used");
        assertThat(text).endsWith("1 pair checked: 1 error, 1 warning, 1 info\n");
    }

    @Test
    void sarifLocatesEveryFindingInTheTarget() throws Exception {
        JsonNode run = JSON.readTree(ReportFiles.render(new SarifReporter(), ALONE)).path("runs").get(0);

        assertThat(run.path("results")).hasSize(3).allSatisfy(r -> assertThat(
                r.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText())
                .isEqualTo("docs/de/page.txt"));
        List<Integer> lines = new ArrayList<>();
        run.path("results").forEach(r -> lines.add(
                r.path("locations").get(0).path("physicalLocation").path("region").path("startLine").asInt()));
        assertThat(lines).containsExactly(1, 2, 3);
        assertThat(run.path("results").get(2).path("level").asText()).isEqualTo("error");
    }

    @Test
    void sarifOfADocumentLevelFindingNamesTheTargetFile() throws Exception {
        Finding documentLevel = new Finding("length", Severity.WARNING, "The target looks cut off", null, null);
        Report report = new Report("1", List.of(PairResult.targetOnly(DE, List.of(documentLevel))), List.of());

        JsonNode location = JSON.readTree(ReportFiles.render(new SarifReporter(), report)).path("runs").get(0)
                .path("results").get(0).path("locations").get(0).path("physicalLocation");

        assertThat(location.path("artifactLocation").path("uri").asText()).isEqualTo("docs/de/page.txt");
        assertThat(location.has("region")).isFalse();
    }

    @Test
    void sarifValidatesAgainstTheOfficialSchema() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(SARIF_SCHEMA), "SARIF schema not fetched (see .ci/run)");
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
                .getSchema(JSON.readTree(SARIF_SCHEMA.toFile()));

        for (Report report : List.of(ALONE, MIXED)) {
            JsonNode sarif = JSON.readTree(ReportFiles.render(new SarifReporter(), report));
            assertThat(schema.validate(sarif)).isEmpty();
        }
    }

    @Test
    void tmxIsWellFormedWithoutAnyUnitAndTakesTheSourceLanguageOfAPairThatHasOne() throws Exception {
        org.w3c.dom.Document alone = xml(ReportFiles.render(new TmxReporter(), ALONE));
        org.w3c.dom.Document mixed = xml(ReportFiles.render(new TmxReporter(), MIXED));

        assertThat(alone.getElementsByTagName("body").getLength()).isEqualTo(1);
        assertThat(alone.getElementsByTagName("tu").getLength()).isZero();
        assertThat(((org.w3c.dom.Element) alone.getElementsByTagName("header").item(0)).getAttribute("srclang"))
                .isEqualTo("*all*");
        assertThat(mixed.getElementsByTagName("tu").getLength()).isEqualTo(1);
        assertThat(((org.w3c.dom.Element) mixed.getElementsByTagName("header").item(0)).getAttribute("srclang"))
                .isEqualTo("en");
    }

    @Test
    void ladderIsEmptyForATargetCheckedAlone() {
        assertThat(ReportFiles.render(new LadderReporter(), ALONE)).isEmpty();
        assertThat(ReportFiles.render(new LadderReporter(), MIXED)).isEqualTo("[0]:[0]\n[1]:[]\n");
    }

    @Test
    void junitNamesTheSuiteAfterTheTargetAndFailsOnItsErrors() throws Exception {
        String junit = ReportFiles.render(new JUnitReporter(), ALONE);
        org.w3c.dom.Document doc = xml(junit);

        assertThat(junit).doesNotContain("null");
        org.w3c.dom.Element suite = (org.w3c.dom.Element) doc.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("name")).isEqualTo(TARGET_PATH + " (target only)");
        assertThat(suite.getAttribute("tests")).isEqualTo("4");
        assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo(1);
        assertThat(doc.getElementsByTagName("failure").item(0).getTextContent())
                .isEqualTo("error line 3: Forbidden term used: \"kostenlos\"\n");
    }

    @Test
    void markdownHasAPlaceholderForTheSource() {
        String md = ReportFiles.render(new MarkdownReporter(), ALONE);

        assertThat(md).contains("| (target only) | " + TARGET_PATH + " (de) | 1 | 1 | 1 |\n");
        assertThat(md).contains("### " + TARGET_PATH + "\n")
                .contains("- **warning** `grammar` line 1: Possible spelling mistake")
                .contains("- **error** `glossary` line 3: Forbidden term used");
        assertThat(md).doesNotContain("null");
    }

    @Test
    void tsvLeavesTheSourceColumnsEmpty() {
        List<String> lines = ReportFiles.render(new TsvReporter(), ALONE).lines().toList();

        assertThat(lines).hasSize(4);
        List<String> columns = TsvReporter.columns();
        assertThat(lines.subList(1, 4)).allSatisfy(line -> {
            String[] f = line.split("\t", -1);
            assertThat(f).hasSize(columns.size());
            assertThat(f[columns.indexOf("source_file")]).isEmpty();
            assertThat(f[columns.indexOf("source_line")]).isEmpty();
            assertThat(f[columns.indexOf("source_sentences")]).isEmpty();
            assertThat(f[columns.indexOf("source_text")]).isEmpty();
            assertThat(f[columns.indexOf("target_file")]).isEqualTo(TARGET_PATH);
            assertThat(line).doesNotContain("null");
        });
        String[] glossary = lines.get(3).split("\t", -1);
        assertThat(glossary[columns.indexOf("target_line")]).isEqualTo("3");
        assertThat(glossary[columns.indexOf("target_sentences")]).isEqualTo("3");
    }

    @Test
    void indexPageLinksTheTargetOfATargetCheckedAlone() {
        org.jsoup.nodes.Document index = Jsoup.parse(IndexPage.render(MIXED, List.of("page.html", "other.html")));
        Elements rows = index.select("tr:has(td)");

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).child(0).text()).isEqualTo("target only");
        assertThat(rows.get(0).child(1).selectFirst("a").attr("href")).isEqualTo("page.html");
        assertThat(rows.get(0).child(1).text()).isEqualTo(TARGET_PATH);
        assertThat(rows.get(0).select("td.n")).extracting(Element::text).containsExactly("1", "1", "1");
        assertThat(rows.get(1).child(0).selectFirst("a").attr("href")).isEqualTo("other.html");
        assertThat(rows.get(1).child(0).text()).isEqualTo(Path.of("docs/en/other.txt").toString());
    }

    @Test
    void everyWriterRendersAReportMixingBothKindsOfPair() throws Exception {
        for (Reporter reporter : Reporters.parse(Reporters.names())) {
            String out = ReportFiles.render(reporter, MIXED);
            switch (reporter.format()) {
                case "json", "sarif" -> assertThat(JSON.readTree(out).isObject()).isTrue();
                case "junit", "tmx" -> assertThat(xml(out).getDocumentElement()).isNotNull();
                default -> assertThat(out).as(reporter.format()).isNotEmpty();
            }
            if (!reporter.format().equals("tmx") && !reporter.format().equals("ladder")) {
                assertThat(out).as(reporter.format() + " names the target checked alone").contains("page.txt");
            }
            // JSON writes null for a missing side of a finding; the page's script has its own nulls
            String shown = switch (reporter.format()) {
                case "json" -> "";
                case "html" -> Jsoup.parse(out).select("section").outerHtml();
                default -> out;
            };
            assertThat(shown).as(reporter.format() + " prints no missing source").doesNotContain("null");
        }
    }

    private static org.w3c.dom.Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
    }
}
