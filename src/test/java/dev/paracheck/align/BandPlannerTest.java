package dev.paracheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paracheck.align.MonotoneAligner.Band;
import dev.paracheck.align.MonotoneAligner.Step;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BandPlannerTest {
    @Test
    void thinningKeepsTheSameKeysOnBothSidesAtTheGivenRate() {
        int[] all = IntStream.range(0, 40_000).toArray();
        List<Unit> one = List.of(new Unit(1, all, new int[0], new int[0], false));
        List<Unit> other = List.of(new Unit(1, Arrays.copyOfRange(all, 10_000, 40_000), new int[0], new int[0], false));

        int[] kept = BandPlanner.thin(one, 8, 0).get(0).keys();
        int[] keptOther = BandPlanner.thin(other, 8, 0).get(0).keys();

        assertThat(kept.length).isBetween(4_500, 5_500);
        assertThat(keptOther).as("a key kept on one side is kept on the other")
                .containsExactly(Arrays.stream(kept).filter(k -> k >= 10_000).toArray());
        assertThat(BandPlanner.thin(one, 8, 1).get(0).keys()).as("another level samples other keys")
                .isNotEqualTo(kept);
        assertThat(BandPlanner.thin(one, 1, 0).get(0).keys()).isSameAs(all);
    }

    @Test
    void theSecondPassBandHoldsTheFirstPathWithItsMargin() {
        List<Step> path = new ArrayList<>();
        int j = 0;
        for (int i = 0; i < 100; i++) {
            int targets = i % 10 == 0 ? 2 : 1;
            path.add(new Step(i, j, 1, targets, 0));
            j += targets;
        }
        Band band = BandPlanner.around(path, 100, j);

        for (Step st : path) {
            assertThat(band.contains(st.i0(), st.j0())).isTrue();
            assertThat(band.contains(st.i0() + 1, st.j0() + st.targets())).isTrue();
        }
        assertThat(band.contains(50, 55 + BandPlanner.REFINE_MARGIN)).isTrue();
        assertThat(band.contains(50, 55 + 2 * BandPlanner.REFINE_MARGIN + 2)).as("far off the path").isFalse();
        assertThat(band.contains(100, j)).isTrue();
    }

    /**
     * Sentences with one key shared with their translation and seven of their own language each, as between German
     * and English: the coarse blocks must still tell their translation from an unrelated block by the cost model's
     * own measure. With the one-sided keys left in, a true block pair overlapped by 0.125, below the model's
     * midpoint, and counted as evidence against the link.
     */
    @Test
    void coarseBlocksOverlapByTheKeysBothSidesShare() {
        List<Unit> source = new ArrayList<>();
        List<Unit> target = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            int shared = i;
            source.add(new Unit(100, keys(shared, 1_000 + 7 * i), new int[0], new int[0], false));
            target.add(new Unit(100, keys(shared, 2_000 + 7 * i), new int[0], new int[0], false));
        }
        Side src = Side.of(source);
        Side tgt = Side.of(target);
        CostModel model = CostModel.initial(src, tgt);

        List<Side> coarse = BandPlanner.coarsen(src, tgt, 0);

        assertThat(coarse.get(0).size()).isEqualTo(64 / BandPlanner.BLOCK);
        double translation = CostModel.dice(coarse.get(0), 3, 1, coarse.get(1), 3, 1);
        double unrelated = CostModel.dice(coarse.get(0), 3, 1, coarse.get(1), 5, 1);
        assertThat(model.lexicalCost(translation)).as("a block and its translation").isLessThan(-1);
        assertThat(model.lexicalCost(unrelated)).as("unrelated blocks").isGreaterThan(1);
    }

    /** A sorted key array: {@code shared}, then seven keys from {@code own} on. */
    private static int[] keys(int shared, int own) {
        return IntStream.concat(IntStream.of(shared), IntStream.range(own, own + 7)).toArray();
    }
}
