package dev.paracheck.check;

import static dev.paracheck.testing.Fixtures.alignment;
import static dev.paracheck.testing.Fixtures.document;
import static dev.paracheck.testing.Fixtures.link;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paracheck.check.consistency.InconsistentTranslationCheck;
import dev.paracheck.check.entity.EntityCheck;
import dev.paracheck.check.language.UntranslatedCheck;
import dev.paracheck.check.numbers.NumberCheck;
import dev.paracheck.model.DiffOp;
import dev.paracheck.model.Document;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Link;
import dev.paracheck.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The typed data of the content checks' findings points at the text it is about: the text at each span, read from
 * the finding's location text as a JavaScript page or a JSON reader would ({@code text.substring(start, end)}), is
 * the number, the name, the text left untranslated.
 */
class FindingSpansTest {
    /** One link, the source sentence with the target's sentences (several: a sentence split in two). */
    private static List<Finding> run(Check check, String source, String... target) {
        Document en = document("en.txt", "en", new String[] {source});
        Document de = document("de.txt", "de", target);
        Link l = link(List.of(0), java.util.stream.IntStream.range(0, target.length).boxed().toList());
        return check.run(new CheckContext(en, de, alignment(l), check.descriptor().defaultSeverity()));
    }

    /** The texts the finding's spans on {@code side} cover, in order. */
    static List<String> marked(Finding f, Span.Side side) {
        return f.spans().stream().filter(s -> s.side() == side).map(s -> s.of(f.location(side).text())).toList();
    }

    @Test
    void numberSpansAreTheNumbersThatDifferOnEachSide() {
        Finding f = single(run(new NumberCheck(), "It cost 1,500 euros for 3 rooms.",
                "Es kostete 1.600 Euro für 3 Zimmer."));

        assertThat(marked(f, Span.Side.SOURCE)).containsExactly("1,500");
        assertThat(marked(f, Span.Side.TARGET)).containsExactly("1.600");
        assertThat(f.spans()).extracting(Span::kind).containsOnly(Span.Kind.NUMBER);
        assertThat(f.suggestions()).as("the source's number, as written there").containsExactly("1,500");
    }

    @Test
    void numberSpansCountTheOutlineNumberTakenOffTheFront() {
        Finding f = single(run(new NumberCheck(), "18.2. The hall holds 300 people.",
                "18.2. Der Saal fasst 350 Personen."));

        assertThat(marked(f, Span.Side.SOURCE)).containsExactly("300");
        assertThat(marked(f, Span.Side.TARGET)).containsExactly("350");
    }

    @Test
    void spanOffsetsAreInTheJoinedTextOfSeveralSentencesAndInUtf16CodeUnits() {
        Finding f = single(run(new NumberCheck(), "The \uD83D\uDEA2 ferry leaves at 9 and costs 3 euros.",
                "Die \uD83D\uDEA2 Fähre fährt um 9 ab.", "Sie kostet 4 Euro."));

        assertThat(f.target().text()).isEqualTo("Die \uD83D\uDEA2 Fähre fährt um 9 ab. Sie kostet 4 Euro.");
        assertThat(f.spans()).filteredOn(s -> s.side() == Span.Side.TARGET).singleElement()
                .satisfies(s -> assertThat(s.start()).isEqualTo(f.target().text().indexOf('4')));
        assertThat(marked(f, Span.Side.TARGET)).containsExactly("4");
        assertThat(f.spans()).filteredOn(s -> s.side() == Span.Side.SOURCE).singleElement()
                .satisfies(s -> assertThat(s.start()).as("the ship is two code units").isEqualTo(35));
        assertThat(marked(f, Span.Side.SOURCE)).containsExactly("3");
    }

    @Test
    void aNumberInWordsIsMarkedWithTheDigitsItStandsFor() {
        Finding f = single(run(new NumberCheck(), "It has 6 rooms.", "Es hat sechs Zimmer."));

        assertThat(marked(f, Span.Side.SOURCE)).containsExactly("6");
        assertThat(marked(f, Span.Side.TARGET)).containsExactly("sechs");
    }

    @Test
    void aNumberWordReplacedByAnotherIsMarkedOnBothSides() {
        Finding f = single(run(new NumberCheck(), "If two source packages are given, it compares them.",
                "Falls sechs Quellpakete übergeben wurden, vergleicht es sie."));

        assertThat(marked(f, Span.Side.SOURCE)).containsExactly("two");
        assertThat(marked(f, Span.Side.TARGET)).containsExactly("sechs");
    }

    @Test
    void entitySpansAreTheNameMissingAndTheNameInItsPlace() {
        Finding f = single(run(new EntityCheck(), "The desktop of this machine is KDE, set up by Torvalds.",
                "Die Arbeitsumgebung dieses Rechners ist Xfce, eingerichtet von Torvalds."));

        assertThat(marked(f, Span.Side.SOURCE)).containsExactly("KDE");
        assertThat(marked(f, Span.Side.TARGET)).containsExactly("Xfce");
        assertThat(f.spans()).extracting(Span::kind).containsOnly(Span.Kind.NAME);
        assertThat(f.suggestions()).containsExactly("KDE");
    }

    @Test
    void whatMustBeCopiedVerbatimIsMarkedAndSuggested() {
        Finding f = single(run(new EntityCheck(), "Run `mvn test` in src/main/App.java now.", "Führe mvn test aus."));

        assertThat(marked(f, Span.Side.SOURCE)).containsExactly("`mvn test`", "src/main/App.java");
        assertThat(marked(f, Span.Side.TARGET)).isEmpty();
        assertThat(f.suggestions()).containsExactly("`mvn test`", "src/main/App.java");
    }

    @Test
    void aNameIsNotMarkedInsideALongerWord() {
        assertThat(Spans.occurrences("Anna met Annabel and Anna's dog.", "Anna", Span.Side.SOURCE, Span.Kind.NAME))
                .extracting(Span::start).containsExactly(0, 21);
    }

    @Test
    void untranslatedTextIsMarkedWhole() {
        Finding f = single(run(new UntranslatedCheck(), "The collection has grown to many books and games.",
                "The collection has grown to many books and games."));

        assertThat(f.spans()).singleElement().satisfies(s -> {
            assertThat(s.side()).isEqualTo(Span.Side.TARGET);
            assertThat(s.kind()).isEqualTo(Span.Kind.UNTRANSLATED);
        });
        assertThat(marked(f, Span.Side.TARGET)).containsExactly(f.target().text());
    }

    @Test
    void anInconsistentTranslationCarriesItsWordDiffFromTheFirstTranslation() {
        String source = "At the conference the minister presented the draft.";
        String first = "Auf der Konferenz stellte der Minister den Entwurf vor.";
        String second = "Auf der Konferenz präsentierte der Minister den Entwurf.";
        Document en = document("en.txt", "en", new String[] {source}, new String[] {"Then it rained."},
                new String[] {source});
        Document de = document("de.txt", "de", new String[] {first}, new String[] {"Dann regnete es."},
                new String[] {second});
        Finding f = single(new InconsistentTranslationCheck().run(new CheckContext(en, de, alignment(
                link(List.of(0), List.of(0)), link(List.of(1), List.of(1)), link(List.of(2), List.of(2))),
                new InconsistentTranslationCheck().descriptor().defaultSeverity())));

        assertThat(DiffOp.before(f.diff())).isEqualTo(first);
        assertThat(DiffOp.after(f.diff())).isEqualTo(f.target().text()).isEqualTo(second);
        assertThat(f.diff()).extracting(DiffOp::op).containsExactly(DiffOp.Op.EQUAL, DiffOp.Op.DELETE,
                DiffOp.Op.INSERT, DiffOp.Op.EQUAL, DiffOp.Op.DELETE, DiffOp.Op.EQUAL);
        assertThat(f.message()).endsWith(DiffOp.flatten(f.diff()))
                .contains("[-stellte-]{+präsentierte+} der Minister den Entwurf[- vor-].");
        assertThat(marked(f, Span.Side.TARGET)).containsExactly("präsentierte");
        assertThat(f.spans()).extracting(Span::kind).containsOnly(Span.Kind.CHANGED);
    }

    private static Finding single(List<Finding> findings) {
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }
}
