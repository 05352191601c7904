package dev.paracheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paracheck.report.Reporters;
import dev.paracheck.testing.SampleDocuments;
import dev.paracheck.testing.TestFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end: exit codes, one-line errors, reports on disk and on standard output. */
class MainTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private String en() {
        return TestFiles.seedEnglish().toString();
    }

    /** The one JSON report in {@code out}. */
    private static JsonNode json(Path out) throws java.io.IOException {
        try (var files = Files.list(out)) {
            return new ObjectMapper().readTree(files.filter(f -> f.toString().endsWith(".json")).findFirst()
                    .orElseThrow().toFile());
        }
    }

    private String de() {
        return TestFiles.seedGerman().toString();
    }

    @Test
    void checksTheSeedPairAndWritesHtmlAndJson() throws Exception {
        Run r = run("check", en(), de(), "--output-dir", dir.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("article.en.txt (en, 30 paragraphs").contains("1 pair checked: 0 errors");
        assertThat(dir.resolve("article.en-de.html")).isRegularFile();
        JsonNode json = new ObjectMapper().readTree(dir.resolve("article.en-de.json").toFile());
        assertThat(json.path("pairs").get(0).path("target").path("lang").asText()).isEqualTo("de");
    }

    @Test
    void unrelatedDocumentsExitWithOne() {
        Run r = run("check", "--no-grammar", en(), TestFiles.resource("seeds/unrelated.en.txt").toString(), "--output-dir",
                dir.toString(), "--format", "json");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).doesNotContain("not-parallel");
        assertThat(dir.resolve("article.en__unrelated.en.json")).content().contains("\"check\" : \"not-parallel\"");
    }

    @Test
    void failOnNeverExitsZeroAndFailOnWarningCountsWarnings() {
        String unrelated = TestFiles.resource("seeds/unrelated.en.txt").toString();
        assertThat(run("check", "--no-grammar", en(), unrelated, "--output-dir", dir.toString(), "--fail-on", "never").code()).isZero();
        assertThat(run("check", "--no-grammar", en(), de(), "--output-dir", dir.toString(), "--fail-on", "error").code())
                .isZero();
        assertThat(run("check", "--no-grammar", en(), de(), "--output-dir", dir.toString(), "--fail-on", "warning").code())
                .as("the clean seed pair has no warning").isZero();
        assertThat(run("check", "--no-grammar", en(), de(), "--output-dir", dir.toString(), "--fail-on", "info").code())
                .as("the seed pair has infos (a sentence translated two ways, a term rendered two ways)").isEqualTo(1);
    }

    @Test
    void jsonToStandardOutput() throws Exception {
        Run r = run("check", "--no-grammar", en(), de(), "--format", "json", "--output-dir", "-");

        assertThat(r.code()).isZero();
        assertThat(new ObjectMapper().readTree(r.out()).path("summary").path("pairs").asInt()).isEqualTo(1);
    }

    @Test
    void alignWritesTheLadder() throws Exception {
        Run r = run("align", en(), de(), "--format", "ladder", "--output-dir", dir.toString());

        assertThat(r.code()).isZero();
        String ladder = Files.readString(dir.resolve("article.en-de.ladder"));
        assertThat(ladder).startsWith("[0]:[0]\n[1]:[1]\n").contains("[6]:[6,7]\n");
        assertThat(ladder.lines()).hasSize(40);
        assertThat(r.err()).contains("paracheck: wrote").doesNotContain("checked"); // align runs no check
    }

    @Test
    void segmentedInputUsesLineNumbers() throws Exception {
        Path a = TestFiles.write(dir, "a.en", "The meeting starts at 9.\nAnna Keller opens it.\nThen the budget of 2025 is "
                + "discussed, which includes money for schools and roads.\nThe meeting ends at noon.\n");
        Path b = TestFiles.write(dir, "b.de", "Die Sitzung beginnt um 9.\nAnna Keller eröffnet sie.\nDann wird der Haushalt "
                + "2025 beraten.\nEr enthält Geld für Schulen und Straßen.\nDie Sitzung endet mittags.\n");

        Run r = run("align", a.toString(), b.toString(), "--segmented", "--source-lang", "en", "--target-lang", "de",
                "--format", "ladder", "--output-dir", "-");

        assertThat(r.out()).isEqualTo("[0]:[0]\n[1]:[1]\n[2]:[2,3]\n[3]:[4]\n");
    }

    @Test
    void aGermanLineWithEnglishGlossesIsNotUntranslated() throws Exception {
        java.util.List<String> german = new java.util.ArrayList<>(TestFiles.lines(TestFiles.resource("pairs/library.de.txt")));
        german.set(4, "Dazu kommen Kataloge (catalogues of the books and the films) und Ausweise (cards for the "
                + "members and the children).");
        Path de = TestFiles.writeLines(dir, "library.de.txt", german);

        Run r = run("check", TestFiles.resource("pairs/library.en.txt").toString(), de.toString(), "--segmented",
                "--source-lang", "en", "--target-lang", "de", "--no-grammar", "--format", "json", "--output-dir",
                dir.resolve("out").toString());

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode findings = new ObjectMapper().readTree(dir.resolve("out/library.en-de.json").toFile())
                .path("pairs").get(0).path("findings");
        assertThat(findings.findValues("check").stream().map(JsonNode::asText)).doesNotContain("untranslated");
    }

    @Test
    void aSegmentedLineLeftInTheSourceLanguageIsUntranslated() throws Exception {
        java.util.List<String> english = TestFiles.lines(TestFiles.resource("pairs/library.en.txt"));
        java.util.List<String> german = new java.util.ArrayList<>(TestFiles.lines(TestFiles.resource("pairs/library.de.txt")));
        german.set(4, english.get(6));
        Path de = TestFiles.writeLines(dir, "library.de.txt", german);

        Run r = run("check", TestFiles.resource("pairs/library.en.txt").toString(), de.toString(), "--segmented",
                "--source-lang", "en", "--target-lang", "de", "--no-grammar", "--format", "json", "--output-dir",
                dir.resolve("out").toString());

        assertThat(r.code()).as(r.err()).isZero(); // a sentence (not a paragraph) read as English is a warning
        JsonNode findings = new ObjectMapper().readTree(dir.resolve("out/library.en-de.json").toFile())
                .path("pairs").get(0).path("findings");
        assertThat(findings.findValues("check").stream().map(JsonNode::asText).filter("untranslated"::equals))
                .hasSize(1);
        for (JsonNode f : findings) {
            if (f.path("check").asText().equals("untranslated")) {
                assertThat(f.path("target").path("sentences").toString()).isEqualTo("[4]");
                assertThat(f.path("message").asText()).startsWith("Target sentence 5 reads as en, the source language");
            }
        }
    }

    @Test
    void everyFormatOfThePairGivesTheSameLadder() throws Exception {
        String txt = run("align", en(), de(), "--format", "ladder", "--output-dir", "-").out();
        var german = SampleDocuments.paragraphs(TestFiles.seedGerman());
        var english = SampleDocuments.paragraphs(TestFiles.seedEnglish());
        for (String ext : new String[] {"docx", "html", "odt", "pdf"}) {
            Path s = dir.resolve("en." + ext);
            Path t = dir.resolve("de." + ext);
            switch (ext) {
                case "docx" -> {
                    SampleDocuments.docx(english, s);
                    SampleDocuments.docx(german, t);
                }
                case "html" -> {
                    SampleDocuments.html(english, s);
                    SampleDocuments.html(german, t);
                }
                case "odt" -> {
                    SampleDocuments.odt(english, s);
                    SampleDocuments.odt(german, t);
                }
                default -> {
                    SampleDocuments.pdf(english, s);
                    SampleDocuments.pdf(german, t);
                }
            }
            assertThat(run("align", s.toString(), t.toString(), "--format", "ladder", "--output-dir", "-").out())
                    .as(ext).isEqualTo(txt);
        }
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws Exception {
        byte[] garbage = new byte[2048];
        new Random(1).nextBytes(garbage);
        Path bin = TestFiles.write(dir, "garbage.txt", garbage);
        Path empty = TestFiles.write(dir, "empty.txt", "");
        Path corrupt = TestFiles.write(dir, "corrupt.docx", "PK\u0003\u0004 this is not really a zip");
        Path missing = dir.resolve("missing.txt");

        assertOneLineError(run("check", "--no-grammar", missing.toString(), de()), "missing.txt: no such file");
        assertOneLineError(run("check", "--no-grammar", empty.toString(), de()), "empty.txt: file is empty");
        assertOneLineError(run("check", "--no-grammar", bin.toString(), de()), "garbage.txt");
        assertOneLineError(run("check", "--no-grammar", en(), corrupt.toString()), "corrupt.docx");
        assertOneLineError(run("check", "--no-grammar", dir.toString(), de()), "is a directory");
        assertOneLineError(run("check", "--no-grammar", en(), de(), "--format", "html,pdf"), "--format: unknown format 'pdf'");
        assertOneLineError(run("check", "--no-grammar", en(), de(), "--source-lang", "english"), "--source-lang: 'english'");
        assertOneLineError(run("check", "--no-grammar", en(), de(), "--fail-on", "fatal"), "--fail-on");
        assertOneLineError(run("align", en()), "missing TARGET");
        assertOneLineError(run("check", "--no-grammar", en(), de(), "--no-such-option"), "--no-such-option");
        assertOneLineError(run("check", "--no-grammar", en(), de(), "--checks", "omision"), "unknown check 'omision'");
    }

    @Test
    void verboseTimesEveryStageOnStandardError() {
        Run check = run("check", "--no-grammar", en(), de(), "--format", "json", "--output-dir", dir.toString(),
                "--verbose");
        Run quiet = run("check", "--no-grammar", en(), de(), "--format", "json", "--output-dir", dir.toString());
        Run align = run("align", en(), de(), "--format", "ladder", "--output-dir", dir.toString(), "-v");

        assertThat(check.code()).isZero();
        assertThat(check.err().lines().filter(l -> l.startsWith("paracheck: time: ")).toList()).singleElement()
                // the checks of a pair run side by side: their order in the line is the order they finished
                .asString().containsSubsequence("read ", " s", "segment ", "align ", "check ", "reports ", "total ")
                .contains("check omission ", "check term-drift ").doesNotContain("check grammar");
        assertThat(quiet.err()).doesNotContain("time:");
        assertThat(align.err().lines().filter(l -> l.startsWith("paracheck: time: ")).toList()).singleElement()
                .asString().startsWith("paracheck: time: read ").contains("align ").doesNotContain("check ");
        Run baseline = run("baseline", "--no-grammar", en(), de(), "--output", dir.resolve("b.json").toString(), "-v");
        assertThat(baseline.err()).startsWith("paracheck: time: read ").contains("check omission ", "reports ");
    }

    @Test
    void verboseShowsTheStackTrace() {
        Run r = run("check", "--no-grammar", dir.resolve("missing.txt").toString(), de(), "--verbose");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no such file").contains("\tat ");
    }

    @Test
    void aTranslationLeftInTheSourcesLanguageIsInTheLanguageOfItsName() throws Exception {
        // the English article with one paragraph translated: a German page that is mostly English
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of(en())));
        lines.set(0, Files.readAllLines(Path.of(de())).get(0));
        Path named = Files.createDirectories(dir.resolve("de")).resolve("article.txt");
        Files.write(named, lines);
        Path unnamed = dir.resolve("article.txt");
        Files.write(unnamed, lines);

        Run byName = run("check", "--no-grammar", en(), named.toString(), "--format", "json", "--output-dir",
                dir.resolve("a").toString());
        Run noName = run("check", "--no-grammar", en(), unnamed.toString(), "--format", "json", "--output-dir",
                dir.resolve("b").toString());

        assertThat(byName.code()).as(byName.err()).isEqualTo(1);
        JsonNode pair = json(dir.resolve("a")).path("pairs").get(0);
        assertThat(pair.path("target").path("lang").asText()).isEqualTo("de");
        assertThat(pair.path("findings").findValuesAsText("check").stream().filter("untranslated"::equals).count())
                .isGreaterThan(20);
        assertThat(noName.code()).as(noName.err()).isZero();
        JsonNode same = json(dir.resolve("b")).path("pairs").get(0);
        assertThat(same.path("target").path("lang").asText()).isEqualTo("en");
        assertThat(same.path("findings").findValuesAsText("message"))
                .anyMatch(m -> m.startsWith("The target reads as en, the source's language"));
    }

    @Test
    void theSourcesProblemComesFirstThoughTheTargetIsReadBesideIt() throws Exception {
        Path empty = dir.resolve("empty.de.txt");
        Files.writeString(empty, "");
        Path missing = dir.resolve("missing.en.txt");

        Run both = run("check", "--no-grammar", missing.toString(), empty.toString(), "--output-dir", dir.toString());
        Run target = run("check", "--no-grammar", en(), empty.toString(), "--output-dir", dir.toString());

        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err().lines().toList()).singleElement().asString()
                .startsWith("paracheck: " + missing).contains("no such file");
        assertThat(target.code()).isEqualTo(2);
        assertThat(target.err().lines().toList()).singleElement().asString().startsWith("paracheck: " + empty);
    }

    @Test
    void aFailedRunLeavesEarlierReportsAsTheyWere() throws Exception {
        assertThat(run("check", "--no-grammar", en(), de(), "--output-dir", dir.toString()).code()).isZero();
        Path json = dir.resolve("article.en-de.json");
        String before = Files.readString(json);
        Path emptyGerman = dir.resolve("article.de.txt");
        Files.writeString(emptyGerman, "");

        Run r = run("check", "--no-grammar", en(), emptyGerman.toString(), "--output-dir", dir.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(Files.readString(json)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("article.en-de.json", "article.en-de.html", "article.de.txt");
        }
    }

    @Test
    void outputDirThatIsAFileIsRefusedBeforeAnyWork() throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "x");

        assertOneLineError(run("check", "--no-grammar", en(), de(), "--output-dir", file.toString()), "--output-dir is a file");
    }

    @Test
    void configFileSetsSeverityDisablesChecksAndIgnoresBoilerplate() throws Exception {
        java.util.List<String> german = new java.util.ArrayList<>(TestFiles.lines(TestFiles.seedGerman()));
        german.add(5, "Werbung: Jetzt das neue Sonderheft bestellen und zwanzig Prozent sparen!");
        Path edited = TestFiles.writeLines(dir, "article.de.txt", german);
        Path config = TestFiles.write(dir, "pc.yml", "checks:\n  addition: info\n  grammar: off\n");
        Path ignoring = TestFiles.write(dir, "ignore.yml",
                "checks:\n  grammar: off\n  inconsistent-translation: off\n  term-drift: off\nfail-on: warning\nignore:\n"
                        + "  - \"Werbung:.*\"\n");
        Path unknownCheck = TestFiles.write(dir, "bad.yml", "checks:\n  omision: off\n");

        Run asInfo = run("check", en(), edited.toString(), "--config", config.toString(), "--output-dir", dir.toString(),
                "--format", "json");
        assertThat(asInfo.code()).as(asInfo.err()).isZero();
        assertThat(dir.resolve("article.en-de.json")).content().contains("\"check\" : \"addition\"")
                .contains("\"severity\" : \"info\"");

        assertThat(run("check", en(), edited.toString(), "--config", ignoring.toString(), "--output-dir",
                dir.toString()).code()).as("the advertisement is ignored as boilerplate").isZero();
        assertThat(run("check", en(), edited.toString(), "--no-grammar", "--skip-checks", "inconsistent-translation",
                "--fail-on", "warning", "--output-dir", dir.toString()).code())
                .as("without the config it is an addition").isEqualTo(1);
        assertOneLineError(run("check", en(), de(), "--config", unknownCheck.toString()), "unknown check 'omision'");
        assertOneLineError(run("check", en(), de(), "--config", dir.resolve("none.yml").toString()), "no such file");
    }

    @Test
    void glossaryFromTheCommandLine() throws Exception {
        Path csv = TestFiles.write(dir, "g.csv", "source,target,forbidden\nStanding Committee,Ständiges Komitee,"
                + "Ständiger Ausschuss\n");
        Path tbx = TestFiles.write(dir, "g.tbx", "<martif><text><body/></text></martif>");

        Run r = run("check", "--no-grammar", en(), de(), "--glossary", csv.toString(), "--output-dir", dir.toString(),
                "--format", "json");
        assertThat(r.code()).as("glossary findings are warnings; --fail-on is error").isZero();
        assertThat(dir.resolve("article.en-de.json")).content().contains("\"check\" : \"glossary\"")
                .contains("forbidden");
        assertOneLineError(run("check", "--no-grammar", en(), de(), "--glossary", tbx.toString()),
                "needs --source-lang and --target-lang");
        assertOneLineError(run("check", "--no-grammar", en(), de(), "--glossary", dir.resolve("none.csv").toString()),
                "no such file");
    }

    @Test
    void asciidocCodeBlocksAndAttributesAreNotReadAsProse() throws Exception {
        String code = "----\n# Install the runtime first and then check that the version is right\n"
                + "sudo apt-get install openjdk-17-jdk\n----\n\n";
        String en = "= Installing the Tool\n:toc: left\n\nThe tool needs Java 17 and a package manager to install "
                + "it.\n\n[source,shell]\n" + code + "NOTE: Press kbd:[Ctrl+C] to stop the program at any time.\n";
        String de = "= Das Werkzeug installieren\n:toc: left\n\nDas Werkzeug braucht Java 17 und eine "
                + "Paketverwaltung, um es zu installieren.\n\n[source,shell]\n" + code
                + "NOTE: Drücken Sie kbd:[Ctrl+C], um das Programm jederzeit anzuhalten.\n";
        for (String ext : java.util.List.of("adoc", "txt")) {
            Path s = TestFiles.write(dir, "guide.en." + ext, en);
            Path t = TestFiles.write(dir, "guide.de." + ext, de);
            Run r = run("check", s.toString(), t.toString(), "--no-grammar", "--format", "json", "--output-dir",
                    dir.resolve(ext).toString(), "--fail-on", "never");
            assertThat(r.code()).as(r.err()).isZero();
            JsonNode findings = new ObjectMapper().readTree(dir.resolve(ext).resolve("guide.en-de.json").toFile())
                    .path("pairs").get(0).path("findings");
            java.util.List<String> untranslated = findings.findParents("check").stream()
                    .filter(f -> f.get("check").asText().equals("untranslated")).map(f -> f.get("message").asText())
                    .toList();
            // a .txt file is AsciiDoc by its own constructs (AsciiDoc's long-standing extension)
            assertThat(untranslated).as("read as AsciiDoc (." + ext + ")").isEmpty();
        }
        // without them, the same code lines are text like any other
        Path s = TestFiles.write(dir, "notes.en.txt", "The tool needs Java 17.\n\n" + code.replace("----\n", ""));
        Path t = TestFiles.write(dir, "notes.de.txt", "Das Werkzeug braucht Java 17.\n\n"
                + code.replace("----\n", ""));
        Run r = run("check", s.toString(), t.toString(), "--no-grammar", "--format", "json", "--output-dir",
                dir.resolve("plain").toString(), "--fail-on", "never");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(dir.resolve("plain").resolve("notes.en-de.json")).content().contains("\"check\" : \"untranslated\"");
    }

    @Test
    void withoutTheConsoleFormatEachReportWrittenIsSaidOnStandardError() {
        Run r = run("check", "--no-grammar", en(), de(), "--format", "json,sarif", "--output-dir", dir.toString());

        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("paracheck: wrote " + dir.resolve("article.en-de.json"))
                .contains("paracheck: wrote " + dir.resolve("article.en-de.sarif"))
                .containsPattern("paracheck: 1 pair checked: \\d+ errors?, \\d+ warnings?, \\d+ info");
    }

    @Test
    void aBeforeVersionOfTheSourceGivesStaleFindingsAtTheirSeverity() throws Exception {
        java.util.List<String> en = new java.util.ArrayList<>(TestFiles.lines(TestFiles.resource("pairs/library.en.txt")));
        en.set(5, en.get(5) + " Children under twelve must be accompanied by an adult in the workshop.");
        Path now = TestFiles.writeLines(dir, "library.en.txt", en);
        String before = TestFiles.resource("pairs/library.en.txt").toString();
        String de = TestFiles.resource("pairs/library.de.txt").toString();

        Run warning = run("check", now.toString(), de, "--source-before", before, "--no-grammar", "--format", "json",
                "--output-dir", dir.resolve("a").toString(), "--fail-on", "warning");
        Run info = run("check", now.toString(), de, "--source-before", before, "--no-grammar", "--format", "json",
                "--output-dir", dir.resolve("b").toString(), "--fail-on", "warning", "--stale-severity", "info");
        Run bad = run("check", now.toString(), de, "--source-before", before, "--stale-severity", "loud");

        assertThat(warning.code()).as(warning.err()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(dir.resolve("a/library.en-de.json").toFile());
        assertThat(json.path("pairs").get(0).path("findings").findValues("check").stream().map(JsonNode::asText))
                .contains("missing-new").doesNotContain("omission");
        assertThat(info.code()).as(info.err()).isZero();
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--stale-severity: 'loud'");
    }

    @Test
    void anUnknownCommandIsNamedWithTheCommandsAndNoArgumentsIsUsageWithExitTwo() {
        Run unknown = run("frobnicate");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err().strip()).isEqualTo("paracheck: unknown command 'frobnicate' (commands: check, align, "
                + "baseline, terms, help; see 'paracheck --help')");
        Run none = run();
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("Usage: paracheck").contains("check");
        assertThat(none.out()).isEmpty();
    }

    @Test
    void helpAndVersion() {
        assertThat(run("--help").out()).contains("check").contains("align");
        String checkHelp = run("help", "check").out();
        assertThat(checkHelp).contains("directory mode").contains("relative path");
        for (var d : dev.paracheck.check.Checks.descriptors()) {
            assertThat(checkHelp).containsPattern("(?m)^  " + d.id() + " +" + d.defaultSeverity().label() + " +\\S");
        }
        assertThat(run("check", "--no-grammar", "--help").out()).contains("--fail-on").contains("--segmented").contains("Exit codes");
        for (String command : new String[] {"check", "align", "baseline"}) {
            String help = run(command, "--help").out().replaceAll("\\s+", " ");
            String listed = help.substring(help.indexOf("report formats:") + "report formats:".length(),
                    help.indexOf("(default: [console"));
            assertThat(listed.split(",")).as(command).extracting(String::strip)
                    .containsExactlyElementsOf(Reporters.names());
        }
        assertThat(run("--version").out()).startsWith("paracheck ");
        assertThat(run("--version").code()).isZero();
    }

    private static void assertOneLineError(Run r, String expected) {
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err().lines()).as(r.err()).hasSize(1);
        assertThat(r.err()).startsWith("paracheck: ").contains(expected).doesNotContain("Exception");
    }
}
