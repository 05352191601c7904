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
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --git} on real history, built with JGit in a temporary folder. */
class GitHistoryTest {
    @TempDir
    Path dir;

    private record Run(int code, String err) {
    }

    private Run run(String... args) {
        StringWriter err = new StringWriter();
        int code = Main.commandLine().setOut(new PrintWriter(new StringWriter(), true))
                .setErr(new PrintWriter(err, true)).execute(args);
        return new Run(code, err.toString());
    }

    /** Stages every file of the work tree, new ones too, and commits them. */
    private static RevCommit commitAll(Git git, String message) throws Exception {
        git.add().addFilepattern(".").call();
        return git.commit().setAll(true).setMessage(message).setAuthor("a", "a@example.org").call();
    }

    /**
     * Changes {@code library.en.txt} of {@code repo} twice, each change committed: a number (420,000 → 450,000),
     * then a sentence added to the next paragraph.
     */
    private static void changeEnglishTwice(Git git, Path repo) throws Exception {
        List<String> en = english();
        en.set(4, en.get(4).replace("420,000", "450,000"));
        TestFiles.writeLines(repo, "library.en.txt", en);
        commitAll(git, "en 1");
        en.set(5, en.get(5) + " Children under twelve must be accompanied by an adult in the workshop.");
        TestFiles.writeLines(repo, "library.en.txt", en);
        commitAll(git, "en 2");
    }

    private static List<String> english() {
        return new ArrayList<>(TestFiles.lines(TestFiles.resource("pairs/library.en.txt")));
    }

    private List<String> findings(String name) throws Exception {
        JsonNode json = new ObjectMapper().readTree(dir.resolve("out").resolve(name).toFile());
        return json.path("pairs").get(0).path("findings").findValues("check").stream().map(JsonNode::asText).toList();
    }

    @Test
    void theSourceAsItStoodWhenTheTargetLastChangedIsTheBeforeVersion() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("site"));
        try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
            TestFiles.writeLines(repo, "library.en.txt", english());
            Files.copy(TestFiles.resource("pairs/library.de.txt"), repo.resolve("library.de.txt"));
            commitAll(git, "translate");
            // the English changes twice after the translation; the German stays as translated
            changeEnglishTwice(git, repo);
        }
        String out = dir.resolve("out").toString();

        Run r = run("check", repo.resolve("library.en.txt").toString(), repo.resolve("library.de.txt").toString(),
                "--git", "--no-grammar", "--format", "json", "--output-dir", out, "--fail-on", "never");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(findings("library.en-de.json")).contains("outdated", "missing-new")
                .doesNotContain("omission", "number");

        // the same through --source-before with the file as it was
        Path old = TestFiles.writeLines(dir, "library.en.txt", english());
        run("check", repo.resolve("library.en.txt").toString(), repo.resolve("library.de.txt").toString(),
                "--source-before", old.toString(), "--no-grammar", "--format", "json", "--output-dir",
                dir.resolve("out2").toString());
        assertThat(Files.readString(dir.resolve("out2/library.en-de.json")).replaceAll("\"path\" : \"[^\"]*\"", ""))
                .contains("\"outdated\"");
        assertThat(findings("library.en-de.json")).containsExactlyElementsOf(
                new ObjectMapper().readTree(dir.resolve("out2/library.en-de.json").toFile()).path("pairs").get(0)
                        .path("findings").findValues("check").stream().map(JsonNode::asText).toList());
    }

    @Test
    void aDeclaredSourceCommitWinsAndAFileNeverCommittedFallsBackWithANote() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("site"));
        String translated;
        try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
            TestFiles.writeLines(repo, "library.en.txt", english());
            RevCommit first = commitAll(git, "en");
            translated = first.getName();
            List<String> en = english();
            en.set(4, en.get(4).replace("420,000", "450,000"));
            TestFiles.writeLines(repo, "library.en.txt", en);
            commitAll(git, "en 1");
            // translated later, but from the first English, as its front matter says
            List<String> de = new ArrayList<>(List.of("---", "source-commit: " + translated, "---", ""));
            de.addAll(TestFiles.lines(TestFiles.resource("pairs/library.de.txt")));
            TestFiles.writeLines(repo, "library.de.md", de);
            commitAll(git, "de");
        }
        Files.copy(TestFiles.resource("pairs/library.de.txt"), repo.resolve("new.de.txt"));
        String out = dir.resolve("out").toString();

        Run declared = run("check", repo.resolve("library.en.txt").toString(), repo.resolve("library.de.md").toString(),
                "--git", "--no-grammar", "--format", "json", "--output-dir", out, "--fail-on", "never");
        Run uncommitted = run("check", repo.resolve("library.en.txt").toString(),
                repo.resolve("new.de.txt").toString(), "--git", "--no-grammar", "--format", "json", "--output-dir",
                out, "--fail-on", "never");

        assertThat(declared.code()).as(declared.err()).isZero();
        assertThat(findings("library.en-de.json")).contains("outdated");
        assertThat(uncommitted.code()).isZero();
        assertThat(uncommitted.err()).contains("new.de.txt: never committed; checked against the source as it is now");
    }

    /**
     * Front matter may say translation-of; a page without front matter takes its commit from the project's
     * source-commits rule, and the project's stale-severity applies. The JSON tells how far the source moved on.
     */
    @Test
    void translationOfAndTheProjectsSourceCommitsRuleNameTheOriginal() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("site"));
        try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
            TestFiles.writeLines(repo, "library.en.txt", english());
            String translated = commitAll(git, "en").getName();
            changeEnglishTwice(git, repo);
            List<String> de = new ArrayList<>(List.of("---", "translation-of: " + translated, "---", ""));
            de.addAll(TestFiles.lines(TestFiles.resource("pairs/library.de.txt")));
            TestFiles.writeLines(repo, "library.de.md", de);
            Files.createDirectories(repo.resolve("legacy"));
            Files.copy(TestFiles.resource("pairs/library.de.txt"), repo.resolve("legacy/library.de.txt"));
            TestFiles.write(repo, ".paracheck.yml", "stale-severity: error\nsource-commits:\n  \"legacy/**\": "
                    + translated.substring(0, 10) + "\n");
            commitAll(git, "de");
        }
        String config = repo.resolve(".paracheck.yml").toString();

        Run front = run("check", repo.resolve("library.en.txt").toString(), repo.resolve("library.de.md").toString(),
                "--git", "--no-grammar", "--format", "json", "--output-dir", dir.resolve("out").toString(),
                "--fail-on", "never", "--config", config);
        Run rule = run("check", repo.resolve("library.en.txt").toString(),
                repo.resolve("legacy/library.de.txt").toString(), "--git", "--no-grammar", "--format", "json",
                "--output-dir", dir.resolve("out2").toString(), "--fail-on", "never", "--config", config);

        assertThat(front.code()).as(front.err()).isZero();
        assertThat(rule.code()).as(rule.err()).isZero();
        assertThat(rule.err()).doesNotContain("checked against the source as it is now");
        for (Path json : List.of(dir.resolve("out/library.en-de.json"), dir.resolve("out2/library.en-de.json"))) {
            JsonNode pair = new ObjectMapper().readTree(json.toFile()).path("pairs").get(0);
            assertThat(pair.path("findings").findValues("check").stream().map(JsonNode::asText).toList())
                    .contains("outdated", "missing-new");
            assertThat(pair.path("findings").findParents("check").stream()
                    .filter(f -> f.get("check").asText().equals("outdated")).map(f -> f.get("severity").asText()))
                    .containsOnly("error");
            assertThat(pair.path("staleness").path("commitsBehind").asInt()).isEqualTo(2);
            assertThat(pair.path("staleness").path("before").asText()).startsWith("git ");
        }
    }

    @Test
    void directoryModeReadsEachPagesHistoryAndNotesThePagesWithoutOne() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("site"));
        Path en = Files.createDirectories(repo.resolve("en"));
        Path de = Files.createDirectories(repo.resolve("de"));
        try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
            TestFiles.writeLines(en, "library.txt", english());
            Files.copy(TestFiles.resource("pairs/library.de.txt"), de.resolve("library.txt"));
            commitAll(git, "translate");
            List<String> changed = english();
            changed.set(4, changed.get(4).replace("420,000", "450,000"));
            TestFiles.writeLines(en, "library.txt", changed);
            commitAll(git, "en");
        }
        Files.copy(TestFiles.resource("pairs/harbour.en.txt"), en.resolve("harbour.txt"));
        Files.copy(TestFiles.resource("pairs/harbour.fr.txt"), de.resolve("harbour.txt"));
        Path out = dir.resolve("out");

        Run r = run("check", en.toString(), de.toString(), "--git", "--no-grammar", "--format", "json",
                "--output-dir", out.toString(), "--fail-on", "never");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("harbour.txt: never committed; checked against the source as it is now")
                .doesNotContain("library.txt:");
        assertThat(Files.readString(out.resolve("paracheck.json"))).contains("\"outdated\"")
                .contains("[-420-]{+450+}");
    }
}
