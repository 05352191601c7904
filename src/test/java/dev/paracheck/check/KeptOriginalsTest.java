package dev.paracheck.check;

import static dev.paracheck.testing.Fixtures.alignment;
import static dev.paracheck.testing.Fixtures.document;
import static dev.paracheck.testing.Fixtures.link;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paracheck.check.language.UntranslatedCheck;
import dev.paracheck.check.structure.AdditionCheck;
import dev.paracheck.model.Document;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Link;
import dev.paracheck.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A quote given in the original beside its translation: found as such, and its translation no addition. */
class KeptOriginalsTest {
    private static final String QUOTE = "Contributing to open source is easier for some than others. There is a lot "
            + "of fear of being yelled at for doing something wrong or just not fitting in.";
    private static final String GERMAN = "Zu Open Source beizutragen ist für manche einfacher als für andere. Es gibt "
            + "viel Angst davor, angeschrien zu werden, weil man etwas falsch macht oder einfach nicht dazupasst.";

    private static CheckContext context(String besideText, String[] keptOrReplaced) {
        Document en = document("en.md", "en", new String[] {"Your community will help you grow the project."},
                new String[] {QUOTE}, new String[] {"Credit the people who helped you."});
        Document de = document("de.md", "de", new String[] {"Ihre Gemeinschaft hilft Ihnen, das Projekt wachsen zu "
                + "lassen."}, new String[] {besideText}, keptOrReplaced, new String[] {"Nennen Sie die Menschen, die "
                + "Ihnen geholfen haben."});
        return new CheckContext(en, de, alignment(link(List.of(0), List.of(0)), new Link(List.of(), List.of(1),
                false, 1.0), link(List.of(1), List.of(2)), link(List.of(2), List.of(3))), Severity.ERROR);
    }

    @Test
    void theOriginalBesideItsTranslationIsFoundAndTheTranslationIsNoAddition() {
        CheckContext ctx = context(GERMAN, new String[] {QUOTE});

        assertThat(KeptOriginals.of(ctx)).containsEntry(2, 1);
        // the translation beside the copy is no addition
        assertThat(new AdditionCheck().run(ctx.withSeverity(Severity.WARNING))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void aCopyBesideTextOfAnotherLengthIsNoKeptOriginal() {
        // what stands beside the copy is three times the quote's length: no translation of it, an added section
        CheckContext ctx = context(GERMAN + " " + GERMAN + " " + GERMAN, new String[] {QUOTE});

        assertThat(KeptOriginals.of(ctx)).isEmpty();
        assertThat(new UntranslatedCheck().run(ctx)).filteredOn(f -> f.check().equals("untranslated"))
                .extracting(Finding::severity).contains(Severity.WARNING);
    }
}
