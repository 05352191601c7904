package dev.paracheck.check.terminology;

import static dev.paracheck.testing.Fixtures.alignment;
import static dev.paracheck.testing.Fixtures.document;
import static dev.paracheck.testing.Fixtures.link;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paracheck.check.Boilerplate;
import dev.paracheck.check.CheckContext;
import dev.paracheck.config.Glossary;
import dev.paracheck.model.Document;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Link;
import dev.paracheck.model.Severity;
import dev.paracheck.model.Span;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlossaryCheckTest {
    private static Glossary.Entry entry(String source, List<String> approved, List<String> forbidden) {
        return new Glossary.Entry(source, approved, forbidden, "", false, Path.of("g.csv"), 2);
    }

    private static List<Finding> run(Glossary.Entry e, String source, String... target) {
        Document en = document("en.txt", "en", new String[] {source});
        Document de = document("de.txt", "de", target);
        Link l = link(List.of(0), java.util.stream.IntStream.range(0, target.length).boxed().toList());
        return new GlossaryCheck().run(new CheckContext(en, de, alignment(l), Severity.WARNING, Boilerplate.none(),
                new Glossary(List.of(e))));
    }

    @Test
    void inflectedFormsMatchByLemma() {
        Glossary.Entry e = entry("party committee", List.of("Parteikomitee"), List.of());
        assertThat(run(e, "The members of the party committees met.", "Die Mitglieder der Parteikomitees trafen sich."))
                .isEmpty();
        assertThat(run(e, "The party committee met.", "Der Parteiausschuss tagte.")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("not translated as approved")
                        .contains("\"Parteikomitee\"").contains("g.csv:2"));
    }

    @Test
    void compoundsContainingTheTermCount() {
        Glossary.Entry e = entry("executive committee", List.of("Exekutivkomitee"), List.of());
        assertThat(run(e, "The executive committee conference opened.", "Die Exekutivkomiteekonferenz wurde eröffnet."))
                .isEmpty();
    }

    @Test
    void multiwordTermsMatchAsLemmaSequences() {
        Glossary.Entry e = entry("Standing Committee", List.of("Ständiger Ausschuss"), List.of());
        assertThat(run(e, "A member of the Standing Committee spoke.", "Ein Mitglied des Ständigen Ausschusses sprach."))
                .isEmpty();
        assertThat(run(e, "A member of the Standing Committee spoke.", "Ein Mitglied des Ständigen Komitees sprach."))
                .hasSize(1);
    }

    @Test
    void aTermInASentenceSplitInTwoIsStillFound() {
        Glossary.Entry e = entry("party committee", List.of("Parteikomitee"), List.of());
        assertThat(run(e, "The party committee met and it approved the plan.", "Das Parteikomitee tagte.",
                "Es billigte den Plan.")).isEmpty();
        assertThat(run(e, "The party committee met and it approved the plan.", "Der Ausschuss tagte.",
                "Es billigte den Plan.")).hasSize(1);
    }

    @Test
    void aForbiddenRenderingIsMarkedBesideTheSourceTermAndTheApprovedOneSuggested() {
        Glossary.Entry e = entry("party committee", List.of("Parteikomitee"), List.of("Parteiausschuss"));

        assertThat(run(e, "Yesterday the party committees met.", "Gestern tagten die Parteiausschüsse."))
                .singleElement().satisfies(f -> {
                    assertThat(marked(f, Span.Side.SOURCE)).containsExactly("party committees");
                    assertThat(marked(f, Span.Side.TARGET)).containsExactly("Parteiausschüsse");
                    assertThat(f.suggestions()).containsExactly("Parteikomitee");
                });
        assertThat(run(e, "The party committee met.", "Der Vorstand tagte.")).singleElement().satisfies(f -> {
            assertThat(marked(f, Span.Side.SOURCE)).containsExactly("party committee");
            assertThat(marked(f, Span.Side.TARGET)).as("nothing to mark: the approved rendering is missing").isEmpty();
        });
    }

    @Test
    void aCaseSensitiveEntryIsMarkedAsWritten() {
        Glossary.Entry e = new Glossary.Entry("Word", List.of("Word"), List.of("WORD"), "", true, Path.of("g.csv"),
                3);

        assertThat(run(e, "Open Word now.", "Öffne WORD jetzt.")).singleElement().satisfies(f -> {
            assertThat(marked(f, Span.Side.SOURCE)).containsExactly("Word");
            assertThat(marked(f, Span.Side.TARGET)).containsExactly("WORD");
        });
    }

    @Test
    void onATargetAloneTheForbiddenRenderingIsMarked() {
        Glossary.Entry e = entry("conference", List.of("Konferenz"), List.of("Tagung"));
        Document de = document("de.txt", "de", new String[] {"Die Sonne schien.", "Danach endete die Tagung."});

        assertThat(new GlossaryCheck().runOnTarget(new dev.paracheck.check.TargetContext(de, Severity.WARNING,
                Boilerplate.none(), new Glossary(List.of(e))))).singleElement().satisfies(f -> {
                    assertThat(marked(f, Span.Side.TARGET)).containsExactly("Tagung");
                    assertThat(f.suggestions()).containsExactly("Konferenz");
                });
    }

    private static List<String> marked(Finding f, Span.Side side) {
        return f.spans().stream().filter(s -> s.side() == side).map(s -> s.of(f.location(side).text())).toList();
    }

    @Test
    void forbiddenRenderingsAreFlagged() {
        Glossary.Entry e = entry("conference", List.of("Konferenz"), List.of("Tagung"));
        assertThat(run(e, "The conference ended.", "Die Tagung endete.")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("forbidden \"Tagung\""));
        assertThat(run(e, "The weather was fine.", "Die Tagung endete.")).as("source term absent").isEmpty();
    }
}
