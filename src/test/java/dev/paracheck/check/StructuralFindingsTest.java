package dev.paracheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paracheck.model.Finding;
import dev.paracheck.model.PairResult;
import dev.paracheck.pipeline.ConsistencyRun;
import dev.paracheck.pipeline.PairOptions;
import dev.paracheck.testing.TestFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * End to end on real text: a translation edited by deleting a sentence, adding one and moving a paragraph must
 * give exactly those findings, each on the right sentence, and nothing else structural.
 */
class StructuralFindingsTest {
    private static final Set<String> STRUCTURAL = Set.of("omission", "addition", "reorder", "not-parallel");
    private static ConsistencyRun run;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() {
        run = new ConsistencyRun();
    }

    /** What one finding must be: its check, and a phrase of the sentence it names. */
    record Expected(String check, String phrase) {
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("seed: delete, add, move", "seeds/article.en.txt", "seeds/article.de.txt",
                        edits(p -> deleteSentence(p, 1, "An der Konferenz nahmen"),
                                p -> appendSentence(p, 9, "Die Delegierten besichtigten am Nachmittag außerdem eine "
                                        + "neue Fabrik für Solarmodule in der Provinz."),
                                p -> move(p, 4, 19)),
                        List.of(new Expected("omission", "The conference was attended by guests"),
                                new Expected("addition", "Solarmodule"),
                                new Expected("reorder", "To ensure that the Party Committee"))),
                Arguments.of("seed: one list paragraph deleted", "seeds/article.en.txt", "seeds/article.de.txt",
                        edits(p -> removeStartingWith(p, "Siebtens")),
                        List.of(new Expected("omission", "Seventh, promote foreign information"))),
                Arguments.of("library en-de: paragraph deleted, sentence added, paragraph moved up",
                        "pairs/library.en.txt", "pairs/library.de.txt",
                        edits(p -> remove(p, 6),
                                p -> appendSentence(p, 3, "Der Eintritt zu allen Veranstaltungen ist frei."),
                                p -> move(p, 7, 2)),
                        List.of(new Expected("omission", "The opening hours have also been extended"),
                                new Expected("addition", "Eintritt zu allen Veranstaltungen"),
                                new Expected("reorder", "The city council promised"))),
                Arguments.of("harbour en-fr: sentence deleted, paragraph added, last paragraph moved first",
                        "pairs/harbour.en.txt", "pairs/harbour.fr.txt",
                        edits(p -> deleteSentence(p, 1, "La traversée durera"),
                                p -> insert(p, 5, "Le maire a annoncé une fête sur le port pour l'inauguration. "
                                        + "Un concert gratuit aura lieu sur la plage."),
                                p -> move(p, 8, 1)),
                        List.of(new Expected("omission", "The crossing will take 25 minutes"),
                                new Expected("addition", "Le maire a annoncé"),
                                new Expected("reorder", "During the summer"))),
                Arguments.of("library en-de: two sentences swapped inside a paragraph", "pairs/library.en.txt",
                        "pairs/library.de.txt",
                        edits(p -> swapSentences(p, 2, "Große Fenster", "Die Architekten")),
                        List.of(new Expected("reorder", "The architects from Studio Lindner"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsExactlyTheEdits(String name, String source, String target, UnaryOperator<List<String>> edit,
                              List<Expected> expected) {
        Path src = TestFiles.resource(source);
        List<String> paragraphs = edit.apply(new ArrayList<>(TestFiles.lines(TestFiles.resource(target))));
        Path tgt = TestFiles.writeLines(dir, "edited.txt", paragraphs);

        PairResult result = run.check(src, tgt, new PairOptions(null, null, false), Checks.withoutGrammar());

        List<Finding> structural = result.findings().stream().filter(f -> STRUCTURAL.contains(f.check())).toList();
        assertThat(structural).extracting(Finding::check)
                .as(() -> structural.stream().map(Finding::message).toList() + "\n" + result.alignment().sentences()
                        .stream().filter(l -> !l.type().equals("1-1")).map(l -> l.ladder() + l.type()).toList())
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(Expected::check).toList());
        for (Expected e : expected) {
            Finding f = structural.stream().filter(x -> x.check().equals(e.check())).findFirst().orElseThrow();
            String text = f.source() != null && !f.source().sentences().isEmpty() ? f.source().text()
                    : f.target().text();
            assertThat(text).as("sentence named by %s", e.check()).contains(e.phrase());
        }
    }

    @Test
    void cleanSeedPairHasNoStructuralFindingAndPairsEveryParagraph() {
        PairResult result = run.check(TestFiles.seedEnglish(), TestFiles.seedGerman(), new PairOptions(null, null, false),
                Checks.withoutGrammar());

        assertThat(result.findings()).extracting(Finding::check).doesNotContainAnyElementsOf(STRUCTURAL);
        assertThat(result.alignment().paragraphs()).hasSize(30);
        for (int p = 0; p < 30; p++) {
            assertThat(result.alignment().paragraphs().get(p).source()).containsExactly(p);
            assertThat(result.alignment().paragraphs().get(p).target()).containsExactly(p);
        }
    }

    @Test
    void aTranslatorsCreditAtTheEndIsInfoWhileAnAddedSentenceStaysAWarning() {
        List<String> paragraphs = new ArrayList<>(TestFiles.lines(TestFiles.seedGerman()));
        appendSentence(paragraphs, 9, "Die Delegierten besichtigten am Nachmittag außerdem eine neue Fabrik für "
                + "Solarmodule in der Provinz.");
        paragraphs.add("ÜBERSETZUNG");
        paragraphs.add("Die deutsche Übersetzung dieses Artikels wurde von Erika Mustermann erstellt.");
        paragraphs.add("Erika Mustermann <erika@example.org>");
        paragraphs.add("Die englische Originalversion dieses Artikels finden Sie auf der Website der Zeitung.");
        // the page's footer line, on both sides, follows the credits
        paragraphs.add("Nhan Dan 2023-12-22 ARTICLE(7)");
        Path tgt = TestFiles.writeLines(dir, "credited.txt", paragraphs);
        List<String> english = new ArrayList<>(TestFiles.lines(TestFiles.seedEnglish()));
        english.add("Nhan Dan 2023-12-22 ARTICLE(7)");
        Path src = TestFiles.writeLines(dir, "footed.txt", english);

        PairResult result = run.check(src, tgt, new PairOptions(null, null, false), Checks.withoutGrammar());

        List<Finding> additions = result.findings().stream().filter(f -> f.check().equals("addition")).toList();
        assertThat(additions).filteredOn(f -> f.target().text().contains("Solarmodule"))
                .extracting(Finding::severity).containsExactly(dev.paracheck.model.Severity.WARNING);
        assertThat(additions).filteredOn(f -> !f.target().text().contains("Solarmodule")).isNotEmpty()
                .allSatisfy(f -> {
                    assertThat(f.severity()).isEqualTo(dev.paracheck.model.Severity.INFO);
                    assertThat(f.message()).contains("translator's note or credit");
                });
    }

    /** A list flattened into one line keeps its names: the items are not omitted, though no link pairs them. */
    @Test
    void listItemsStandingWordForWordInTheNeighbouringSentenceAreNoWarning() {
        List<String> english = new ArrayList<>(TestFiles.lines(TestFiles.seedEnglish()));
        english.addAll(List.of("Supported platforms", "Amazon Fire OS", "Android", "BlackBerry 10", "Firefox OS"));
        List<String> german = new ArrayList<>(TestFiles.lines(TestFiles.seedGerman()));
        german.add("Unterstützte Plattformen");
        german.add("Diese Plattformen werden unterstützt: Amazon Fire OS - Android - BlackBerry 10 - Firefox OS");
        Path src = TestFiles.writeLines(dir, "list.en.txt", english);
        Path tgt = TestFiles.writeLines(dir, "list.de.txt", german);

        PairResult result = run.check(src, tgt, new PairOptions(null, null, false), Checks.withoutGrammar());

        assertThat(result.findings()).filteredOn(f -> f.check().equals("omission"))
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(dev.paracheck.model.Severity.INFO));
        assertThat(result.findings()).filteredOn(f -> f.severity() != dev.paracheck.model.Severity.INFO)
                .extracting(Finding::check).doesNotContainAnyElementsOf(STRUCTURAL);
    }

    @Test
    void findingsComeInDocumentOrderAnAdditionWhereItStands() {
        // the omission (source paragraph 2) comes before the addition (target paragraph 10): a finding on the target
        // only stands where its text does, not first
        List<String> paragraphs = new ArrayList<>(TestFiles.lines(TestFiles.seedGerman()));
        deleteSentence(paragraphs, 1, "An der Konferenz nahmen");
        appendSentence(paragraphs, 9, "Die Delegierten besichtigten am Nachmittag außerdem eine neue Fabrik für "
                + "Solarmodule in der Provinz.");
        Path tgt = TestFiles.writeLines(dir, "ordered.txt", paragraphs);

        PairResult result = run.check(TestFiles.seedEnglish(), tgt, new PairOptions(null, null, false),
                Checks.withoutGrammar());

        assertThat(result.findings()).extracting(Finding::check).filteredOn(STRUCTURAL::contains)
                .containsExactly("omission", "addition");
        Finding addition = result.findings().stream().filter(f -> f.check().equals("addition")).findFirst()
                .orElseThrow();
        assertThat(result.findings().subList(result.findings().indexOf(addition) + 1, result.findings().size()))
                .filteredOn(f -> f.source() != null)
                .allSatisfy(f -> assertThat(f.source().paragraph()).isGreaterThanOrEqualTo(9));
    }

    @Test
    void unrelatedArticleIsNotParallel() {
        PairResult result = run.check(TestFiles.seedEnglish(), TestFiles.resource("seeds/unrelated.en.txt"),
                new PairOptions("en", "en", false), Checks.withoutGrammar());

        assertThat(result.findings()).extracting(Finding::check).containsExactly("not-parallel");
    }

    /**
     * One sentence a line is one paragraph: the permutation test rotated such a target by all but one sentence (it
     * looked for a paragraph start after the middle), so every --segmented translation longer than a few sentences
     * was reported as not parallel and all other structural checks were skipped.
     */
    @Test
    void aTranslationGivenOneSentenceALineIsParallelAndAnUnrelatedTextIsNot() {
        PairOptions segmented = new PairOptions("en", "de", true);
        Path en = sentencesAsLines(TestFiles.seedEnglish(), "en", "article.en");
        Path de = sentencesAsLines(TestFiles.seedGerman(), "de", "article.de");
        Path unrelated = sentencesAsLines(TestFiles.resource("seeds/unrelated.en.txt"), "en", "unrelated.en");

        PairResult real = run.check(en, de, segmented, Checks.withoutGrammar());
        PairResult other = run.check(unrelated, de, segmented, Checks.withoutGrammar());

        assertThat(real.source().paragraphs()).hasSize(1);
        assertThat(real.source().sentences()).hasSizeGreaterThan(30);
        assertThat(real.alignment().stats().costGain()).isGreaterThan(0.7);
        assertThat(real.findings()).extracting(Finding::check).doesNotContain("not-parallel");
        assertThat(other.alignment().stats().costGain()).isLessThan(0.2);
        assertThat(other.findings()).extracting(Finding::check).containsExactly("not-parallel");
    }

    private Path sentencesAsLines(Path text, String lang, String name) {
        PairResult read = run.align(text, text, new PairOptions(lang, lang, false));
        return TestFiles.writeLines(dir, name, read.source().sentences().stream().map(s -> s.text()).toList());
    }

    @SafeVarargs
    private static UnaryOperator<List<String>> edits(UnaryOperator<List<String>>... steps) {
        return p -> {
            for (UnaryOperator<List<String>> s : steps) {
                p = s.apply(p);
            }
            return p;
        };
    }

    private static List<String> deleteSentence(List<String> p, int paragraph, String start) {
        String text = p.get(paragraph);
        int from = text.indexOf(start);
        assertThat(from).as("sentence '%s' in paragraph %d", start, paragraph).isGreaterThanOrEqualTo(0);
        int end = text.indexOf(". ", from);
        String rest = end < 0 ? "" : text.substring(end + 2);
        p.set(paragraph, (text.substring(0, from) + rest).strip());
        return p;
    }

    private static List<String> appendSentence(List<String> p, int paragraph, String sentence) {
        p.set(paragraph, p.get(paragraph) + " " + sentence);
        return p;
    }

    private static List<String> swapSentences(List<String> p, int paragraph, String first, String second) {
        String text = p.get(paragraph);
        int a = text.indexOf(first);
        int b = text.indexOf(second);
        String one = text.substring(a, b).strip();
        String two = text.substring(b).strip();
        p.set(paragraph, text.substring(0, a) + two + " " + one);
        return p;
    }

    private static List<String> move(List<String> p, int from, int to) {
        p.add(to, p.remove(from));
        return p;
    }

    private static List<String> removeStartingWith(List<String> p, String start) {
        assertThat(p.removeIf(x -> x.startsWith(start))).isTrue();
        return p;
    }

    private static List<String> remove(List<String> p, int index) {
        p.remove(index);
        return p;
    }

    private static List<String> insert(List<String> p, int index, String paragraph) {
        p.add(index, paragraph);
        return p;
    }
}
