package dev.paracheck.check.stale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paracheck.check.Checks;
import dev.paracheck.model.Finding;
import dev.paracheck.model.PairResult;
import dev.paracheck.model.Severity;
import dev.paracheck.pipeline.ConsistencyRun;
import dev.paracheck.pipeline.PairOptions;
import dev.paracheck.testing.TestFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library article as translated (English before, German), then the English edited three ways since: a
 * sentence changed, one added, one deleted. Each edit gives its stale finding, and nothing else structural.
 */
class StaleTranslationTest {
    private static final PairOptions EN_DE = new PairOptions("en", "de", false);
    private static ConsistencyRun run;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() {
        run = new ConsistencyRun();
    }

    private Path englishNow() {
        List<String> en = new ArrayList<>(TestFiles.lines(TestFiles.resource("pairs/library.en.txt")));
        en.set(4, en.get(4).replace("420,000 books, films and games", "450,000 books, films, games and maps"));
        en.set(5, en.get(5) + " Children under twelve must be accompanied by an adult in the workshop.");
        en.set(7, en.get(7).replace(" A petition with 2,500 signatures had demanded a temporary branch in the old "
                + "town.", ""));
        return TestFiles.writeLines(dir, "library.en.txt", en);
    }

    @Test
    void eachSourceEditSinceTheTranslationIsItsStaleFindingAndNothingElseStructural() {
        PairResult result = run.checkAgainstBefore(TestFiles.resource("pairs/library.en.txt"), englishNow(),
                TestFiles.resource("pairs/library.de.txt"), EN_DE, Checks.withoutGrammar(), Severity.WARNING);

        List<Finding> stale = result.findings().stream()
                .filter(f -> List.of("outdated", "missing-new", "obsolete").contains(f.check())).toList();
        assertThat(stale).extracting(Finding::check).containsExactly("outdated", "missing-new", "obsolete");
        Finding outdated = stale.get(0);
        assertThat(outdated.message()).startsWith("The source changed since the translation, the target translates "
                + "the old wording: The collection has grown to [-420-]{+450+},000").contains("{+maps+}");
        assertThat(outdated.target().text()).contains("420.000");
        assertThat(dev.paracheck.model.DiffOp.after(outdated.diff())).as("the diff ends in the source's text now")
                .isEqualTo(outdated.source().text());
        assertThat(dev.paracheck.model.DiffOp.before(outdated.diff())).contains("420,000 books, films and games");
        assertThat(outdated.spans()).extracting(s -> s.of(outdated.source().text())).contains("450", "maps");
        assertThat(stale.get(1).source().text()).startsWith("Children under twelve");
        assertThat(stale.get(1).message()).contains("it belongs after target line");
        assertThat(stale.get(2).target().text()).contains("2.500");
        assertThat(stale).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        // the number 420,000 -> 450,000 and the new sentence are the stale findings' to report, not number/omission
        assertThat(result.findings()).extracting(Finding::check)
                .doesNotContain("omission", "addition", "reorder", "number");
    }

    @Test
    void withoutABeforeVersionTheSameEditsAreOmissionAdditionAndNumber() {
        PairResult result = run.check(englishNow(), TestFiles.resource("pairs/library.de.txt"), EN_DE,
                Checks.withoutGrammar());

        assertThat(result.findings()).extracting(Finding::check).contains("number", "omission", "addition");
    }
}
