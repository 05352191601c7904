package dev.paracheck.align;

import dev.paracheck.align.MonotoneAligner.Step;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds units at either end of a 2-1, 1-2, 3-1 or 1-3 link, or in the middle of three, that the link's other side
 * does not appear to translate: a sentence left out of a translation (or added to it) next to a sentence the
 * aligner could pair, and joined to that link because a 1-0 link costs more than a 2-1. Two kinds of evidence
 * must agree: the length term of the link improves when the unit is left out (in a translator's merge or split
 * the rest alone is too short), and the unit's anchors that the other document has somewhere are mostly absent
 * from the link's other side (or there only as anchors of the rest of the link too: a topic word both sentences
 * share), numbers (the anchors translators keep most faithfully) all of them, while the rest of the link shares
 * some. Stateless.
 */
final class LooseUnits {
    /**
     * A unit its link does not support.
     *
     * @param sourceSide whether the unit is a source unit
     * @param unit       its index on its side
     * @param anchors    its anchor keys that the other document has somewhere
     * @param shared     how many of those the link's other side has (the decision counts only those the rest of
     *                   the link lacks)
     * @param lengthGain nats the link's length term gains without it
     */
    record Loose(boolean sourceSide, int unit, int anchors, int shared, double lengthGain) {
    }

    /**
     * Nats the link's length term must gain when the unit is left out. Of the 339 multi-sentence links of the
     * real-world benchmark's clean pairs, 8 gain half a nat or more; every sentence planted inside such a link that
     * was found gained more.
     */
    static final double MIN_LENGTH_GAIN = 0.5;
    /** Anchors the unit must have that the other document has somewhere: with fewer there is no evidence. */
    static final int MIN_ANCHORS = 2;
    /**
     * The largest share of those anchors that the link's other side may have: a cognate or a name of the unit
     * often recurs in its neighbour's translation by chance, so one in four is allowed.
     */
    static final double MAX_SHARED = 0.25;

    private LooseUnits() {
    }

    static List<Loose> find(List<Step> path, Side src, Side tgt, CostModel model) {
        List<Loose> out = new ArrayList<>();
        for (Step st : path) {
            if (st.isNull() || st.sources() + st.targets() < 3) {
                continue;
            }
            boolean sourceMulti = st.sources() > 1;
            if (st.sources() > 1 && st.targets() > 1) {
                continue;
            }
            Side multi = sourceMulti ? src : tgt;
            Side single = sourceMulti ? tgt : src;
            int m0 = sourceMulti ? st.i0() : st.j0();
            int mn = sourceMulti ? st.sources() : st.targets();
            int s0 = sourceMulti ? st.j0() : st.i0();
            int sn = sourceMulti ? st.targets() : st.sources();
            Side otherDoc = sourceMulti ? tgt : src;
            int[] otherKeys = single.keys(s0, sn);
            int[] otherNumbers = single.numbers(s0, sn);
            // either end, and the middle of three: a sentence added inside a sentence the translator split in two
            int[] candidates = mn == 3 ? new int[] {m0, m0 + 1, m0 + 2} : new int[] {m0, m0 + mn - 1};
            for (int u : candidates) {
                int[] own = multi.get(u).keys();
                int[] restKeys = restKeys(multi, m0, mn, u);
                int matchable = 0;
                int shared = 0;
                int unexplained = 0; // shared, and not accounted for by the rest of the link, which has it too
                for (int k : own) {
                    if (otherDoc.hasKey(k)) {
                        matchable++;
                        if (contains(otherKeys, k)) {
                            shared++;
                            unexplained += contains(restKeys, k) ? 0 : 1;
                        }
                    }
                }
                boolean sharesNumber = false;
                for (int k : multi.get(u).numbers()) {
                    sharesNumber |= contains(otherNumbers, k);
                }
                int restShared = 0;
                for (int k : restKeys) {
                    restShared += contains(otherKeys, k) ? 1 : 0;
                }
                int lsRest = multi.length(m0, mn) - multi.get(u).length();
                int lsAll = multi.length(m0, mn);
                int lo = single.length(s0, sn);
                double withCost = sourceMulti ? model.lengthCost(lsAll, lo) : model.lengthCost(lo, lsAll);
                double restCost = sourceMulti ? model.lengthCost(lsRest, lo) : model.lengthCost(lo, lsRest);
                if (!sharesNumber && restShared >= MIN_ANCHORS && withCost - restCost >= MIN_LENGTH_GAIN && matchable >= MIN_ANCHORS
                        && unexplained <= MAX_SHARED * matchable) {
                    out.add(new Loose(sourceMulti, u, matchable, shared, withCost - restCost));
                }
            }
        }
        return out;
    }

    /** The merged anchor keys of units {@code [m0, m0+mn)} of {@code side} but {@code u}. */
    private static int[] restKeys(Side side, int m0, int mn, int u) {
        if (u == m0 || u == m0 + mn - 1) {
            return side.keys(u == m0 ? m0 + 1 : m0, mn - 1);
        }
        return Side.union(side.keys(m0, u - m0), side.keys(u + 1, m0 + mn - u - 1));
    }

    /**
     * Whether {@code unit} is not translated by units {@code [o0, o0+on)} of {@code other}: it has
     * {@link #MIN_ANCHORS} anchors or more that {@code other} has somewhere, at most {@link #MAX_SHARED} of them
     * stand in those units, and none of its numbers.
     */
    static boolean unsupported(Unit unit, Side other, int o0, int on) {
        int[] there = other.keys(o0, on);
        int[] numbers = other.numbers(o0, on);
        for (int k : unit.numbers()) {
            if (contains(numbers, k)) {
                return false;
            }
        }
        int matchable = 0;
        int shared = 0;
        for (int k : unit.keys()) {
            if (other.hasKey(k)) {
                matchable++;
                shared += contains(there, k) ? 1 : 0;
            }
        }
        return matchable >= MIN_ANCHORS && shared <= MAX_SHARED * matchable;
    }

    /**
     * Whether {@code unit} carries an anchor that units {@code [o0, o0+on)} of {@code other} have and their
     * counterparts {@code [w0, w0+wn)} of {@code own} (the unit's side) lack: what is left of the other side's
     * sentence once its own counterpart is taken — the unit is likely split off it (or merged into it).
     */
    static boolean splitOff(Unit unit, Side other, int o0, int on, Side own, int w0, int wn) {
        int[] there = other.keys(o0, on);
        int[] counterpart = own.keys(w0, wn);
        for (int k : unit.keys()) {
            if (contains(there, k) && !contains(counterpart, k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(int[] sorted, int key) {
        return java.util.Arrays.binarySearch(sorted, key) >= 0;
    }
}
