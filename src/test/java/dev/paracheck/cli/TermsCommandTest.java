package dev.paracheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paracheck.config.Glossary;
import dev.paracheck.config.GlossaryLoader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code paracheck terms} and batch-wide term drift, end to end on segmented files. */
class TermsCommandTest {
    private static final List<String> FILLER_EN = List.of("The weather was cold in January.",
            "Many children played in the park.", "The river flooded the old bridge.",
            "Prices rose again in the spring.", "A new library opened downtown.", "The train arrived late this morning.");
    private static final List<String> FILLER_DE = List.of("Das Wetter war im Januar kalt.",
            "Viele Kinder spielten im Park.", "Der Fluss überflutete die alte Brücke.",
            "Die Preise stiegen im Frühling wieder.", "Eine neue Bibliothek eröffnete in der Innenstadt.",
            "Der Zug kam heute Morgen verspätet an.");
    private static final List<String> AUSSCHUSS_EN = List.of("The committee approved the budget for the school.",
            "The mayor met the committee in the town hall.", "Yesterday the committee published its report.");
    private static final List<String> AUSSCHUSS_DE = List.of("Der Ausschuss genehmigte den Haushalt für die Schule.",
            "Der Bürgermeister traf den Ausschuss im Rathaus.", "Gestern veröffentlichte der Ausschuss seinen Bericht.");
    private static final List<String> KOMITEE_EN = List.of("The committee rejected the proposal of the opposition.",
            "Later the members of the committee discussed the harbour.");
    private static final List<String> KOMITEE_DE = List.of("Das Komitee lehnte den Vorschlag der Opposition ab.",
            "Später erörterten die Mitglieder des Komitees den Hafen.");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private Path write(String name, List<String> lines) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.write(p, lines);
    }

    @Test
    void writesTheTermTableAsAGlossaryThatLoadsBack() throws Exception {
        Path en = write("doc.en.txt", concat(concat(AUSSCHUSS_EN, KOMITEE_EN), FILLER_EN));
        Path de = write("doc.de.txt", concat(concat(AUSSCHUSS_DE, KOMITEE_DE), FILLER_DE));
        Path csv = dir.resolve("out/terms.csv");

        assertThat(run("terms", en.toString(), de.toString(), "--segmented", "--source-lang", "en",
                "--target-lang", "de", "--output", csv.toString())).isEqualTo(0);

        assertThat(err.toString()).contains("terms.csv").contains("1 rendered more than one way");
        assertThat(Files.readAllLines(csv).get(0)).isEqualTo("source,target,forbidden,note,occurrences,counts,locations");
        assertThat(csv).content().contains("committee,Ausschuss|Komitee,,rendered 2 ways,5,Ausschuss 3|Komitee 2,"
                + "\"Ausschuss: line 1, line 2, line 3; Komitee: line 4, line 5\"");
        Glossary g = GlossaryLoader.load(csv, "en", "de");
        assertThat(g.entries()).anySatisfy(e -> {
            assertThat(e.source()).isEqualTo("committee");
            assertThat(e.approved()).containsExactly("Ausschuss", "Komitee");
        });
    }

    @Test
    void withoutOutputTheTableGoesToStandardOutput() throws Exception {
        Path en = write("doc.en.txt", concat(AUSSCHUSS_EN, FILLER_EN));
        Path de = write("doc.de.txt", concat(AUSSCHUSS_DE, FILLER_DE));
        assertThat(run("terms", en.toString(), de.toString(), "--segmented", "--source-lang", "en",
                "--target-lang", "de")).isEqualTo(0);
        assertThat(out.toString()).startsWith("source,target,").contains("\ncommittee,Ausschuss,,,3,");
    }

    @Test
    void aMissingInputIsOneErrorLine() {
        assertThat(run("terms", dir.resolve("none.txt").toString(), dir.resolve("none.de.txt").toString()))
                .isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("paracheck: ").contains("none.txt").doesNotContain("\n")
                .doesNotContain("Exception");
    }

    @Test
    void directoryModeJudgesDriftOverAllPairs() throws Exception {
        write("en/a.txt", concat(AUSSCHUSS_EN, FILLER_EN));
        write("de/a.txt", concat(AUSSCHUSS_DE, FILLER_DE));
        write("en/b.txt", concat(KOMITEE_EN, FILLER_EN));
        write("de/b.txt", concat(KOMITEE_DE, FILLER_DE));
        Path reports = dir.resolve("reports");

        int code = run("check", dir.resolve("en").toString(), dir.resolve("de").toString(), "--segmented",
                "--source-lang", "en", "--target-lang", "de", "--checks", "term-drift", "--format", "json",
                "--output-dir", reports.toString(), "--fail-on", "info");

        assertThat(code).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(reports.resolve("paracheck.json").toFile());
        JsonNode pairs = json.path("pairs");
        assertThat(pairs).hasSize(2);
        assertThat(pairs.get(0).path("findings")).as("a.txt holds the majority rendering").isEmpty();
        assertThat(pairs.get(1).path("findings")).hasSize(2).allSatisfy(f -> {
            assertThat(f.path("check").asText()).isEqualTo("term-drift");
            assertThat(f.path("message").asText()).contains("\"Komitee\" here").contains("a.txt line 1");
        });
    }
}
