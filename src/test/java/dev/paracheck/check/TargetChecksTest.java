package dev.paracheck.check;

import static dev.paracheck.testing.Fixtures.document;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paracheck.check.consistency.VariantSpellingCheck;
import dev.paracheck.check.form.PunctuationCheck;
import dev.paracheck.check.language.ForeignTextCheck;
import dev.paracheck.check.numbers.MixedFormatCheck;
import dev.paracheck.config.Glossary;
import dev.paracheck.model.Document;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks that read a target alone, each on a small document. */
class TargetChecksTest {
    private static List<Finding> run(TargetCheck check, Document doc) {
        return check.runOnTarget(new TargetContext(doc, check.descriptor().defaultSeverity(), Boilerplate.defaults(),
                Glossary.EMPTY));
    }

    @Test
    void variantsOfOneNameAreOneFindingNamingEveryVariantWithItsLines() {
        Document doc = document("t.txt", "en",
                new String[] {"The meeting of the Party Committee opened in Hanoi."},
                new String[] {"Members of the Party Committee spoke, and the Party committee voted."},
                new String[] {"Send an e-mail to the office in Ha Noi, or an email to the desk."},
                new String[] {"The Party Committee closed the meeting."});

        List<Finding> found = run(new VariantSpellingCheck(), doc);

        assertThat(found).extracting(Finding::message).anySatisfy(m -> assertThat(m)
                .isEqualTo("Written in variants: \"Party Committee\" 3× (lines 1, 2, 4), \"Party committee\" 1× (line 2)"));
        assertThat(found).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("\"e-mail\" 1× (line 3)").contains("\"email\" 1× (line 3)"))
                .anySatisfy(m -> assertThat(m).contains("\"Hanoi\"").contains("\"Ha Noi\""))
                .hasSize(3);
        assertThat(found).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.source()).isNull();
        });
    }

    @Test
    void differentWordsSentenceStartsHeadingsAndGermanNounsAreNoVariants() {
        Document doc = document("t.txt", "de",
                new String[] {"Der Parteivorstand tagte, das Exekutivkomitee auch."},
                new String[] {"Neue Aufgaben stehen an, und neue Mitglieder kommen."},
                new String[] {"Every day the office opens; everyday work goes on."},
                new String[] {"PARTEIVORSTAND"},
                new String[] {"Party Building In The Region"},
                new String[] {"The party building is old."});

        assertThat(run(new VariantSpellingCheck(), doc)).isEmpty();
    }

    @Test
    void datesAndThousandsInMixedFormatsAreNamedWithExamplesAndLines() {
        Document doc = document("t.txt", "en",
                new String[] {"Site 23/12/2023"},
                new String[] {"On December 22, the conference opened."},
                new String[] {"On December 23, more than 11,000 members and 6 000 guests came."},
                new String[] {"It closed on 24 December with 12,500 votes."});

        List<Finding> found = run(new MixedFormatCheck(), doc);

        assertThat(found).extracting(Finding::message).containsExactlyInAnyOrder(
                "Dates written in 2 formats: month named (\"December 22\") 3× (lines 2, 3, 4), day/month/year "
                        + "(\"23/12/2023\") 1× (line 1)",
                "Numbers in thousands written in 2 formats: comma (\"11,000\") 2× (lines 3, 4), space (\"6 000\") 1× "
                        + "(line 3)");
    }

    @Test
    void oneDateFormatAndVersionNumbersAreNotMixed() {
        Document doc = document("t.txt", "en",
                new String[] {"Version 1.2.3 came on December 22 and version 2.0 on December 24."},
                new String[] {"It costs 1,500 euros, or 2,000 with support."});

        assertThat(run(new MixedFormatCheck(), doc)).isEmpty();
    }

    @Test
    void punctuationOfTheTargetAloneFindsUnbalancedBracketsAndQuotes() {
        Document doc = document("t.txt", "de",
                new String[] {"Er sagte (leise, dass es geht.", "Das ist gut."},
                new String[] {"Sie sagte „Ja und ging."},
                new String[] {"Sie sagte „Ja“ und »ging«."},
                new String[] {"He said “yes” and left."});

        List<Finding> found = run(new PunctuationCheck(), doc);

        assertThat(found).extracting(Finding::message).containsExactly(
                "Punctuation: unbalanced () in the sentence", "Punctuation: unpaired „…“ in the paragraph");
        assertThat(found).extracting(f -> f.target().sentences().get(0)).containsExactly(0, 2);
    }

    @Test
    void aSentenceInAnotherLanguageInsideAParagraphIsASpanAtWarning() {
        Document doc = document("t.txt", "en",
                new String[] {"The delegates met in the morning to discuss the plan for the year.",
                        "Quang cảnh phiên họp sáng nay tại hội trường lớn.",
                        "They agreed on the budget and the schedule."},
                new String[] {"The conference closed in the evening with a speech by the minister."});

        List<Finding> found = run(new ForeignTextCheck(), doc);

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo("untranslated");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.target().sentences()).containsExactly(1);
            assertThat(f.message()).startsWith("Target sentence 2 is not in en");
        });
    }
}
