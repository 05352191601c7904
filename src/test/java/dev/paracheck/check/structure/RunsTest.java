package dev.paracheck.check.structure;

import static dev.paracheck.testing.Fixtures.document;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paracheck.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunsTest {
    private final Document doc = document("en.txt", "en", new String[] {"One.", "Two.", "Three."},
            new String[] {"Four."});

    @Test
    void aRunIsDescribedAndItsVerbAgreesWithTheDescription() {
        assertThat(Runs.describe(List.of(0, 1), doc) + " " + Runs.verb(List.of(0, 1), doc, "goes", "go"))
                .isEqualTo("sentences 1–2 go");
        assertThat(Runs.describe(List.of(0, 1, 2), doc) + " " + Runs.verb(List.of(0, 1, 2), doc, "is", "are"))
                .isEqualTo("paragraph 1 (sentences 1–3) is");
        assertThat(Runs.describe(List.of(3), doc) + " " + Runs.has(List.of(3), doc))
                .isEqualTo("paragraph 2 (sentence 4) has");
    }
}
