package dev.paracheck.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordDiffTest {
    @Test
    void aChangedWordIsADeletionThenAnInsertionBetweenEqualText() {
        assertThat(WordDiff.edits("Auf der Konferenz stellte er vor.", "Auf der Konferenz präsentierte er."))
                .containsExactly(new WordDiff.Edit(WordDiff.Kind.EQUAL, "Auf der Konferenz "),
                        new WordDiff.Edit(WordDiff.Kind.DELETE, "stellte"),
                        new WordDiff.Edit(WordDiff.Kind.INSERT, "präsentierte"),
                        new WordDiff.Edit(WordDiff.Kind.EQUAL, " er"),
                        new WordDiff.Edit(WordDiff.Kind.DELETE, " vor"),
                        new WordDiff.Edit(WordDiff.Kind.EQUAL, "."));
    }

    @Test
    void theLineIsTheEditsFlattened() {
        assertThat(WordDiff.of("grown to 420,000 books", "grown to 450,000 books and maps"))
                .isEqualTo("grown to [-420-]{+450+},000 books{+ and maps+}");
        assertThat(WordDiff.of("same text", "same text")).isEqualTo("same text");
    }

    @Test
    void equalAndDeletedTextMakeTheEarlierTextEqualAndInsertedTheLater() {
        String before = "Tickets (3 €) für Kinder.";
        String after = "Tickets (4 €) für alle Kinder!";
        List<WordDiff.Edit> edits = WordDiff.edits(before, after);

        assertThat(join(edits, WordDiff.Kind.DELETE)).isEqualTo(before);
        assertThat(join(edits, WordDiff.Kind.INSERT)).isEqualTo(after);
        assertThat(WordDiff.edits("", "neu")).containsExactly(new WordDiff.Edit(WordDiff.Kind.INSERT, "neu"));
        assertThat(WordDiff.edits("", "")).isEmpty();
    }

    private static String join(List<WordDiff.Edit> edits, WordDiff.Kind side) {
        StringBuilder sb = new StringBuilder();
        edits.stream().filter(e -> e.kind() == WordDiff.Kind.EQUAL || e.kind() == side)
                .forEach(e -> sb.append(e.text()));
        return sb.toString();
    }
}
