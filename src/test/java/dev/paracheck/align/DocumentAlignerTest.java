package dev.paracheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paracheck.model.Alignment;
import dev.paracheck.model.Document;
import dev.paracheck.model.Link;
import dev.paracheck.segment.Segmenter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentAlignerTest {
    private final DocumentAligner aligner = new DocumentAligner();

    private static Document doc(String lang, String... lines) {
        return Segmenter.fromLines(Path.of(lang + ".txt"), List.of(lines), lang);
    }

    private static Unit unit(int length, boolean paragraphStart) {
        return new Unit(length, new int[0], new int[0], new int[0], paragraphStart);
    }

    /**
     * A paragraph's first sentence left out ("Set your desired profile preferences."): the next one opens the
     * target paragraph, so joining the lone sentence to it saves the boundary term and costs hardly more than
     * leaving it alone. It has no anchors to tell, but joining it would make either neighbour's length term worse by
     * 2 nats or more: it is reported with confidence. A short one, that fits into a neighbour, is not.
     */
    @Test
    void aLoneSentenceNeitherNeighbourFitsInLengthIsSure() {
        CostModel model = new CostModel(1.0, 2.0, 0.4, 0.02, 2.5, 2.5, 5.0);
        List<MonotoneAligner.Step> path = List.of(new MonotoneAligner.Step(0, 0, 1, 1, 0),
                new MonotoneAligner.Step(1, 1, 1, 0, 0), new MonotoneAligner.Step(2, 1, 1, 1, 0));
        Side tgt = Side.of(List.of(unit(80, true), unit(80, true)));

        Side src = Side.of(List.of(unit(80, true), unit(37, true), unit(80, false)));
        assertThat(DocumentAligner.nullMargin(path, 1, src, tgt, model)).isLessThan(0.1);
        assertThat(DocumentAligner.nullScore(path, 1, src, tgt, model)).isEqualTo(DocumentAligner.SURE);

        Side shortLone = Side.of(List.of(unit(160, true), unit(20, true), unit(160, false)));
        Side longTargets = Side.of(List.of(unit(160, true), unit(160, true)));
        assertThat(DocumentAligner.nullScore(path, 1, shortLone, longTargets, model)).isLessThan(DocumentAligner.SURE);
    }

    @Test
    void coversEverySentenceOfBothSidesExactlyOnce() {
        Document en = doc("en", "The meeting starts at 9 o'clock.", "Anna Keller opens it.", "Then the budget of 2025 is discussed.",
                "Questions follow.", "The meeting ends at noon.");
        Document de = doc("de", "Die Sitzung beginnt um 9 Uhr.", "Anna Keller eröffnet sie.", "Dann wird der Haushalt 2025 beraten.",
                "Es folgen Fragen.", "Die Sitzung endet mittags.");

        Alignment a = aligner.align(en, de);

        Set<Integer> src = new HashSet<>();
        Set<Integer> tgt = new HashSet<>();
        for (Link l : a.sentences()) {
            for (int s : l.source()) {
                assertThat(src.add(s)).isTrue();
            }
            for (int t : l.target()) {
                assertThat(tgt.add(t)).isTrue();
            }
            assertThat(l.score()).isBetween(0.0, 1.0);
        }
        assertThat(src).containsExactlyInAnyOrder(0, 1, 2, 3, 4);
        assertThat(tgt).containsExactlyInAnyOrder(0, 1, 2, 3, 4);
        assertThat(a.sentences()).extracting(Link::ladder)
                .containsExactly("[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[3]", "[4]:[4]");
    }

    @Test
    void aSentenceSplitInTranslationIsAOneToTwoLink() {
        Document en = doc("en", "The council met on 3 May.", "It approved the new budget of 14 million euros, which "
                        + "includes money for schools, roads and the renovated library in the old town.",
                "The mayor thanked everyone.");
        Document de = doc("de", "Der Rat tagte am 3. Mai.", "Er genehmigte den neuen Haushalt von 14 Millionen Euro.",
                "Darin ist Geld für Schulen, Straßen und die renovierte Bibliothek in der Altstadt enthalten.",
                "Der Bürgermeister dankte allen.");

        assertThat(aligner.align(en, de).sentences()).extracting(Link::ladder)
                .containsExactly("[0]:[0]", "[1]:[1,2]", "[2]:[3]");
    }

    @Test
    void ocrDebrisBetweenSentencesIsLeftUnaligned() {
        Document en = doc("en", "The north face was first climbed in 1938 by two guides from Grindelwald.",
                "They needed three days and two bivouacs for the ascent.", "The route is rarely repeated today.",
                "Rockfall makes it dangerous in summer.");
        Document de = doc("de", "Die Nordwand wurde 1938 von zwei Bergführern aus Grindelwald erstmals durchstiegen.",
                "V", "■ iv V V .", "Sie brauchten für den Aufstieg drei Tage und zwei Biwaks.",
                "Die Route wird heute selten wiederholt.", ".-^ !", "Steinschlag macht sie im Sommer gefährlich.");

        assertThat(aligner.align(en, de).sentences()).extracting(Link::ladder)
                .containsExactly("[0]:[0]", "[]:[1]", "[]:[2]", "[1]:[3]", "[2]:[4]", "[]:[5]", "[3]:[6]");
    }

    @Test
    void emptyOtherSideGivesOnlyNullLinks() {
        Document en = doc("en", "One sentence here.", "And another one.");
        Document de = Segmenter.fromLines(Path.of("de.txt"), List.of(), "de");

        assertThat(aligner.align(en, de).sentences()).extracting(Link::ladder).containsExactly("[0]:[]", "[1]:[]");
    }
}
