package dev.paracheck.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.paracheck.align.MonotoneAligner.Band;
import dev.paracheck.align.MonotoneAligner.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonotoneAlignerTest {
    private static final CostModel MODEL = new CostModel(1.0, 6.8, 0.4, 0.02, 2.5, 2.5, 5.0);

    private static Unit unit(int length, int... keys) {
        return new Unit(length, keys, new int[0], new int[0], false);
    }

    private static List<String> ladder(List<Step> steps) {
        return steps.stream().map(s -> s.i0() + "+" + s.sources() + ":" + s.j0() + "+" + s.targets()).toList();
    }

    @Test
    void anInsertedPassageIsOneRunOfAddedSentencesNotAbsorbedIntoItsNeighbours() {
        Side src = Side.of(List.of(unit(60, 1, 2), unit(80, 3, 4), unit(70, 5, 6), unit(90, 7, 8)));
        // target 2..4: an inserted passage sharing nothing with the source
        Side tgt = Side.of(List.of(unit(60, 1, 2), unit(80, 3, 4), unit(40, 50), unit(45, 51), unit(35, 52),
                unit(70, 5, 6), unit(90, 7, 8)));

        List<Step> path = MonotoneAligner.align(src, tgt, MODEL, Band.diagonal(4, 7, 10));

        assertThat(ladder(path)).containsExactly("0+1:0+1", "1+1:1+1", "2+0:2+1", "2+0:3+1", "2+0:4+1", "2+1:5+1",
                "3+1:6+1");
        assertThat(path.get(3).cost()).as("extending a run is cheaper than opening one")
                .isLessThan(path.get(2).cost());
    }

    /** The move detector weighs pairing two runs against leaving them as the aligner would: at the same price. */
    @Test
    void aRunOfUnalignedSentencesCostsWhatTheMoveDetectorChargesForIt() {
        Side src = Side.of(List.of(unit(60, 1), unit(80, 2), unit(70, 3), unit(90, 4), unit(50, 5)));
        Side none = Side.of(List.of());

        List<Step> path = MonotoneAligner.align(src, none, MODEL, Band.diagonal(5, 0, 5));

        assertThat(path).hasSize(5).allMatch(Step::isOmission);
        assertThat(path.stream().mapToDouble(Step::cost).sum()).isCloseTo(MoveDetector.unalignedCost(5),
                offset(1e-9));
        assertThat(MoveDetector.unalignedCost(5)).isLessThan(5 * Bead.ONE_ZERO.prior);
    }

    @Test
    void theLayeredSearchFindsPlainOneToOneLinks() {
        Side src = Side.of(List.of(unit(50, 1), unit(60, 2), unit(70, 3)));
        Side tgt = Side.of(List.of(unit(50, 1), unit(60, 2), unit(70, 3)));

        assertThat(ladder(MonotoneAligner.align(src, tgt, MODEL, Band.diagonal(3, 3, 5))))
                .containsExactly("0+1:0+1", "1+1:1+1", "2+1:2+1");
    }

    private static Unit said(int length, boolean opensQuote, boolean closesQuote) {
        return new Unit(length, new int[0], new int[0], new int[0], false, opensQuote, closesQuote);
    }

    /**
     * Narration ending in a quotation, then a quoted reply; the translation cuts the first after the narration.
     * Lengths slightly prefer [A]:[X] [B]:[Y,Z] (50:36 and 50:64) to the true [A]:[X,Y] [B]:[Z] (50:66 and 50:34);
     * the quotation marks tell them apart.
     */
    @Test
    void quotationMarksDecideWhereADialogueSplitBelongs() {
        Side src = Side.of(List.of(said(50, false, true), said(50, true, true)));
        Side tgt = Side.of(List.of(said(36, false, false), said(30, true, true), said(34, true, true)));

        assertThat(ladder(MonotoneAligner.align(src, tgt, MODEL.withQuotePenalty(1.8), Band.diagonal(2, 3, 5))))
                .containsExactly("0+1:0+2", "1+1:2+1");
        assertThat(ladder(MonotoneAligner.align(src, tgt, MODEL, Band.diagonal(2, 3, 5))))
                .as("without the evidence the other split wins").containsExactly("0+1:0+1", "1+1:1+2");
    }
}
