package dev.paracheck.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.paracheck.align.MonotoneAligner.Step;
import java.util.List;
import org.assertj.core.api.AbstractListAssert;
import org.assertj.core.api.ObjectAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class GapShifterTest {
    private static final CostModel MODEL = new CostModel(1.0, 6.8, 0.4, 0.02, 2.5, 2.5, 5.0);

    private static Unit unit(int length, int... keys) {
        return new Unit(length, keys, new int[0], new int[0], false);
    }

    /** The first sentence left out: the link took it although the target's anchors are the second's. */
    @Test
    void anOmissionMovesToTheSentenceWhoseAnchorsTheTargetLacks() {
        Side src = Side.of(List.of(unit(50, 1, 2), unit(50, 3, 4)));
        Side tgt = Side.of(List.of(unit(50, 3, 4)));
        List<Step> path = List.of(new Step(0, 0, 1, 1, 0), new Step(1, 1, 1, 0, 0));

        assertSteps(shifted(path, src, tgt)).containsExactly(tuple(0, 0, 1, 0), tuple(1, 0, 1, 1));
    }

    @Test
    void anAdditionBeforeItsLinkMovesAfterIt() {
        Side src = Side.of(List.of(unit(50, 1, 2)));
        Side tgt = Side.of(List.of(unit(50, 1, 2), unit(50, 5, 6)));
        List<Step> path = List.of(new Step(0, 0, 0, 1, 0), new Step(0, 1, 1, 1, 0));

        assertSteps(shifted(path, src, tgt)).containsExactly(tuple(0, 0, 1, 1), tuple(1, 1, 0, 1));
    }

    @Test
    void anOmissionBeforeItsLinkMovesAfterIt() {
        Side src = Side.of(List.of(unit(50, 1, 2), unit(50, 3, 4)));
        Side tgt = Side.of(List.of(unit(50, 1, 2)));
        List<Step> path = List.of(new Step(0, 0, 1, 0, 0), new Step(1, 0, 1, 1, 0));

        assertSteps(shifted(path, src, tgt)).containsExactly(tuple(0, 0, 1, 1), tuple(1, 1, 1, 0));
    }

    @Test
    void anAdditionAfterItsLinkMovesBeforeIt() {
        Side src = Side.of(List.of(unit(50, 5, 6)));
        Side tgt = Side.of(List.of(unit(50, 1, 2), unit(50, 5, 6)));
        List<Step> path = List.of(new Step(0, 0, 1, 1, 0), new Step(1, 1, 0, 1, 0));

        assertSteps(shifted(path, src, tgt)).containsExactly(tuple(0, 0, 0, 1), tuple(0, 1, 1, 1));
    }

    /** Two gaps in a row beside links on both sides: each moves at most once, and the path stays a cover. */
    @Test
    void thePathStaysACoverWithGapsOnBothSides() {
        Side src = Side.of(List.of(unit(50, 1, 2), unit(50, 3, 4), unit(50, 5, 6), unit(50, 7, 8)));
        Side tgt = Side.of(List.of(unit(50, 3, 4), unit(50, 7, 8)));
        List<Step> path = List.of(new Step(0, 0, 1, 1, 0), new Step(1, 1, 1, 0, 0), new Step(2, 1, 1, 0, 0),
                new Step(3, 1, 1, 1, 0));

        List<Step> out = shifted(path, src, tgt);

        assertThat(out).filteredOn(st -> st.sources() == 1 && st.targets() == 1)
                .extracting(Step::i0, Step::j0).containsExactly(tuple(1, 0), tuple(3, 1));
    }

    /** An assertion on the steps as (first source, first target, sources, targets). */
    private static AbstractListAssert<?, List<? extends Tuple>, Tuple, ObjectAssert<Tuple>> assertSteps(
            List<Step> path) {
        return assertThat(path).extracting(Step::i0, Step::j0, Step::sources, Step::targets);
    }

    /**
     * The shifted path, asserted to cover every source and target unit exactly once, in order, each step starting
     * where the one before ended.
     */
    private static List<Step> shifted(List<Step> path, Side src, Side tgt) {
        List<Step> out = GapShifter.shift(path, src, tgt, MODEL);
        int i = 0;
        int j = 0;
        for (Step st : out) {
            assertThat(st.i0()).as("source start of " + st).isEqualTo(i);
            assertThat(st.j0()).as("target start of " + st).isEqualTo(j);
            i += st.sources();
            j += st.targets();
        }
        assertThat(i).isEqualTo(src.size());
        assertThat(j).isEqualTo(tgt.size());
        return out;
    }

    /** A better length fit alone moves nothing: a cut translation fits a shorter neighbour. */
    @Test
    void lengthAloneMovesNoGap() {
        Side src = Side.of(List.of(unit(40, 1, 2), unit(120, 1, 2)));
        Side tgt = Side.of(List.of(unit(120, 1, 2)));
        List<Step> path = List.of(new Step(0, 0, 1, 1, 0), new Step(1, 1, 1, 0, 0));

        assertThat(GapShifter.shift(path, src, tgt, MODEL)).isEqualTo(path);
    }
}
