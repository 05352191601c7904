package dev.paracheck.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.paracheck.segment.Segmenter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostModelTest {
    private static Unit unit(int length, int... keys) {
        return new Unit(length, keys, new int[0], new int[0], false);
    }

    /**
     * A target sentence left unaligned next to a 1-1 link: when joining it to the link would cost about as much
     * (a sentence the translator split in two), the aligner is unsure it has no counterpart; a long sentence that
     * would wreck the link's length fit is surely an addition.
     */
    @Test
    void anUnalignedSentenceThatCouldAsWellJoinItsNeighbourIsUnsure() {
        CostModel m = new CostModel(1.0, 6.8, 0.3, 0.03, 3, 2, 3);
        Side src = Side.of(List.of(unit(100, 1), unit(60, 2)));
        Side split = Side.of(List.of(unit(100, 1), unit(45, 2), unit(20, 5)));
        Side added = Side.of(List.of(unit(100, 1), unit(60, 2), unit(180, 6)));
        List<MonotoneAligner.Step> path = List.of(new MonotoneAligner.Step(0, 0, 1, 1, 0),
                new MonotoneAligner.Step(1, 1, 1, 1, 0), new MonotoneAligner.Step(2, 2, 0, 1, 0));

        double unsure = DocumentAligner.nullMargin(path, 2, src, split, m);
        double sure = DocumentAligner.nullMargin(path, 2, src, added, m);

        assertThat(unsure).isLessThan(0.7);
        assertThat(sure).isGreaterThan(3);
        assertThat(DocumentAligner.nullMargin(List.of(new MonotoneAligner.Step(0, 0, 0, 1, 0)), 0, src, split, m))
                .isInfinite();
    }

    @Test
    void logErfcMatchesKnownValues() {
        assertThat(CostModel.logErfc(0)).isCloseTo(0, within(1e-6));
        assertThat(CostModel.logErfc(1)).isCloseTo(Math.log(0.157299207), within(1e-6));
        assertThat(CostModel.logErfc(3)).isCloseTo(Math.log(2.20904970e-5), within(1e-5));
        assertThat(CostModel.logErfc(30)).isFinite().isLessThan(-900);
    }

    @Test
    void lengthCostGrowsWithTheDeviationFromTheRatio() {
        CostModel m = new CostModel(1.2, 6.8, 0.3, 0.03, 3, 2, 3);

        assertThat(m.lengthCost(100, 120)).isLessThan(0.01);
        assertThat(m.lengthCost(100, 160)).isGreaterThan(m.lengthCost(100, 130));
        assertThat(m.lengthCost(100, 400)).isGreaterThan(5).isFinite();
    }

    @Test
    void anchorsSharedMakeALinkCheaper() {
        CostModel m = new CostModel(1.0, 6.8, 0.3, 0.03, 3, 2, 3);
        Side src = Side.of(List.of(unit(50, 1, 2, 3)));
        Side same = Side.of(List.of(unit(50, 1, 2, 3)));
        Side other = Side.of(List.of(unit(50, 7, 8, 9)));

        assertThat(m.cost(src, 0, same, 0, Bead.ONE_ONE)).isLessThan(m.cost(src, 0, other, 0, Bead.ONE_ONE) - 5);
    }

    @Test
    void withoutAnchorSeparationTheLexicalTermIsSilent() {
        CostModel m = new CostModel(1.0, 6.8, 0.04, 0.03, 3, 2, 3);

        assertThat(m.lexicalCost(0)).isZero();
        assertThat(m.lexicalCost(1)).isZero();
    }

    @Test
    void cognateKeysMatchAcrossLanguages() {
        assertThat(AnchorExtractor.cognateKey("Committee")).isEqualTo(AnchorExtractor.cognateKey("Komitee"));
        assertThat(AnchorExtractor.cognateKey("Konferenz")).isEqualTo(AnchorExtractor.cognateKey("conference"));
        assertThat(AnchorExtractor.keys("1,000.5 vs 1.000,5")).containsExactly("#1", "#0", "#5", "#1", "#0", "#5");
    }

    @Test
    void quotationPenaltyIsTheEvidenceOfADisagreementAndZeroWhereMarksAreRare() {
        assertThat(DocumentAligner.quotePenalty(0.05, 0.30)).isCloseTo(Math.log(6), within(1e-9));
        assertThat(DocumentAligner.quotePenalty(0.0, 0.30)).as("capped").isEqualTo(3.0);
        assertThat(DocumentAligner.quotePenalty(0.02, 0.03)).as("marks too rare to tell").isZero();
        assertThat(DocumentAligner.quotePenalty(0.20, 0.10)).as("no evidence, no penalty").isZero();
    }

    @Test
    void quotationMarksOfEveryLanguageAreFoundButNotAnElidingApostrophe() {
        List<Unit> units = new AnchorExtractor().units(Segmenter.fromLines(
                Path.of("x.txt"), List.of(",,Ich bin nicht bange!\"", "'s war genau so.", "\"No.\"",
                        "« Oui », dit-il.", "— Non, répondit-il.", "Er sagte: „Ja.“", "He said:"), "de").sentences(), "s:");

        assertThat(units).extracting(Unit::opensQuote).containsExactly(true, false, true, true, true, false, false);
        assertThat(units).extracting(Unit::closesQuote).containsExactly(true, false, true, false, false, true, false);
    }

    @Test
    void ocrDebrisIsFoundButNotShortDialogueNorNumbers() {
        List<Unit> units = new AnchorExtractor().units(Segmenter.fromLines(Path.of("x.txt"), List.of(
                "V", "■ iv V V .", ".-^ !", "r \\", ".....", "\"No!\"", "\"Oh, my!\"", "141", "是。", "はい。", ":-)", "» .", "Au, au!!",
                "No, I don't know.", "Oh, it's you.", "My word, no.", "Oh my, what a day."), "en").sentences(), "s:");

        // the short marks are the tail of the sentence before, cut off by a splitter; a cry is dialogue
        assertThat(units).extracting(Unit::debris).containsExactly(true, true, true, true, true, false, false, false,
                false, false, false, false, false, false, false, false, false);
    }

    @Test
    void aDebrisLineMakesTheLinkHoldingItDearer() {
        CostModel m = new CostModel(1.0, 6.8, 0.3, 0.03, 3, 2, 3);
        Side src = Side.of(List.of(unit(50, 1, 2, 3)));
        Side clean = Side.of(List.of(unit(48, 1, 2, 3), unit(2)));
        Side debris = Side.of(List.of(unit(48, 1, 2, 3),
                new Unit(2, new int[0], new int[0], new int[0], false, false, false, true)));

        assertThat(m.cost(src, 0, 1, debris, 0, 2, CostModel.prior(1, 2)) - m.cost(src, 0, 1, clean, 0, 2,
                CostModel.prior(1, 2))).isCloseTo(CostModel.DEBRIS_PENALTY, within(1e-9));
        assertThat(m.cost(src, 0, 1, debris, 0, 1, CostModel.prior(1, 1)))
                .isEqualTo(m.cost(src, 0, 1, clean, 0, 1, CostModel.prior(1, 1)));
    }
}
