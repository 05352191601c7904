package dev.paracheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paracheck.align.MonotoneAligner.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

class LooseUnitsTest {
    private static final CostModel MODEL = new CostModel(1.0, 6.8, 0.3, 0.03, 3, 2, 3);

    private static Unit unit(int length, int... keys) {
        return new Unit(length, keys, new int[0], new int[0], false);
    }

    /** Source 0 and 1 in one link with target 0; the other units only make the keys known to both documents. */
    private static List<LooseUnits.Loose> twoToOne(Unit first, Unit second, Unit target) {
        Side src = Side.of(List.of(first, second, unit(50, 1, 2, 3, 4, 5, 6, 7, 9)));
        Side tgt = Side.of(List.of(target, unit(50, 1, 2, 3, 4, 5, 6, 7, 9)));
        List<Step> path = List.of(new Step(0, 0, 2, 1, 5.0), new Step(2, 1, 1, 1, 0.2));
        return LooseUnits.find(path, src, tgt, MODEL);
    }

    @Test
    void aSentenceWhoseAnchorsTheTargetLacksAndWithoutWhichTheLengthFitsIsLoose() {
        // the target translates the second sentence only: its length and its anchors 4, 5
        List<LooseUnits.Loose> loose = twoToOne(unit(60, 1, 2, 3), unit(120, 4, 5), unit(120, 4, 5));

        assertThat(loose).singleElement().satisfies(l -> {
            assertThat(l.sourceSide()).isTrue();
            assertThat(l.unit()).isEqualTo(0);
            assertThat(l.anchors()).isEqualTo(3);
            assertThat(l.shared()).isZero();
            assertThat(l.lengthGain()).isGreaterThan(LooseUnits.MIN_LENGTH_GAIN);
        });
    }

    @Test
    void aTranslatorsMergeIsNotLoose() {
        // the target is as long as both sentences together: leaving one out makes the length worse
        assertThat(twoToOne(unit(60, 1, 2, 3), unit(120, 4, 5), unit(180, 4, 5))).isEmpty();
    }

    @Test
    void aSentenceWhoseAnchorsTheTargetHasIsNotLoose() {
        assertThat(twoToOne(unit(60, 1, 2, 3), unit(120, 4, 5), unit(120, 1, 2, 4, 5))).isEmpty();
    }

    /**
     * "Engravers live and operate in Contexts." left out before "Engravers such as … operate in the highest level
     * context": its anchors the target has are the rest's too, so the target need not translate it to have them.
     */
    @Test
    void anchorsTheRestOfTheLinkHasTooAreNoSupport() {
        assertThat(twoToOne(unit(60, 1, 2, 4), unit(120, 4, 5), unit(120, 4, 5))).singleElement()
                .satisfies(l -> assertThat(l.shared()).as("what the message tells: the target has 4").isOne());
        assertThat(twoToOne(unit(60, 1, 2, 4), unit(120, 5, 6, 7), unit(120, 4, 5, 6, 7)))
                .as("4 is the first's alone")
                .isEmpty();
    }

    @Test
    void aSentenceWhoseNumberTheTargetHasIsNotLoose() {
        Unit withNumber = new Unit(60, new int[] {1, 2, 3, 9}, new int[] {9}, new int[0], false);
        Unit targetWithNumber = new Unit(120, new int[] {4, 5, 9}, new int[] {9}, new int[0], false);

        assertThat(twoToOne(withNumber, unit(120, 4, 5), targetWithNumber)).isEmpty();
    }

    @Test
    void aRestThatTheTargetDoesNotAnchorEitherGivesNoEvidence() {
        // a German split of a chatty sentence: neither half shares enough with the English to tell
        assertThat(twoToOne(unit(60, 1, 2, 3), unit(120, 4, 7), unit(120, 4))).isEmpty();
    }

    @Test
    void aSentenceWithTooFewAnchorsGivesNoEvidence() {
        // "This is the default." has nothing a translation would keep: no finding, either way
        assertThat(twoToOne(unit(60, 1), unit(120, 4, 5), unit(120, 4, 5))).isEmpty();
    }

    /** A sentence added between the two halves of a sentence the translator split: the middle of a 1-3 link. */
    @Test
    void anAddedSentenceInsideASplitIsLoose() {
        Side src = Side.of(List.of(unit(120, 4, 5, 6, 7), unit(50, 1, 2, 3, 8)));
        Side tgt = Side.of(List.of(unit(60, 4, 5), unit(60, 1, 2, 3), unit(60, 6, 7), unit(50, 8)));
        List<Step> path = List.of(new Step(0, 0, 1, 3, 5.0), new Step(1, 3, 1, 1, 0.2));

        assertThat(LooseUnits.find(path, src, tgt, MODEL)).singleElement().satisfies(l -> {
            assertThat(l.sourceSide()).isFalse();
            assertThat(l.unit()).isEqualTo(1);
        });
    }

    @Test
    void anAddedTargetSentenceInASplitIsLooseOnTheTargetSide() {
        Side src = Side.of(List.of(unit(120, 4, 5), unit(50, 1, 2, 3, 6)));
        Side tgt = Side.of(List.of(unit(120, 4, 5), unit(60, 1, 2, 3), unit(50, 6)));
        List<Step> path = List.of(new Step(0, 0, 1, 2, 5.0), new Step(1, 2, 1, 1, 0.2));

        assertThat(LooseUnits.find(path, src, tgt, MODEL)).singleElement()
                .satisfies(l -> {
                    assertThat(l.sourceSide()).isFalse();
                    assertThat(l.unit()).isEqualTo(1);
                });
    }

    @Test
    void aLoneSentenceIsUnsupportedByANeighbourThatHasFewOfItsAnchorsAndNoneOfItsNumbers() {
        Side other = Side.of(List.of(unit(100, 4, 5), unit(80, 1, 2, 3, 9)));
        Unit lone = unit(40, 1, 2, 3);

        assertThat(LooseUnits.unsupported(lone, other, 0, 1)).isTrue();
        assertThat(LooseUnits.unsupported(lone, other, 1, 1)).isFalse();
        assertThat(LooseUnits.unsupported(unit(40, 1), other, 0, 1)).as("one anchor is no evidence").isFalse();
        Side withNumber = Side.of(List.of(new Unit(100, new int[] {4, 5, 9}, new int[] {9}, new int[0], false),
                unit(80, 1, 2, 3)));
        Unit loneWithNumber = new Unit(40, new int[] {1, 2, 3, 9}, new int[] {9}, new int[0], false);
        assertThat(LooseUnits.unsupported(loneWithNumber, withNumber, 0, 1)).isFalse();
    }

    /**
     * A lone sentence that carries an anchor of the neighbouring link's other side which the link's own side lacks
     * is the rest of that translation, split off; one whose anchors the own side has as well, or that shares none,
     * is not.
     */
    @Test
    void aLoneSentenceCarryingWhatItsNeighboursCounterpartLacksIsSplitOff() {
        Side source = Side.of(List.of(unit(120, 1, 2, 3, 4)));
        Side target = Side.of(List.of(unit(70, 1, 2), unit(50, 3)));

        assertThat(LooseUnits.splitOff(unit(50, 3, 7), source, 0, 1, target, 0, 1)).isTrue();
        assertThat(LooseUnits.splitOff(unit(50, 2, 7), source, 0, 1, target, 0, 1)).as("its counterpart has it")
                .isFalse();
        assertThat(LooseUnits.splitOff(unit(50, 7, 8), source, 0, 1, target, 0, 1)).as("nothing shared").isFalse();
    }
}
