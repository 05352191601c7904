package dev.paracheck.align;

import dev.paracheck.align.MonotoneAligner.Band;
import dev.paracheck.align.MonotoneAligner.Step;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
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
    /**
     * Margin of the fine band around the coarse path, in blocks. On 100k sentences of Tom Sawyer, 2, 3 and 4 gave
     * the same F1 against the concatenated gold (0.877, before the swap margin was raised) in 9.6, 10.4 and 10.9 s
     * (one benchmark run each, back to back).
     */
    static final int MARGIN_BLOCKS = 2;
    private static final int MIN_HALF_WIDTH = 150;
    /** Margin of the second pass's band around the first path, in sentences. */
    static final int REFINE_MARGIN = 8;
    /** Keys a coarse block keeps, about (see {@link #thin}). */
    static final int BLOCK_KEYS = 12;

    private BandPlanner() {
    }

    static Band plan(Side src, Side tgt, CostModel model) {
        return plan(src, tgt, model, 0);
    }

    private static Band plan(Side src, Side tgt, CostModel model, int depth) {
        int n = src.size();
        int m = tgt.size();
        if (Math.max(n, m) <= DIRECT_LIMIT) {
            return Band.diagonal(n, m, Math.max(MIN_HALF_WIDTH, 2 * Math.abs(n - m) + 50));
        }
        List<Side> coarse = coarsen(src, tgt, depth);
        Side coarseSrc = coarse.get(0);
        Side coarseTgt = coarse.get(1);
        CostModel coarseModel = model.withStatistics(model.variance() * BLOCK, model.trueOverlap(),
                model.falseOverlap());
        List<Step> path = MonotoneAligner.align(coarseSrc, coarseTgt, coarseModel,
                plan(coarseSrc, coarseTgt, coarseModel, depth + 1));
        return project(path, n, m, BLOCK, MARGIN_BLOCKS * BLOCK);
    }

    /**
     * The two sides as blocks of {@value #BLOCK} sentences, keeping only keys that occur on both sides, thinned to
     * about {@value #BLOCK_KEYS} a block. A key found on one side only can never be shared, and between German and
     * English most cognate keys are such (55 a block of Tom Sawyer, 7 of them on both sides): left in, they drowned
     * the overlap of true block pairs (Dice 0.04 against 0.01 for unrelated ones, where the model expects 0.25
     * against 0.03), so the coarse path ran on lengths alone and spread a long omission over hundreds of wrong
     * links. Kept out, true blocks overlap by 0.30 and unrelated ones by 0.07 (the model's 0.25 and 0.03 hold), and
     * with 600 English sentences taken out of 24,000 null-link recall rises from 0.12 to 0.58 and strict F1 from
     * 0.856 to 0.875, the F1 of the pair without the gap (the first of {@code AlignBenchmark}'s long-passage runs);
     * planning is faster too, the blocks carrying fewer keys.
     */
    static List<Side> coarsen(Side src, Side tgt, int depth) {
        List<Unit> srcBlocks = blocks(src, BLOCK);
        List<Unit> tgtBlocks = blocks(tgt, BLOCK);
        BitSet shared = keySet(srcBlocks);
        shared.and(keySet(tgtBlocks));
        srcBlocks = sharedOnly(srcBlocks, shared);
        tgtBlocks = sharedOnly(tgtBlocks, shared);
        long keys = srcBlocks.stream().mapToLong(u -> u.keys().length).sum()
                + tgtBlocks.stream().mapToLong(u -> u.keys().length).sum();
        int rate = Integer.highestOneBit((int) Math.max(1, keys / (srcBlocks.size() + tgtBlocks.size()) / BLOCK_KEYS));
        return List.of(Side.of(thin(srcBlocks, rate, depth)), Side.of(thin(tgtBlocks, rate, depth)));
    }

    private static BitSet keySet(List<Unit> units) {
        BitSet set = new BitSet();
        for (Unit u : units) {
            for (int key : u.keys()) {
                set.set(key);
            }
        }
        return set;
    }

    private static List<Unit> sharedOnly(List<Unit> units, BitSet shared) {
        return units.stream().map(u -> u.withKeys(Arrays.stream(u.keys()).filter(shared::get).toArray())).toList();
    }

    /** Units of {@code k} consecutive sentences each (the last block may be shorter), with all their keys. */
    static List<Unit> blocks(Side side, int k) {
        List<Unit> out = new ArrayList<>();
        for (int i = 0; i < side.size(); i += k) {
            int a = Math.min(k, side.size() - i);
            int length = 0;
            for (int j = 0; j < a; j++) {
                length += side.get(i + j).length();
            }
            out.add(new Unit(length, side.keys(i, a), side.numbers(i, a), new int[0], false));
        }
        return out;
    }

    /**
     * The blocks with their keys thinned by a hash to one in {@code rate} (a power of two; the same rate and hash
     * on both sides, so the Dice overlap of two samples estimates the overlap of the full sets; salted by the
     * level, so that each level samples afresh). About {@value #BLOCK_KEYS} keys a block remain and the coarse
     * pass costs no more per unit than the fine one: with full unions (350 keys a block of 64 sentences, 1,000
     * for three blocks) planning a 100k-sentence pair took longer than aligning it.
     */
    static List<Unit> thin(List<Unit> blocks, int rate, int salt) {
        if (rate == 1) {
            return blocks;
        }
        int mix = 0x9E3779B9 + 0x7F4A7C15 * salt;
        return blocks.stream().map(u -> new Unit(u.length(), sample(u.keys(), rate, mix), sample(u.numbers(), rate, mix),
                u.words(), u.paragraphStart())).toList();
    }

    private static int[] sample(int[] keys, int rate, int mix) {
        return Arrays.stream(keys).filter(key -> (((key ^ mix) * 0x9E3779B9) >>> 12 & (rate - 1)) == 0).toArray();
    }

    /**
     * The band of the second pass: the first pass's path, {@value #REFINE_MARGIN} sentences either side. The
     * learned lexicon and the fitted model move links locally (a split shifted by one, a 2-1 for two 1-1), not by
     * pages, so the second pass need not search the whole first band again.
     */
    static Band around(List<Step> path, int n, int m) {
        return project(path, n, m, 1, REFINE_MARGIN);
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
