package dev.paracheck.align;

import dev.paracheck.align.MonotoneAligner.Band;
import dev.paracheck.align.MonotoneAligner.Step;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Chooses the nodes the dynamic programme explores, so that its cost grows linearly with the length of the
 * documents. Small pairs get a band around the diagonal wide enough for any realistic drift. Large pairs are
 * first aligned coarsely, blocks of {@value #BLOCK} sentences standing for one unit — recursively, the coarse
 * problem being planned the same way — and the fine band follows the coarse path with a margin of
 * {@value #MARGIN_BLOCKS} blocks on either side (the recursive scheme of vecalign). The band is then a few dozen
 * nodes wide whatever the length, so the work per sentence is constant. Stateless.
 */
final class BandPlanner {
    /** Up to this many sentences a side, a diagonal band is used. */
    static final int DIRECT_LIMIT = 3_000;
    /** Sentences a block of the coarse problem stands for. */
    static final int BLOCK = 8;
    /** Margin of the fine band around the coarse path, in blocks. */
    static final int MARGIN_BLOCKS = 4;
    private static final int MIN_HALF_WIDTH = 150;

    private BandPlanner() {
    }

    static Band plan(Side src, Side tgt, CostModel model) {
        int n = src.size();
        int m = tgt.size();
        if (Math.max(n, m) <= DIRECT_LIMIT) {
            return Band.diagonal(n, m, Math.max(MIN_HALF_WIDTH, 2 * Math.abs(n - m) + 50));
        }
        int k = BLOCK;
        Side coarseSrc = blocks(src, k);
        Side coarseTgt = blocks(tgt, k);
        CostModel coarseModel = model.withStatistics(model.variance() * k, model.trueOverlap(), model.falseOverlap());
        List<Step> path = MonotoneAligner.align(coarseSrc, coarseTgt, coarseModel,
                plan(coarseSrc, coarseTgt, coarseModel));
        return project(path, n, m, k, MARGIN_BLOCKS * k);
    }

    /** Units of {@code k} consecutive sentences each (the last block may be shorter). */
    static Side blocks(Side side, int k) {
        List<Unit> out = new ArrayList<>();
        for (int i = 0; i < side.size(); i += k) {
            int a = Math.min(k, side.size() - i);
            int length = 0;
            for (int j = 0; j < a; j++) {
                length += side.get(i + j).length();
            }
            out.add(new Unit(length, side.keys(i, a), side.numbers(i, a), new int[0], false));
        }
        return Side.of(out);
    }

    /** The fine band around a coarse path: each fine row may reach the columns of its block's link, +- margin. */
    static Band project(List<Step> coarsePath, int n, int m, int k, int margin) {
        int[] lo = new int[n + 1];
        int[] hi = new int[n + 1];
        Arrays.fill(lo, Integer.MAX_VALUE);
        Arrays.fill(hi, Integer.MIN_VALUE);
        for (Step st : coarsePath) {
            int rowFrom = Math.min(n, st.i0() * k);
            int rowTo = Math.min(n, (st.i0() + st.sources()) * k);
            int colFrom = Math.min(m, st.j0() * k);
            int colTo = Math.min(m, (st.j0() + st.targets()) * k);
            for (int i = rowFrom; i <= rowTo; i++) {
                lo[i] = Math.min(lo[i], Math.max(0, colFrom - margin));
                hi[i] = Math.max(hi[i], Math.min(m, colTo + margin));
            }
        }
        lo[0] = 0;
        hi[n] = m;
        if (lo[n] == Integer.MAX_VALUE) {
            lo[n] = Math.max(0, m - margin);
        }
        for (int i = 1; i <= n; i++) {
            if (hi[i] == Integer.MIN_VALUE) {
                hi[i] = hi[i - 1];
            }
            hi[i] = Math.max(hi[i], hi[i - 1]);
        }
        for (int i = n - 1; i >= 0; i--) {
            if (lo[i] == Integer.MAX_VALUE) {
                lo[i] = lo[i + 1];
            }
            lo[i] = Math.min(lo[i], lo[i + 1]);
        }
        for (int i = 0; i <= n; i++) {
            lo[i] = Math.min(lo[i], hi[i]);
        }
        return new Band(lo, hi);
    }
}
