package dev.paracheck.beam;

import static dev.paracheck.beam.TestPairs.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline on the DirectRunner against the CLI on the same files: pairs the test writes (and the sample
 * article as DOCX), once with term drift within each pair and once across pairs, and rows and documents that
 * cannot be checked beside them.
 */
class ParacheckPipelineTest {
    /** The pairs checked, by id: the id is the source's path in the tree, as directory mode names pages. */
    private static final List<String> IDS = List.of("a.en.txt", "article.en.docx", "b.en.txt", "c.en.txt",
            "d.en.txt");

    @TempDir
    static Path root;
    private static Path tree;
    private static Path acrossPairs;
    private static Path withinPairs;

    @BeforeAll
    static void run() throws IOException {
        tree = root.resolve("tree");
        TestPairs.write(tree, "a", TestPairs.AUSSCHUSS);
        TestPairs.write(tree, "b", TestPairs.KOMITEE);
        TestPairs.write(tree, "c", TestPairs.FLAWED);
        TestPairs.write(tree, "d", TestPairs.KOMITEE[0], TestPairs.FLAWED[0], TestPairs.AUSSCHUSS[1]);
        Files.copy(Path.of("../samples/article.en.docx"), tree.resolve("en/article.en.docx"));
        Files.copy(Path.of("../samples/article.de.docx"), tree.resolve("de/article.de.docx"));
        Path broken = Files.createDirectories(root.resolve("broken"));
        byte[] docx = Files.readAllBytes(tree.resolve("de/article.de.docx"));
        Files.write(broken.resolve("cut.de.docx"), java.util.Arrays.copyOf(docx, docx.length / 2));

        List<String> good = new ArrayList<>();
        for (String id : List.of("a", "article", "b", "c")) {
            String ext = id.equals("article") ? ".docx" : ".txt";
            good.add(TestPairs.row(id + ".en" + ext, tree.resolve("en/" + id + ".en" + ext),
                    tree.resolve("de/" + id + ".de" + ext)));
        }
        good.add(JSON.writeValueAsString(JSON.createObjectNode().put("id", "d.en.txt")
                .put("source_text", Files.readString(tree.resolve("en/d.en.txt")))
                .put("target_text", Files.readString(tree.resolve("de/d.de.txt")))));
        List<String> all = new ArrayList<>(good);
        all.add(TestPairs.row("cut", tree.resolve("en/article.en.docx"), broken.resolve("cut.de.docx")));
        all.add(TestPairs.row("missing", tree.resolve("en/a.en.txt"), broken.resolve("nowhere.de.txt")));
        all.add("{\"id\": \"half\", \"source\": ");
        all.add("{\"source\": \"x.en.txt\", \"target\": \"x.de.txt\"}");
        all.add("{\"id\": \"one-sided\", \"source\": \"x.en.txt\"}");
        all.add(TestPairs.row("a.en.txt", tree.resolve("en/b.en.txt"), tree.resolve("de/b.de.txt")));
        Path manifest = Files.write(root.resolve("pairs.jsonl"), all, StandardCharsets.UTF_8);
        Path goodManifest = Files.write(root.resolve("good.jsonl"), good, StandardCharsets.UTF_8);

        acrossPairs = root.resolve("across");
        TestPairs.beam("--manifest=" + manifest, "--output=" + acrossPairs, "--noGrammar", "--sourceLang=en",
                "--targetLang=de", "--reports=sarif,junit,md");
        withinPairs = root.resolve("within");
        TestPairs.beam("--manifest=" + goodManifest, "--output=" + withinPairs, "--noGrammar", "--sourceLang=en",
                "--targetLang=de", "--termDrift=pair");
    }

    /** The findings of one pair as paracheck check gives them (the JSON report's finding objects). */
    private static List<JsonNode> cliFindings(String id) throws IOException {
        String stem = id.substring(0, id.indexOf('.'));
        String ext = id.substring(id.lastIndexOf('.'));
        JsonNode report = TestPairs.cli(tree.resolve("en/" + stem + ".en" + ext).toString(),
                tree.resolve("de/" + stem + ".de" + ext).toString(), "--no-grammar", "--source-lang", "en",
                "--target-lang", "de");
        return list(report.get("pairs").get(0).get("findings"));
    }

    /** The pipeline's findings of one pair, without the pair's id. */
    private static List<JsonNode> beamFindings(Path output, String id) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode f : TestPairs.lines(output, "findings")) {
            if (f.get("pair").asText().equals(id)) {
                ObjectNode copy = f.deepCopy();
                copy.remove("pair");
                out.add(copy);
            }
        }
        return out;
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    private static Predicate<JsonNode> termDrift() {
        return f -> f.get("check").asText().equals("term-drift");
    }

    @Test
    void eachPairsFindingsAreThoseOfParacheckCheck() throws IOException {
        for (String id : IDS) {
            List<JsonNode> expected = cliFindings(id);
            assertThat(beamFindings(withinPairs, id)).as(id).containsExactlyElementsOf(expected);
        }
        assertThat(TestPairs.lines(withinPairs, "findings")).extracting(f -> f.get("check").asText())
                .contains("number", "omission", "term-drift");
    }

    @Test
    void acrossPairsTheOtherFindingsAreStillThoseOfParacheckCheck() throws IOException {
        for (String id : IDS) {
            List<JsonNode> expected = cliFindings(id).stream().filter(termDrift().negate()).toList();
            assertThat(beamFindings(acrossPairs, id).stream().filter(termDrift().negate()).toList()).as(id)
                    .containsExactlyElementsOf(expected);
        }
    }

    @Test
    void termDriftAcrossPairsIsThatOfDirectoryMode() throws IOException {
        JsonNode report = TestPairs.cli(tree.resolve("en").toString(), tree.resolve("de").toString(),
                "--no-grammar", "--source-lang", "en", "--target-lang", "de");
        Map<String, List<JsonNode>> expected = new LinkedHashMap<>();
        for (JsonNode pair : report.get("pairs")) {
            expected.put(pair.get("source").get("relative").asText(),
                    list(pair.get("findings")).stream().filter(termDrift()).toList());
        }
        assertThat(expected.keySet()).containsExactlyInAnyOrderElementsOf(IDS);
        for (String id : IDS) {
            assertThat(beamFindings(acrossPairs, id).stream().filter(termDrift()).toList()).as(id)
                    .containsExactlyElementsOf(expected.get(id));
        }
        // pair a renders "committee" one way only; across the pairs, it drifts from the article's "Komitee"
        assertThat(expected.get("a.en.txt")).isNotEmpty().allSatisfy(f -> assertThat(f.get("message").asText())
                .contains("\"committee\" is rendered \"Ausschuss\" here").contains("article.en.docx sentence 1,"));
    }

    @Test
    void aCorruptDocumentIsAProblemAndTheOtherPairsComplete() throws IOException {
        assertThat(TestPairs.lines(acrossPairs, "problems")).filteredOn(p -> p.get("pair").asText().equals("cut"))
                .singleElement().satisfies(p -> assertThat(p.get("message").asText()).contains("cut.de.docx"));
        assertThat(TestPairs.lines(acrossPairs, "summary")).extracting(s -> s.get("pair").asText())
                .containsExactlyInAnyOrderElementsOf(IDS);
    }

    @Test
    void malformedRowsAreProblemsEachNamingItsLine() throws IOException {
        List<String> problems = TestPairs.lines(acrossPairs, "problems").stream()
                .map(p -> p.get("where").asText().replaceAll(".*/", "") + ": " + p.get("message").asText()).toList();
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("pairs.jsonl line 8: not a JSON object"))
                .contains("pairs.jsonl line 9: no id",
                        "pairs.jsonl line 10: no target (neither target nor target_text)")
                .anySatisfy(p -> assertThat(p).startsWith("pairs.jsonl line 11: id 'a.en.txt' already used at ")
                        .endsWith("pairs.jsonl line 1; not checked"))
                .anySatisfy(p -> assertThat(p).startsWith("pairs.jsonl line 7: ").contains("nowhere.de.txt"))
                .hasSize(6);
    }

    @Test
    void theSummaryCountsFindingsAndTellsTheVerdictAndScores() throws IOException {
        JsonNode c = TestPairs.lines(acrossPairs, "summary").stream()
                .filter(s -> s.get("pair").asText().equals("c.en.txt")).findFirst().orElseThrow();
        List<JsonNode> findings = beamFindings(acrossPairs, "c.en.txt");
        assertThat(c.get("notParallel").asBoolean()).isFalse();
        assertThat(c.get("source").get("lang").asText()).isEqualTo("en");
        assertThat(c.get("source").get("sentences").asInt()).isEqualTo(10);
        assertThat(c.get("target").get("sentences").asInt()).isEqualTo(9);
        assertThat(c.get("alignment").get("meanScore").asDouble()).isBetween(0.0, 1.0);
        assertThat(c.get("alignment").get("costGain").asDouble()).isPositive();
        long total = c.get("findings").get("error").asLong() + c.get("findings").get("warning").asLong()
                + c.get("findings").get("info").asLong();
        assertThat(total).isEqualTo(findings.size());
        assertThat(c.get("checks").get("number").get("warning").asInt()).isEqualTo((int) findings.stream()
                .filter(f -> f.get("check").asText().equals("number") && f.get("severity").asText().equals("warning"))
                .count());
    }

    @Test
    void theTeamReportsCoverEveryPair() throws IOException {
        JsonNode sarif = JSON.readTree(acrossPairs.resolve("paracheck.sarif").toFile());
        ArrayNode results = (ArrayNode) sarif.get("runs").get(0).get("results");
        assertThat(results).hasSize(TestPairs.lines(acrossPairs, "findings").size());
        String junit = Files.readString(acrossPairs.resolve("paracheck.junit.xml"));
        assertThat(junit.split("<testsuite ", -1)).hasSize(IDS.size() + 1);
        assertThat(Files.readString(acrossPairs.resolve("paracheck.md"))).startsWith("## paracheck: ")
                .contains("c.en.txt");
    }

    @Test
    void termDriftIsJudgedWithinEachGroup() throws IOException {
        List<String> rows = new ArrayList<>();
        for (String[] r : List.of(new String[] {"a", "one"}, new String[] {"b", "one"},
                new String[] {"article", "two"})) {
            String ext = r[0].equals("article") ? ".docx" : ".txt";
            ObjectNode row = (ObjectNode) JSON.readTree(TestPairs.row(r[0], tree.resolve("en/" + r[0] + ".en" + ext),
                    tree.resolve("de/" + r[0] + ".de" + ext)));
            rows.add(JSON.writeValueAsString(row.put("group", r[1])));
        }
        Path output = root.resolve("groups");
        TestPairs.beam("--manifest=" + Files.write(root.resolve("groups.jsonl"), rows, StandardCharsets.UTF_8),
                "--output=" + output, "--noGrammar", "--sourceLang=en", "--targetLang=de", "--checks=term-drift");
        // a and b are read together (b's "Komitee" drifts from a's "Ausschuss"), the article apart from them
        assertThat(beamFindings(output, "b")).isNotEmpty().allSatisfy(f -> assertThat(f.get("message").asText())
                .contains("\"committee\" is rendered \"Komitee\" here").contains("a line 1"));
        assertThat(beamFindings(output, "a")).isEmpty();
        assertThat(beamFindings(output, "article")).isNotEmpty().noneMatch(f -> f.get("message").asText()
                .contains(" a line "));
    }

    @Test
    void withGrammarAPairsFindingsAreStillThoseOfParacheckCheck() throws IOException {
        Path manifest = Files.writeString(root.resolve("grammar.jsonl"), TestPairs.row("c.en.txt",
                tree.resolve("en/c.en.txt"), tree.resolve("de/c.de.txt")) + "\n", StandardCharsets.UTF_8);
        Path output = root.resolve("grammar");
        TestPairs.beam("--manifest=" + manifest, "--output=" + output, "--sourceLang=en", "--targetLang=de");
        JsonNode report = TestPairs.cli(tree.resolve("en/c.en.txt").toString(), tree.resolve("de/c.de.txt").toString(),
                "--source-lang", "en", "--target-lang", "de");
        assertThat(beamFindings(output, "c.en.txt")).containsExactlyElementsOf(list(report.get("pairs").get(0)
                .get("findings")));
        assertThat(beamFindings(output, "c.en.txt")).extracting(f -> f.get("check").asText()).contains("grammar");
    }
}
