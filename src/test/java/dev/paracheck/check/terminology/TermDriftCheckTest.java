package dev.paracheck.check.terminology;

import static dev.paracheck.testing.Fixtures.alignment;
import static dev.paracheck.testing.Fixtures.document;
import static dev.paracheck.testing.Fixtures.link;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paracheck.check.Boilerplate;
import dev.paracheck.check.CheckContext;
import dev.paracheck.config.Glossary;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Link;
import dev.paracheck.model.Severity;
import dev.paracheck.model.Span;
import dev.paracheck.model.TermTable;
import dev.paracheck.model.TermVariants;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermDriftCheckTest {
    /** Sentences that give the statistics a background: no term of the tests in them. */
    private static final String[][] FILLER = {
        {"The weather was cold in January.", "Das Wetter war im Januar kalt."},
        {"Many children played in the park.", "Viele Kinder spielten im Park."},
        {"The river flooded the old bridge.", "Der Fluss überflutete die alte Brücke."},
        {"Prices rose again in the spring.", "Die Preise stiegen im Frühling wieder."},
        {"A new library opened downtown.", "Eine neue Bibliothek eröffnete in der Innenstadt."},
        {"The train arrived late this morning.", "Der Zug kam heute Morgen verspätet an."},
    };

    /** A pair aligned one to one: each row is a source sentence and its translation. */
    static CheckContext pair(String name, String[]... rows) {
        List<String[]> all = new ArrayList<>(List.of(rows));
        all.addAll(List.of(FILLER));
        String[][] en = all.stream().map(r -> new String[] {r[0]}).toArray(String[][]::new);
        String[][] de = all.stream().map(r -> new String[] {r[1]}).toArray(String[][]::new);
        Link[] links = new Link[all.size()];
        for (int i = 0; i < links.length; i++) {
            links[i] = link(List.of(i), List.of(i));
        }
        return new CheckContext(document(name + ".en.txt", "en", en), document(name + ".de.txt", "de", de),
                alignment(links), Severity.WARNING, Boilerplate.none(), Glossary.EMPTY);
    }

    private static final String[][] DRIFTING = {
        {"The committee approved the budget for the school.", "Der Ausschuss genehmigte den Haushalt für die Schule."},
        {"The mayor met the committee in the town hall.", "Der Bürgermeister traf den Ausschuss im Rathaus."},
        {"Yesterday the committee published its report.", "Gestern veröffentlichte der Ausschuss seinen Bericht."},
        {"The committee rejected the proposal of the opposition.", "Das Komitee lehnte den Vorschlag der Opposition ab."},
        {"Later the members of the committee discussed the harbour.",
            "Später erörterten die Mitglieder des Komitees den Hafen."},
    };

    @Test
    void aTermRenderedTwoWaysIsFlaggedAtEachUseOfTheMinorityRendering() {
        List<Finding> found = new TermDriftCheck().run(pair("council", DRIFTING));
        assertThat(found).hasSize(2).allSatisfy(f -> {
            assertThat(f.check()).isEqualTo("term-drift");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("\"committee\" is rendered \"Komitee\" here")
                    .containsSubsequence("\"Ausschuss\" 3×", "\"Komitee\" 2×");
        });
        assertThat(found).extracting(f -> f.source().sentences().get(0)).containsExactly(3, 4);
        assertThat(found.get(1).target().text()).contains("Komitees");
    }

    @Test
    void aDriftFindingCarriesTheTermAndItsRenderingsAsData() {
        List<Finding> found = new TermDriftCheck().run(pair("council", DRIFTING));
        assertThat(found).extracting(Finding::terms)
                .containsOnly(new TermVariants("committee", List.of("Ausschuss", "Komitee")));
    }

    @Test
    void aDriftFindingMarksTheTermAndItsRenderingAndSuggestsTheMajorityRendering() {
        List<Finding> found = new TermDriftCheck().run(pair("council", DRIFTING));

        assertThat(found).extracting(f -> marked(f, Span.Side.SOURCE)).containsExactly(List.of("committee"),
                List.of("committee"));
        assertThat(found).extracting(f -> marked(f, Span.Side.TARGET)).containsExactly(List.of("Komitee"),
                List.of("Komitees"));
        assertThat(found).flatExtracting(Finding::spans).extracting(Span::kind).containsOnly(Span.Kind.TERM);
        assertThat(found).extracting(Finding::suggestions).containsOnly(List.of("Ausschuss"));
    }

    /** Markdown link targets are blanked in place: the spans of a link's text stay where it stands. */
    @Test
    void termSpansStayInPlaceAfterLinkTargets() {
        String[][] rows = {
            {"See [the notes](/en/a/) of the committee.", "Siehe [die Notizen](/de/a/) des Ausschusses."},
            {"The committee met.", "Der Ausschuss tagte."},
            {"The committee voted.", "Der Ausschuss stimmte ab."},
            {"See [the plan](/en/b/) of the committee.", "Siehe [den Plan](/de/b/) des Komitees."},
            {"The committee closed.", "Das Komitee schloss."},
        };
        List<Finding> found = new TermDriftCheck().run(pair("links", rows));

        assertThat(found).isNotEmpty().allSatisfy(f -> {
            assertThat(marked(f, Span.Side.SOURCE)).containsOnly("committee");
            assertThat(marked(f, Span.Side.TARGET)).singleElement().asString().startsWith("Komitee");
        });
    }

    private static List<String> marked(Finding f, Span.Side side) {
        return f.spans().stream().filter(s -> s.side() == side).map(s -> s.of(f.location(side).text())).toList();
    }

    @Test
    void inflectedFormsOfOneRenderingAreNoDrift() {
        String[][] consistent = {
            {"The committee approved the budget.", "Der Ausschuss genehmigte den Haushalt."},
            {"The mayor met the committee.", "Der Bürgermeister traf den Ausschuss."},
            {"The members of the committee spoke.", "Die Mitglieder des Ausschusses sprachen."},
            {"The committees of both towns met.", "Die Ausschüsse beider Städte trafen sich."},
        };
        assertThat(new TermDriftCheck().run(pair("consistent", consistent))).isEmpty();
        TermTable.Term committee = term(TermInference.infer(List.of(pair("consistent", consistent))), "committee");
        assertThat(committee.renderings()).singleElement().satisfies(r -> {
            assertThat(r.text()).isEqualTo("Ausschuss");
            assertThat(r.count()).isEqualTo(4);
        });
    }

    @Test
    void aCompoundRendersAMultiwordTermAndItsHead() {
        String[][] rows = {
            {"The budget committee approved the plan.", "Der Haushaltsausschuss genehmigte den Plan."},
            {"The mayor met the budget committee.", "Der Bürgermeister traf den Haushaltsausschuss."},
            {"Members of the budget committee spoke.", "Mitglieder des Haushaltsausschusses sprachen."},
            {"The committee closed the session.", "Der Ausschuss schloss die Sitzung."},
        };
        TermTable table = TermInference.infer(List.of(pair("compound", rows)));
        assertThat(term(table, "budget committee").renderings()).singleElement().satisfies(r -> {
            assertThat(r.text()).isEqualTo("Haushaltsausschuss");
            assertThat(r.count()).isEqualTo(3);
        });
        assertThat(term(table, "committee").renderings()).as("Ausschuss and Haushaltsausschuss are one family")
                .singleElement().satisfies(r -> assertThat(r.count()).isEqualTo(4));
        assertThat(new TermDriftCheck().run(pair("compound", rows))).isEmpty();
    }

    @Test
    void aTermInASentenceTheTranslatorSplitIsStillRendered() {
        String[][] rows = {
            {"The committee approved the budget and the mayor signed it.",
                "Der Ausschuss genehmigte den Haushalt. Der Bürgermeister unterschrieb ihn."},
            {"The committee met again.", "Der Ausschuss tagte erneut."},
        };
        assertThat(term(TermInference.infer(List.of(pair("split", rows))), "committee").renderings())
                .singleElement().satisfies(r -> assertThat(r.count()).isEqualTo(2));
    }

    @Test
    void acrossABatchTheTermIsJudgedOverAllPairs() {
        CheckContext a = pair("a", DRIFTING[0], DRIFTING[1], DRIFTING[2]);
        CheckContext b = pair("b", DRIFTING[3], DRIFTING[4]);
        TermDriftCheck check = new TermDriftCheck();
        assertThat(check.run(a)).as("pair a alone").isEmpty();
        assertThat(check.run(b)).as("pair b alone").isEmpty();
        List<List<Finding>> batch = check.runAll(List.of(a, b));
        assertThat(batch.get(0)).isEmpty();
        assertThat(batch.get(1)).hasSize(2).allSatisfy(f -> assertThat(f.message())
                .contains("a.en.txt").contains("b.en.txt").contains("\"Komitee\" 2×"));
    }

    @Test
    void acrossATreeTheUsesAreNamedByTheirRelativePaths() {
        CheckContext a = inTree(pair("index", DRIFTING[0], DRIFTING[1], DRIFTING[2]), "guide/a/index.md");
        CheckContext b = inTree(pair("index", DRIFTING[3], DRIFTING[4]), "guide/b/index.md");

        List<List<Finding>> batch = new TermDriftCheck().runAll(List.of(a, b));

        assertThat(batch.get(1)).hasSize(2).allSatisfy(f -> assertThat(f.message())
                .contains("(guide/a/index.md line 1, guide/a/index.md line 2, guide/a/index.md line 3)")
                .contains("(guide/b/index.md line 1, guide/b/index.md line 2)")
                .doesNotContain(" index.en.txt"));
    }

    /** The pair as found at {@code relative} in two trees. */
    private static CheckContext inTree(CheckContext c, String relative) {
        return new CheckContext(c.source().withRelative(java.nio.file.Path.of(relative)),
                c.target().withRelative(java.nio.file.Path.of(relative)), c.alignment(), c.severity(),
                c.boilerplate(), c.glossary());
    }

    @Test
    void oneRenderingForTwoSourceTermsIsReportedAtInfo() {
        String[][] rows = {
            {"The committee approved the budget.", "Der Ausschuss genehmigte den Haushalt."},
            {"The mayor met the committee.", "Der Bürgermeister traf den Ausschuss."},
            {"The board rejected the proposal.", "Der Ausschuss lehnte den Vorschlag ab."},
            {"Later the board discussed the harbour.", "Später erörterte der Ausschuss den Hafen."},
        };
        assertThat(new TermDriftCheck().run(pair("reverse", rows))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).contains("\"Ausschuss\" renders both").contains("\"committee\" 2×")
                    .contains("\"board\" 2×");
            assertThat(f.terms()).as("no renderings of one term to choose from").isNull();
        });
    }

    @Test
    void compoundPartsAreWordsOfTheText() {
        java.util.Set<String> vocabulary = java.util.Set.of("ausschuss", "inspektion", "partei", "komitee");
        assertThat(Compounds.parts("parteiinspektionsausschuss", vocabulary))
                .contains("ausschuss", "partei");
        assertThat(Compounds.parts("inspektionsausschuss", vocabulary))
                .containsExactlyInAnyOrder("ausschuss", "inspektion");
        assertThat(Compounds.parts("parteivorstand", vocabulary)).containsExactly("partei");
        assertThat(Compounds.parts("haus", vocabulary)).isEmpty();
        assertThat(Compounds.sameFamily("außenminister", "premierminister", vocabulary)).isTrue();
        assertThat(Compounds.sameFamily("inspektionskomitee", "inspektionsausschuss", vocabulary)).isFalse();
    }

    /**
     * A Markdown link's target, a URL and a code span are not the text's words: "/en/news/…" made "en" a term of a
     * page of links, rendered by whatever stood beside it, and "news" was rendered "news" by its own URL.
     */
    @Test
    void linkTargetsAndCodeSpansAreNoTerms() {
        String[][] links = {
            {"Read the [news](/en/news/2019/) about the committee.",
                "Lies die [Neuigkeiten](/de/news/2019/) über den Ausschuss."},
            {"Read the [news](/en/news/2020/) about the budget.",
                "Lies die [Neuigkeiten](/de/news/2020/) über den Haushalt."},
            {"The news of `en_news` came late.", "Die Neuigkeiten von `en_news` kamen spät."},
            {"The [committee](/en/committee/) met in the hall.", "Der [Ausschuss](/de/committee/) traf sich im Saal."},
        };
        TermTable table = TermInference.infer(List.of(pair("links", links)));

        assertThat(table.terms()).extracting(TermTable.Term::source).doesNotContain("en", "de", "en_news");
        assertThat(term(table, "news").renderings()).singleElement()
                .satisfies(r -> assertThat(r.text()).isEqualTo("Neuigkeit"));
    }

    private static TermTable.Term term(TermTable table, String source) {
        return table.terms().stream().filter(t -> t.source().equalsIgnoreCase(source)).findFirst()
                .orElseThrow(() -> new AssertionError(source + " not in " + table.terms().stream()
                        .map(TermTable.Term::source).toList()));
    }
}
