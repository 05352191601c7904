package dev.paracheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paracheck.testing.TestFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
    @TempDir
    Path dir;

    private int run(String... args) {
        return Main.commandLine().setOut(new PrintWriter(new StringWriter(), true))
                .setErr(new PrintWriter(new StringWriter(), true)).execute(args);
    }

    private static List<String> lines(Path p) {
        return new ArrayList<>(TestFiles.lines(p));
    }

    @Test
    void acceptedFindingsPassUnrelatedEditsKeepThemAcceptedAndANewOmissionFails() {
        List<String> de = lines(TestFiles.seedGerman());
        de.remove(3);
        Path target = TestFiles.writeLines(dir, "article.de.txt", de);
        String en = TestFiles.seedEnglish().toString();
        Path baseline = dir.resolve("baseline.json");
        String out = dir.resolve("out").toString();

        // an omission is a warning: a CI that gates on it runs with --fail-on warning
        assertThat(run("check", en, target.toString(), "--no-grammar", "--output-dir", out)).isZero();
        assertThat(run("check", en, target.toString(), "--no-grammar", "--output-dir", out, "--fail-on", "warning"))
                .isEqualTo(1);
        assertThat(run("baseline", en, target.toString(), "--no-grammar", "--output", baseline.toString())).isZero();
        assertThat(baseline).content().contains("fingerprints");
        assertThat(run("check", en, target.toString(), "--no-grammar", "--output-dir", out, "--fail-on", "info",
                "--baseline", baseline.toString())).isZero();
        // several baselines (one a page): what any of them accepts is accepted
        Path empty = TestFiles.write(dir, "empty.json", "{\"tool\": \"paracheck\", \"fingerprints\": []}");
        assertThat(run("check", en, target.toString(), "--no-grammar", "--output-dir", out, "--fail-on", "info",
                "--baseline", empty.toString())).isEqualTo(1);
        assertThat(run("check", en, target.toString(), "--no-grammar", "--output-dir", out, "--fail-on", "info",
                "--baseline", empty.toString(), "--baseline", baseline.toString())).isZero();

        List<String> enEdited = lines(TestFiles.seedEnglish());
        enEdited.add(0, "A new introduction was written for both versions.");
        de.add(0, "Für beide Fassungen wurde eine neue Einleitung geschrieben.");
        Path source2 = TestFiles.writeLines(dir, "article.en.txt", enEdited);
        Path target2 = TestFiles.writeLines(dir, "article.de.txt", de);
        assertThat(run("check", source2.toString(), target2.toString(), "--no-grammar", "--output-dir", out,
                "--fail-on", "warning", "--baseline", baseline.toString()))
                .as("accepted findings survive an edit elsewhere").isZero();

        de.removeIf(l -> l.startsWith("Siebtens"));
        Path target3 = TestFiles.writeLines(dir, "article.de.txt", de);
        assertThat(run("check", source2.toString(), target3.toString(), "--no-grammar", "--output-dir", out,
                "--fail-on", "warning", "--baseline", baseline.toString())).as("a new omission fails").isEqualTo(1);
    }

    @Test
    void aBrokenBaselineIsBadInput() {
        Path bad = TestFiles.write(dir, "b.json", "{not json");
        assertThat(run("check", TestFiles.seedEnglish().toString(), TestFiles.seedGerman().toString(), "--no-grammar",
                "--output-dir", dir.toString(), "--baseline", bad.toString())).isEqualTo(2);
    }
}
