package dev.paracheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paracheck.testing.TestFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code paracheck check TARGET} end to end on the seeds: English pages translated from Vietnamese whose captions
 * were left in Vietnamese (002, 003), and the clean English/German pair read one side at a time.
 */
class TargetOnlyTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** The findings of the one JSON report written under {@code dir} for {@code target}. */
    private List<JsonNode> findings(Path target, String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("check", target.toString(), "--no-grammar", "--format", "json",
                "--output-dir", dir.toString()));
        args.addAll(List.of(more));
        Run r = run(args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        String stem = target.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        JsonNode pair = new ObjectMapper().readTree(dir.resolve(stem + ".json").toFile()).get("pairs").get(0);
        assertThat(pair.has("source")).as("no source member in target-only JSON").isFalse();
        List<JsonNode> out = new ArrayList<>();
        pair.get("findings").forEach(out::add);
        out.forEach(f -> assertThat(f.has("source") && !f.get("source").isNull()).isFalse());
        return out;
    }

    private static boolean atLeastWarning(JsonNode f) {
        return !f.get("severity").asText().equals("info");
    }

    private static int line(JsonNode f) {
        return f.get("target").get("line").asInt();
    }

    @Test
    void theVietnameseCaptionOfSeed002IsReportedOnItsLineAndSiteChromeIsInfo() throws IOException {
        List<JsonNode> found = findings(TestFiles.resource("seeds/captions.en.txt"));

        assertThat(found).filteredOn(TargetOnlyTest::atLeastWarning).singleElement().satisfies(f -> {
            assertThat(f.get("check").asText()).isEqualTo("untranslated");
            assertThat(line(f)).isEqualTo(23);
            assertThat(f.get("message").asText()).contains("Vietnamese").contains("Quang cảnh phiên họp");
        });
        assertThat(found).filteredOn(f -> line(f) == 1 || line(f) == 5).isNotEmpty()
                .allSatisfy(f -> assertThat(f.get("severity").asText()).isEqualTo("info"));
        assertThat(found).filteredOn(f -> f.get("check").asText().equals("untranslated") && line(f) <= 5)
                .extracting(TargetOnlyTest::line).containsExactly(1, 5);
        assertThat(found).filteredOn(f -> f.get("check").asText().equals("untranslated") && line(f) <= 5)
                .allSatisfy(f -> assertThat(f.get("message").asText()).contains("site chrome"));
    }

    @Test
    void theCaptionRepeatedInSeed003IsReportedOnEachOfItsFourLines() throws IOException {
        List<JsonNode> found = findings(TestFiles.resource("seeds/captions-quarterly.en.txt"));

        assertThat(found).filteredOn(TargetOnlyTest::atLeastWarning)
                .allSatisfy(f -> assertThat(f.get("check").asText()).isEqualTo("untranslated"))
                .extracting(TargetOnlyTest::line).containsExactly(10, 19, 30, 41);
        assertThat(found).filteredOn(f -> line(f) == 1 || line(f) == 5)
                .allSatisfy(f -> assertThat(f.get("severity").asText()).isEqualTo("info"));
    }

    @Test
    void theCleanSeedsAloneRaiseNothingAndDifferentGermanWordsAreNoVariants() throws IOException {
        assertThat(findings(TestFiles.seedEnglish())).noneMatch(TargetOnlyTest::atLeastWarning);
        List<JsonNode> german = findings(TestFiles.seedGerman(), "--target-lang", "de");
        assertThat(german).noneMatch(TargetOnlyTest::atLeastWarning);
        assertThat(german).filteredOn(f -> f.get("check").asText().equals("variant-spelling"))
                .noneMatch(f -> f.get("message").asText().contains("Parteivorstand")
                        && f.get("message").asText().contains("Exekutivkomitee"));
    }

    @Test
    void grammarRunsOnTheTargetAlone() throws IOException {
        Path page = TestFiles.write(dir, "page.txt", "This is a short page about the conference.\n\n"
                + "He go to the conference every years and they was happy about it.\n");

        Run r = run("check", page.toString(), "--format", "json", "--output-dir", dir.toString(), "--fail-on",
                "warning");

        assertThat(r.code()).as(r.err()).isEqualTo(1);
        JsonNode pair = new ObjectMapper().readTree(dir.resolve("page.json").toFile()).get("pairs").get(0);
        List<JsonNode> grammar = new ArrayList<>();
        pair.get("findings").forEach(f -> {
            if (f.get("check").asText().equals("grammar") && atLeastWarning(f)) {
                grammar.add(f);
            }
        });
        assertThat(grammar).isNotEmpty().allSatisfy(f -> assertThat(line(f)).isEqualTo(3));
    }

    @Test
    void aDirectoryOfTargetsIsCheckedFileByFileAndGatesOnFailOn() throws IOException {
        Path tree = Files.createDirectories(dir.resolve("pages/news"));
        Files.copy(TestFiles.resource("seeds/captions.en.txt"), tree.resolve("captions.txt"));
        Files.copy(TestFiles.seedEnglish(), dir.resolve("pages/article.txt"));
        Path out = dir.resolve("out");

        Run r = run("check", dir.resolve("pages").toString(), "--no-grammar", "--format", "json,html,sarif",
                "--output-dir", out.toString(), "--fail-on", "warning");

        assertThat(r.code()).as(r.err()).isEqualTo(1);
        JsonNode combined = new ObjectMapper().readTree(out.resolve("paracheck.json").toFile());
        assertThat(combined.get("pairs")).hasSize(2);
        assertThat(out.resolve("news/captions.json")).exists();
        assertThat(out.resolve("article.html")).exists();
        assertThat(out.resolve("index.html")).content().contains("captions");
        assertThat(run("check", dir.resolve("pages").toString(), "--no-grammar", "--format", "json",
                "--output-dir", out.toString(), "--fail-on", "error").code()).isZero();
    }

    @Test
    void badInputGetsOneLineAndExitCode2() {
        Run missing = run("check", dir.resolve("none.txt").toString(), "--no-grammar");
        Run stale = run("check", TestFiles.seedEnglish().toString(), "--source-before",
                TestFiles.seedEnglish().toString());
        Run align = run("align", TestFiles.seedEnglish().toString());

        for (Run r : List.of(missing, stale, align)) {
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err().strip().lines()).hasSize(1);
            assertThat(r.err()).doesNotContain("Exception");
        }
        assertThat(missing.err()).contains("none.txt");
        assertThat(stale.err()).contains("--source-before").contains("SOURCE and TARGET");
        assertThat(align.err()).contains("missing TARGET");
    }
}
