package dev.paracheck.check.grammar;

import static dev.paracheck.testing.Fixtures.alignment;
import static dev.paracheck.testing.Fixtures.document;
import static dev.paracheck.testing.Fixtures.link;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paracheck.check.CheckContext;
import dev.paracheck.model.Document;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class GrammarCheckTest {
    private static final GrammarCheck CHECK = new GrammarCheck();

    private static List<Finding> run(String source, String target) {
        Document en = document("en.txt", "en", new String[] {source});
        Document de = document("de.txt", "de", new String[] {target});
        return CHECK.run(new CheckContext(en, de, alignment(link(List.of(0), List.of(0))), Severity.WARNING));
    }

    @Test
    void flagsAGrammarErrorInTheTarget() {
        assertThat(run("He goes home.", "Er gehen nach Hause.")).isNotEmpty()
                .allSatisfy(f -> assertThat(f.target().sentences()).containsExactly(0))
                .anySatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void correctTargetHasNoFinding() {
        assertThat(run("He goes home.", "Er geht nach Hause.")).isEmpty();
    }

    @Test
    void spellingHitsOnNamesFromTheSourceAreDropped() {
        assertThat(run("Minister Nguyen Trong Nghia spoke.", "Minister Nguyen Trong Nghia sprach.")).isEmpty();
        assertThat(run("The minister spoke.", "Minister Nguyen Trong Nghia sprach.")).isNotEmpty()
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void languagesWithoutLanguageToolAreSkipped() {
        Document en = document("en.txt", "en", new String[] {"Hello."});
        Document vi = document("vi.txt", "vi", new String[] {"Xin chao."});
        assertThat(CHECK.run(new CheckContext(en, vi, alignment(link(List.of(0), List.of(0))), Severity.WARNING)))
                .isEmpty();
    }

    @Test
    void aTargetBeyondTheCharacterBudgetIsReportedAsNotChecked() {
        Document en = document("en.txt", "en", new String[] {"He goes home."}, new String[] {"He goes home."});
        Document de = document("de.txt", "de", new String[] {"Er geht nach Hause."},
                new String[] {"Er gehen nach Hause."});
        List<Finding> found = new GrammarCheck(25).run(new CheckContext(en, de,
                alignment(link(List.of(0), List.of(0)), link(List.of(1), List.of(1))), Severity.WARNING));
        assertThat(found).as("the error in the second paragraph lies beyond the budget").singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.message()).contains("first 25 characters only");
                    assertThat(f.target().sentences()).containsExactly(1);
                });
    }
}
