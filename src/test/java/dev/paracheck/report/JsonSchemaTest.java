package dev.paracheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.paracheck.cli.Main;
import dev.paracheck.model.DiffOp;
import dev.paracheck.model.Span;
import dev.paracheck.testing.TestFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON report validates against its documented schema, docs/report.schema.json (JSON Schema draft 2020-12):
 * real reports of the command line — a pair, a directory tree with a problem, a target checked alone, a pair
 * checked against a before-version of its source — and the model-level dashboard report with both kinds of
 * pair side by side; and the schema does reject a wrong document.
 */
class JsonSchemaTest {
    /** Tests run from the project root. */
    private static final Path SCHEMA_FILE = Path.of("docs/report.schema.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSchema() throws IOException {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        schema = factory.getSchema(JSON.readTree(SCHEMA_FILE.toFile()));
    }

    private record Run(int code, String err) {
    }

    private static Run run(String... args) {
        StringWriter err = new StringWriter();
        int code = Main.commandLine().setOut(new PrintWriter(new StringWriter(), true))
                .setErr(new PrintWriter(err, true)).execute(args);
        return new Run(code, err.toString());
    }

    private static Run check(Path out, String... inputsAndOptions) {
        List<String> args = new ArrayList<>(List.of("check"));
        args.addAll(List.of(inputsAndOptions));
        args.addAll(List.of("--no-grammar", "--format", "json", "--output-dir", out.toString()));
        return run(args.toArray(String[]::new));
    }

    /** Every JSON report written under {@code out}, each asserted valid; at least one. */
    private static List<JsonNode> validReports(Path out) throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(out)) {
            files = all.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).as("JSON reports under " + out).isNotEmpty();
        List<JsonNode> reports = new ArrayList<>();
        for (Path f : files) {
            JsonNode report = JSON.readTree(f.toFile());
            assertValid(report, f.getFileName().toString());
            reports.add(report);
        }
        return reports;
    }

    private static void assertValid(JsonNode report, String name) {
        Set<ValidationMessage> errors = schema.validate(report);
        assertThat(errors).as(name + " against docs/report.schema.json").isEmpty();
    }

    private static List<JsonNode> findings(JsonNode report) {
        List<JsonNode> out = new ArrayList<>();
        report.path("pairs").forEach(p -> p.path("findings").forEach(out::add));
        return out;
    }

    private static List<String> checks(JsonNode report) {
        return findings(report).stream().map(f -> f.path("check").asText()).toList();
    }

    @Test
    void theSchemaIsAValidDraft202012Schema() throws IOException {
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of(SchemaId.V202012));

        assertThat(meta.validate(Files.readString(SCHEMA_FILE), InputFormat.JSON)).isEmpty();
    }

    @Test
    void aPairOnTheSeeds() throws IOException {
        Path out = dir.resolve("out");

        Run r = check(out, TestFiles.seedEnglish().toString(), TestFiles.seedGerman().toString());

        assertThat(r.code()).as(r.err()).isZero();
        List<JsonNode> reports = validReports(out);
        assertThat(reports).hasSize(1);
        JsonNode pair = reports.get(0).path("pairs").get(0);
        assertThat(pair.has("source")).isTrue();
        assertThat(pair.has("staleness")).isFalse();
        assertThat(pair.path("alignment").size()).isGreaterThan(30);
        assertThat(pair.path("paragraphAlignment").size()).isGreaterThan(20);
        assertThat(findings(reports.get(0))).isNotEmpty();
        assertThat(findings(reports.get(0))).as("typed data beside the message")
                .anySatisfy(f -> assertThat(f.has("spans")).isTrue())
                .anySatisfy(f -> assertThat(f.has("diff")).isTrue())
                .allSatisfy(JsonSchemaTest::assertSpansInText);
    }

    /** Each span of the finding lies within the text of its side's location. */
    private static void assertSpansInText(JsonNode finding) {
        for (JsonNode span : finding.path("spans")) {
            String text = finding.path(span.path("side").asText()).path("text").asText();
            assertThat(span.path("end").asInt()).as(finding.toString()).isBetween(span.path("start").asInt() + 1,
                    text.length());
        }
    }

    /** A pair whose finding carries every kind of typed data, its target read from a paged format. */
    static final dev.paracheck.model.Report TYPED = typedReport();

    private static dev.paracheck.model.Report typedReport() {
        dev.paracheck.model.Document en = dev.paracheck.testing.Fixtures.document("en.txt", "en",
                new String[] {"The <b>ferry</b> leaves at 9."});
        dev.paracheck.model.Document de = new dev.paracheck.model.Document(Path.of("de.pdf"), "de",
                List.of(new dev.paracheck.model.Paragraph(0, "Die <b>Fähre</b> fährt um 10 ab.", 0, 2, "p")),
                List.of(new dev.paracheck.model.Sentence(0, 0, "Die <b>Fähre</b> fährt um 10 ab.", 0)));
        dev.paracheck.model.Location source = dev.paracheck.model.Location.ofSentences(en, List.of(0));
        dev.paracheck.model.Location target = dev.paracheck.model.Location.ofSentences(de, List.of(0));
        dev.paracheck.model.Finding f = new dev.paracheck.model.Finding("number",
                dev.paracheck.model.Severity.WARNING, "Numbers differ: [-9-]{+10+}", source, target)
                .withSpans(List.of(new Span(Span.Side.SOURCE, 27, 28, Span.Kind.NUMBER),
                        new Span(Span.Side.TARGET, 26, 28, Span.Kind.NUMBER)))
                .withSuggestions(List.of("9"))
                .withDiff(List.of(new DiffOp(DiffOp.Op.DELETE, "9"), new DiffOp(DiffOp.Op.INSERT, "10")));
        return new dev.paracheck.model.Report("1.0", List.of(new dev.paracheck.model.PairResult(en, de,
                dev.paracheck.testing.Fixtures.alignment(dev.paracheck.testing.Fixtures.link(List.of(0), List.of(0))),
                List.of(f))), List.of());
    }

    @Test
    void typedDataAndThePageValidateAndReadBackToTheTextTheyMark() throws IOException {
        JsonNode report = JSON.readTree(ReportFiles.render(new JsonReporter(), TYPED));

        assertValid(report, "a finding with spans, suggestions, a diff and a page");
        JsonNode f = findings(report).get(0);
        assertThat(f.path("spans")).extracting(s -> f.path(s.path("side").asText()).path("text").asText()
                .substring(s.path("start").asInt(), s.path("end").asInt())).containsExactly("9", "10");
        assertThat(f.path("spans")).extracting(s -> s.path("kind").asText()).containsOnly("number");
        assertThat(f.path("suggestions")).extracting(JsonNode::asText).containsExactly("9");
        assertThat(f.path("diff")).extracting(d -> d.path("op").asText() + ":" + d.path("text").asText())
                .containsExactly("delete:9", "insert:10");
        assertThat(f.path("target").path("page").asInt()).isEqualTo(2);
        assertThat(f.path("source").has("page")).as("a text file has no pages").isFalse();
        assertThat(f.path("target").path("line").isNull()).isTrue();
    }

    @Test
    void wrongTypedDataFailsValidation() throws IOException {
        assertInvalidTyped("a negative start", f -> span(f).put("start", -1));
        assertInvalidTyped("a side that is neither", f -> span(f).put("side", "middle"));
        assertInvalidTyped("an undocumented member on a span", f -> span(f).put("length", 1));
        assertInvalidTyped("a diff operation not in the enum",
                f -> ((ObjectNode) f.path("diff").get(0)).put("op", "replace"));
        assertInvalidTyped("an empty suggestion", f -> f.putArray("suggestions").add(""));
        assertInvalidTyped("a page 0 (pages are 1-based)", f -> ((ObjectNode) f.path("target")).put("page", 0));
    }

    private static ObjectNode span(ObjectNode finding) {
        return (ObjectNode) finding.path("spans").get(0);
    }

    private static void assertInvalidTyped(String what, Consumer<ObjectNode> edit) throws IOException {
        ObjectNode report = (ObjectNode) JSON.readTree(ReportFiles.render(new JsonReporter(), TYPED));
        assertValid(report, "the typed report before: " + what);
        edit.accept((ObjectNode) findings(report).get(0));
        assertThat(schema.validate(report)).as(what).isNotEmpty();
    }

    @Test
    void aDirectoryTreeWithOneSidedFindingsANotParallelPageAndAProblem() throws IOException {
        Path en = Files.createDirectories(dir.resolve("en"));
        Path de = Files.createDirectories(dir.resolve("de"));
        Files.copy(TestFiles.seedEnglish(), en.resolve("article.txt"));
        List<String> german = new ArrayList<>(TestFiles.lines(TestFiles.seedGerman()));
        german.remove(7);
        german.add(2, "Eine zusätzliche Zeile mit 42 Zahlen.");
        TestFiles.writeLines(de, "article.txt", german);
        Files.copy(TestFiles.resource("seeds/unrelated.en.txt"), en.resolve("other.txt"));
        Files.copy(TestFiles.seedGerman(), de.resolve("other.txt"));
        Files.writeString(en.resolve("alone.txt"), "This page has no German version yet.\n");
        Path out = dir.resolve("out");

        Run r = check(out, en.toString(), de.toString());

        assertThat(r.code()).as("a file without counterpart fails the run").isEqualTo(1);
        List<JsonNode> reports = validReports(out);
        assertThat(reports).as("one per pair and the combined paracheck.json").hasSize(3);
        JsonNode combined = JSON.readTree(out.resolve("paracheck.json").toFile());
        assertThat(combined.path("problems")).hasSize(1);
        assertThat(combined.path("problems").get(0).path("path").asText()).endsWith("alone.txt");
        assertThat(combined.path("pairs").findValues("relative")).extracting(JsonNode::asText)
                .as("directory mode: each document's relative path").containsExactly("article.txt", "article.txt",
                        "other.txt", "other.txt");
        List<JsonNode> all = findings(combined);
        assertThat(all).as("a side may be null in pair mode")
                .anySatisfy(f -> assertThat(f.path("source").isNull()).isTrue())
                .anySatisfy(f -> assertThat(f.path("target").isNull()).isTrue())
                .allSatisfy(f -> assertThat(f.has("source") && f.has("target")).isTrue());
        assertThat(all).as("a document-level finding has no paragraph and no line").anySatisfy(f -> {
            assertThat(f.path("check").asText()).isEqualTo("not-parallel");
            assertThat(f.path("target").path("paragraph").isNull()).isTrue();
            assertThat(f.path("target").path("line").isNull()).isTrue();
        });
    }

    @Test
    void aTargetCheckedWithoutItsSource() throws IOException {
        Path out = dir.resolve("out");

        Run r = check(out, TestFiles.resource("seeds/captions.en.txt").toString(), "--target-lang", "en");

        assertThat(r.code()).as(r.err()).isZero();
        List<JsonNode> reports = validReports(out);
        assertThat(reports).hasSize(1);
        JsonNode pair = reports.get(0).path("pairs").get(0);
        assertThat(pair.has("source")).isFalse();
        assertThat(findings(reports.get(0))).isNotEmpty().allSatisfy(f -> assertThat(f.has("source")).isFalse());
    }

    @Test
    void aPairCheckedAgainstTheSourceBefore() throws IOException {
        List<String> english = new ArrayList<>(TestFiles.lines(TestFiles.seedEnglish()));
        assertThat(english.get(2)).contains("July 14-15");
        english.set(2, english.get(2).replace("July 14-15", "July 14-16"));
        english.add(5, "The conference also approved a budget of 3 million dong for the training of 120 young "
                + "diplomats.");
        english.remove(20);
        Path now = TestFiles.writeLines(Files.createDirectories(dir.resolve("now")), "article.en.txt", english);
        Path out = dir.resolve("out");

        Run r = check(out, now.toString(), TestFiles.seedGerman().toString(), "--source-before",
                TestFiles.seedEnglish().toString());

        assertThat(r.code()).as(r.err()).isZero();
        List<JsonNode> reports = validReports(out);
        assertThat(reports).hasSize(1);
        JsonNode staleness = reports.get(0).path("pairs").get(0).path("staleness");
        assertThat(staleness.path("commitsBehind").isNull()).as("unknown for a file").isTrue();
        assertThat(staleness.path("daysBehind").isNull()).isTrue();
        assertThat(staleness.path("sourceChanged").asDouble()).isBetween(0.0, 1.0).isPositive();
        assertThat(checks(reports.get(0))).contains("outdated", "missing-new", "obsolete");
    }

    @Test
    void theDashboardReportWithBothKindsOfPairSideBySide() throws IOException {
        JsonNode report = JSON.readTree(ReportFiles.render(new JsonReporter(), IndexPageTest.DASHBOARD));

        assertValid(report, "the dashboard report");
        assertThat(report.path("pairs")).anySatisfy(p -> assertThat(p.has("source")).isFalse())
                .anySatisfy(p -> assertThat(p.path("staleness").path("commitsBehind").isInt()).isTrue());
    }

    @Test
    void theReportOfATreeWithRelativePaths() throws IOException {
        JsonNode report = JSON.readTree(ReportFiles.render(new JsonReporter(), IndexPageTest.TREE));

        assertValid(report, "the dashboard as a tree");
        assertThat(report.path("pairs").findValues("relative")).extracting(JsonNode::asText)
                .contains("guide/guide.txt", "alone/alone.txt");
    }

    /** The dashboard report, changed by {@code edit}, has errors against the schema. */
    private static void assertInvalid(String what, Consumer<ObjectNode> edit) throws IOException {
        ObjectNode report = (ObjectNode) JSON.readTree(ReportFiles.render(new JsonReporter(), IndexPageTest.DASHBOARD));
        assertValid(report, "the dashboard report before: " + what);
        edit.accept(report);
        assertThat(schema.validate(report)).as(what).isNotEmpty();
    }

    private static ObjectNode pair(ObjectNode report, boolean withSource) {
        for (JsonNode p : report.path("pairs")) {
            if (p.has("source") == withSource && !p.path("findings").isEmpty()) {
                return (ObjectNode) p;
            }
        }
        throw new AssertionError("no pair with findings " + (withSource ? "with" : "without") + " a source");
    }

    private static ObjectNode firstFinding(ObjectNode pair) {
        return (ObjectNode) pair.path("findings").get(0);
    }

    /** The first location on {@code side} ("source" or "target") of any finding that has one. */
    private static ObjectNode location(ObjectNode report, String side) {
        return (ObjectNode) findings(report).stream().filter(f -> f.path(side).isObject()).findFirst()
                .orElseThrow(() -> new AssertionError("no " + side + " location")).get(side);
    }

    /** The first sentence link of any pair. */
    private static ObjectNode link(ObjectNode report) {
        for (JsonNode p : report.path("pairs")) {
            if (!p.path("alignment").isEmpty()) {
                return (ObjectNode) p.path("alignment").get(0);
            }
        }
        throw new AssertionError("no link");
    }

    @Test
    void aWrongDocumentFailsValidation() throws IOException {
        assertInvalid("no tool", r -> r.remove("tool"));
        assertInvalid("a severity not in the enum", r -> firstFinding(pair(r, true)).put("severity", "fatal"));
        assertInvalid("a finding without its target member", r -> firstFinding(pair(r, true)).remove("target"));
        assertInvalid("a finding of a pair with a source without its source member",
                r -> firstFinding(pair(r, true)).remove("source"));
        assertInvalid("a source member on a finding of a target checked alone",
                r -> firstFinding(pair(r, false)).putNull("source"));
        assertInvalid("a 0 line (lines are 1-based)",
                r -> location(r, "target").put("line", 0));
        assertInvalid("a negative sentence index",
                r -> location(r, "source").putArray("sentences").add(-1));
        assertInvalid("a link type that is neither n-m nor moved",
                r -> link(r).put("type", "one-to-one"));
        assertInvalid("an undocumented member on a pair", r -> pair(r, true).put("extra", 1));
        assertInvalid("a relative path that is absolute",
                r -> ((ObjectNode) pair(r, true).path("source")).put("relative", "/docs/en/guide.txt"));
        assertInvalid("an empty relative path", r -> ((ObjectNode) pair(r, true).path("target")).put("relative", ""));
        assertInvalid("a sourceChanged above 1", r -> {
            for (JsonNode p : r.path("pairs")) {
                if (p.has("staleness")) {
                    ((ObjectNode) p.path("staleness")).put("sourceChanged", 1.5);
                }
            }
        });
    }

    @Test
    void findingsMayGainMembers() throws IOException {
        ObjectNode report = (ObjectNode) JSON.readTree(ReportFiles.render(new JsonReporter(), IndexPageTest.DASHBOARD));
        ObjectNode finding = firstFinding(pair(report, true));
        finding.putArray("suggestions").add("Fähre");
        location(report, "target").putArray("spans").addObject().put("start", 0).put("end", 5);

        assertValid(report, "a finding with typed data beside the message");
    }
}
