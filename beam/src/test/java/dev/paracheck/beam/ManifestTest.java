package dev.paracheck.beam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestTest {
    private final List<PairRow> rows = new ArrayList<>();
    private final List<PairProblem> problems = new ArrayList<>();

    private void read(String name, String text) throws IOException {
        Manifest.read(name, new StringReader(text), rows::add, problems::add);
    }

    @Test
    void readsJsonLinesWithLocationsLanguagesAndInlineTexts() throws IOException {
        read("m.jsonl", """
                {"id": "p1", "source": "gs://b/en/a.md", "target": "gs://b/de/a.md", "source_lang": "en", "group": "site"}

                {"id": 2, "source_text": "Hello.", "target_text": "Hallo."}
                """);
        assertThat(problems).isEmpty();
        assertThat(rows).containsExactly(
                new PairRow("m.jsonl", 1, "p1", "gs://b/en/a.md", "gs://b/de/a.md", "en", null, null, null, "site"),
                new PairRow("m.jsonl", 3, "2", null, null, null, null, "Hello.", "Hallo.", null));
    }

    @Test
    void readsCsvByItsHeader() throws IOException {
        read("m.csv", """
                target,id,source,target_lang
                de/a.md,a,en/a.md,de
                "de/b, c.md",b,"en/b, c.md",
                """);
        assertThat(problems).isEmpty();
        assertThat(rows).containsExactly(
                new PairRow("m.csv", 2, "a", "en/a.md", "de/a.md", null, "de", null, null, null),
                new PairRow("m.csv", 3, "b", "en/b, c.md", "de/b, c.md", null, null, null, null, null));
    }

    @Test
    void aBadRowIsAProblemAndTheNextIsRead() throws IOException {
        read("m.jsonl", """
                {"id": "x", "source": "a"
                ["not", "an", "object"]
                {"id": "y", "source": "a", "source_text": "b", "target": "c"}
                {"id": "z", "source": "a", "target": "b"}
                """);
        assertThat(problems).extracting(p -> p.where() + ": " + p.message().replaceAll(" \\(.*", ""))
                .containsExactly("m.jsonl line 1: not a JSON object", "m.jsonl line 2: not a JSON object",
                        "m.jsonl line 3: both source and source_text");
        assertThat(rows).extracting(PairRow::id).containsExactly("z");
    }

    @Test
    void aCsvRowWithTooFewFieldsIsAProblem() throws IOException {
        read("m.csv", "id,source,target\na,en/a.md\nb,en/b.md,de/b.md\n");
        assertThat(problems).extracting(p -> p.pair() + " " + p.where() + ": " + p.message())
                .containsExactly("a m.csv line 2: 2 fields where the header has 3");
        assertThat(rows).extracting(PairRow::id).containsExactly("b");
    }

    @Test
    void aCsvWithoutAnIdColumnIsOneProblem() throws IOException {
        read("m.csv", "source,target\nen/a.md,de/a.md\n");
        assertThat(problems).extracting(PairProblem::message).containsExactly("the header names no id column");
        assertThat(rows).isEmpty();
    }
}
