package dev.paracheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paracheck.align.MonotoneAligner.Step;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoveDetectorTest {
    private static final CostModel MODEL = new CostModel(1.0, 6.8, 0.4, 0.02, 2.5, 2.5, 5.0);

    private static Unit unit(int key) {
        return new Unit(50, new int[] {key}, new int[0], new int[0], false);
    }

    /**
     * Ten source sentences moved to the end of the translation; the monotone path left them as two runs of
     * omissions (one sentence between them linked by chance) and one run of ten additions. Pairing each run once,
     * only one of the two source runs found its translation; the rest of the target run is a run again and pairs
     * with the other.
     */
    @Test
    void aMovedPassageLeftAsTwoRunsOnOneSideIsPairedWhole() {
        List<Unit> source = new ArrayList<>();
        List<Unit> target = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            source.add(unit(1_000 + i));
        }
        // the target: source 0-9, 21-29 in place, with an unrelated sentence where source 15 was; then 10-14, 16-20
        for (int i = 0; i < 10; i++) {
            target.add(unit(1_000 + i));
        }
        target.add(unit(5_000));
        for (int i = 21; i < 30; i++) {
            target.add(unit(1_000 + i));
        }
        for (int i = 10; i < 21; i++) {
            if (i != 15) {
                target.add(unit(1_000 + i));
            }
        }
        Side src = Side.of(source);
        Side tgt = Side.of(target);
        List<Step> path = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            path.add(new Step(i, i, 1, 1, 0));
        }
        for (int i = 10; i < 15; i++) {
            path.add(new Step(i, 10, 1, 0, Bead.ONE_ZERO.prior));
        }
        path.add(new Step(15, 10, 1, 1, 3));
        for (int i = 16; i < 21; i++) {
            path.add(new Step(i, 11, 1, 0, Bead.ONE_ZERO.prior));
        }
        for (int i = 21; i < 30; i++) {
            path.add(new Step(i, i - 10, 1, 1, 0));
        }
        for (int j = 20; j < 30; j++) {
            path.add(new Step(30, j, 0, 1, Bead.ZERO_ONE.prior));
        }

        List<MoveDetector.Move> moves = MoveDetector.detect(path, src, tgt, MODEL);

        List<String> links = moves.stream().flatMap(m -> m.steps().stream()).filter(st -> !st.isNull())
                .map(st -> st.i0() + ":" + st.j0()).toList();
        assertThat(links).containsExactlyInAnyOrder("10:20", "11:21", "12:22", "13:23", "14:24", "16:25", "17:26",
                "18:27", "19:28", "20:29");
        assertThat(moves).allMatch(MoveDetector.Move::moved);
    }

    /**
     * One source sentence left unaligned near the start, one target sentence near the end: a far move of a lone
     * sentence within running text only when their anchors overlap well; a whole paragraph of one sentence moves on
     * the usual overlap. Lone sentences are most of the runs, and pairing each with each, weak overlaps turn up by
     * chance (two false moves in the Tom Sawyer test half, a book with none).
     */
    @Test
    void aLoneSentenceIsMovedFarOnlyOnAGoodOverlapUnlessItIsAParagraph() {
        int[] weak = {1, 101, 102, 103, 104, 105, 106, 107}; // Dice 0.125
        int[] good = {1, 2, 3, 4, 101, 102, 103, 104}; // Dice 0.5

        assertThat(movesOfLonePair(false, weak)).isEmpty();
        assertThat(movesOfLonePair(false, good)).singleElement().satisfies(m -> assertThat(m.moved()).isTrue());
        assertThat(movesOfLonePair(true, weak)).singleElement().satisfies(m -> assertThat(m.moved()).isTrue());
    }

    /**
     * Where anchors do not tell true pairs from unrelated ones (the fitted overlaps are equal), length alone would
     * pair any two runs of similar size: far runs are left unaligned, runs at the same place are still paired. Every
     * run was weighed against every other before, and a chapter checked against a text holding it among much else
     * took minutes.
     */
    @Test
    void withoutAnchorEvidenceOnlyRunsInPlaceArePaired() {
        CostModel blind = new CostModel(1.0, 6.8, 0.1, 0.1, 2.5, 2.5, 5.0);
        assertThat(MoveDetector.detect(lonePairPath(), lonePairSource(true), lonePairTarget(true, 1, 2, 3), blind))
                .isEmpty();
        assertThat(MoveDetector.detect(lonePairPath(), lonePairSource(true), lonePairTarget(true, 1, 2, 3), MODEL))
                .singleElement().satisfies(m -> assertThat(m.moved()).isTrue());

        List<Unit> source = new ArrayList<>();
        List<Unit> target = new ArrayList<>();
        List<Step> path = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            source.add(unit(1_000 + i));
            target.add(unit(i == 4 ? 9_000 : 1_000 + i));
            path.add(i == 4 ? new Step(4, 4, 1, 0, Bead.ONE_ZERO.prior) : new Step(i, i, 1, 1, 0));
            if (i == 4) {
                path.add(new Step(5, 4, 0, 1, Bead.ZERO_ONE.prior));
            }
        }
        assertThat(MoveDetector.detect(path, Side.of(source), Side.of(target), blind)).singleElement()
                .satisfies(m -> assertThat(m.moved()).isFalse());
    }

    private static List<MoveDetector.Move> movesOfLonePair(boolean paragraphs, int... targetKeys) {
        return MoveDetector.detect(lonePairPath(), lonePairSource(paragraphs), lonePairTarget(paragraphs, targetKeys),
                MODEL);
    }

    /** Twenty source sentences; the fourth, with eight keys, is left out where it stands. */
    private static Side lonePairSource(boolean paragraphs) {
        List<Unit> source = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            source.add(i == 3 ? new Unit(50, new int[] {1, 2, 3, 4, 5, 6, 7, 8}, new int[0], new int[0], paragraphs)
                    : new Unit(50, new int[] {1_000 + i}, new int[0], new int[0], paragraphs && i == 4));
        }
        return Side.of(source);
    }

    /** The other nineteen in order, and a sentence with the given keys added after the seventeenth. */
    private static Side lonePairTarget(boolean paragraphs, int... targetKeys) {
        List<Unit> target = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            if (i != 3) {
                target.add(unit(1_000 + i));
            }
            if (i == 17) {
                target.add(new Unit(50, targetKeys, new int[0], new int[0], paragraphs));
            }
        }
        if (paragraphs) {
            target.set(18, new Unit(50, new int[] {1_018}, new int[0], new int[0], true));
        }
        return Side.of(target);
    }

    private static List<Step> lonePairPath() {
        List<Step> path = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            path.add(new Step(i, i, 1, 1, 0));
        }
        path.add(new Step(3, 3, 1, 0, Bead.ONE_ZERO.prior));
        for (int i = 4; i < 18; i++) {
            path.add(new Step(i, i - 1, 1, 1, 0));
        }
        path.add(new Step(18, 17, 0, 1, Bead.ZERO_ONE.prior));
        for (int i = 18; i < 20; i++) {
            path.add(new Step(i, i, 1, 1, 0));
        }
        return path;
    }
}
