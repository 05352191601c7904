package dev.paracheck.beam;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paracheck.cli.Main;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/** English–German pairs the tests write, the CLI run on them, and the pipeline run over a manifest of them. */
final class TestPairs {
    static final ObjectMapper JSON = new ObjectMapper();

    /** Sentences without the tests' terms, which give the statistics a background (as in TermDriftCheckTest). */
    static final String[][] FILLER = {
        {"The weather was cold in January.", "Das Wetter war im Januar kalt."},
        {"Many children played in the park.", "Viele Kinder spielten im Park."},
        {"The river flooded the old bridge.", "Der Fluss überflutete die alte Brücke."},
        {"Prices rose again in the spring.", "Die Preise stiegen im Frühling wieder."},
        {"A new library opened downtown.", "Eine neue Bibliothek eröffnete in der Innenstadt."},
        {"The train arrived late this morning.", "Der Zug kam heute Morgen verspätet an."},
    };

    /** "committee" rendered "Ausschuss" three times. */
    static final String[][] AUSSCHUSS = {
        {"The committee approved the budget for the school.", "Der Ausschuss genehmigte den Haushalt für die Schule."},
        {"The mayor met the committee in the town hall.", "Der Bürgermeister traf den Ausschuss im Rathaus."},
        {"Yesterday the committee published its report.", "Gestern veröffentlichte der Ausschuss seinen Bericht."},
    };

    /** "committee" rendered "Komitee" twice: drift only when read with {@link #AUSSCHUSS}. */
    static final String[][] KOMITEE = {
        {"The committee rejected the proposal of the opposition.", "Das Komitee lehnte den Vorschlag der Opposition ab."},
        {"Later the members of the committee discussed the harbour.",
            "Später erörterten die Mitglieder des Komitees den Hafen."},
    };

    /** A number changed, a sentence left out and a word repeated ("die die", which LanguageTool flags). */
    static final String[][] FLAWED = {
        {"The new bridge cost 500 million euros.", "Die neue Brücke kostete 50 Millionen Euro."},
        {"It was opened on 12 May 2021 by the mayor.", "Sie wurde am 12. Mai 2021 vom Bürgermeister eröffnet."},
        {"Thousands of people came to see it.", ""},
        {"The committee praised the engineers.", "Der Ausschuss lobte die die Ingenieure."},
    };

    private TestPairs() {
    }

    /** The source and target text of {@code rows} plus the filler, a sentence a line (empty targets left out). */
    static String[] texts(String[]... rows) {
        StringBuilder en = new StringBuilder();
        StringBuilder de = new StringBuilder();
        List<String[]> all = new ArrayList<>(List.of(rows));
        all.addAll(List.of(FILLER));
        for (String[] r : all) {
            en.append(r[0]).append('\n');
            if (!r[1].isEmpty()) {
                de.append(r[1]).append('\n');
            }
        }
        return new String[] {en.toString(), de.toString()};
    }

    /** Writes {@code en/NAME.en.txt} and {@code de/NAME.de.txt} under {@code root}. */
    static void write(Path root, String name, String[]... rows) throws IOException {
        String[] t = texts(rows);
        Files.createDirectories(root.resolve("en"));
        Files.createDirectories(root.resolve("de"));
        Files.writeString(root.resolve("en/" + name + ".en.txt"), t[0], StandardCharsets.UTF_8);
        Files.writeString(root.resolve("de/" + name + ".de.txt"), t[1], StandardCharsets.UTF_8);
    }

    /** {@code paracheck check ARGS --format json --output-dir -}: the JSON report it prints. */
    static JsonNode cli(String... args) throws IOException {
        StringWriter out = new StringWriter();
        List<String> all = new ArrayList<>(List.of("check"));
        all.addAll(List.of(args));
        all.addAll(List.of("--format", "json", "--output-dir", "-", "--fail-on", "never"));
        int code = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(new StringWriter()))
                .execute(all.toArray(String[]::new));
        if (code != 0) {
            throw new IllegalStateException("paracheck check exited " + code);
        }
        return JSON.readTree(out.toString());
    }

    /** Runs the pipeline on the DirectRunner with {@code args} (Beam's form: {@code --name=value}). */
    static void beam(String... args) {
        PipelineOptionsFactory.register(ParacheckOptions.class);
        List<String> all = new ArrayList<>(List.of("--runner=DirectRunner"));
        all.addAll(List.of(args));
        ParacheckOptions options = PipelineOptionsFactory.fromArgs(all.toArray(String[]::new)).withValidation()
                .as(ParacheckOptions.class);
        PipelineResult.State state = ParacheckPipeline.run(options).waitUntilFinish();
        if (state != PipelineResult.State.DONE) {
            throw new IllegalStateException("the pipeline ended " + state);
        }
    }

    /** The JSON objects of every {@code PREFIX-*.jsonl} shard under {@code dir}. */
    static List<JsonNode> lines(Path dir, String prefix) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith(prefix + "-")).sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        out.add(JSON.readTree(line));
                    }
                }
            }
        }
        return out;
    }

    /** A manifest line for a pair given by paths. */
    static String row(String id, Path source, Path target) throws IOException {
        return JSON.writeValueAsString(JSON.createObjectNode().put("id", id).put("source", source.toString())
                .put("target", target.toString()));
    }
}
