package dev.paracheck.align;

import dev.paracheck.align.MonotoneAligner.Step;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves a gap to the other side of the 1-1 link beside it when the content says so. When a translation leaves out
 * the first sentence of a paragraph, the next one opens the paragraph in the target: the paragraph-boundary term
 * then pairs the source's first sentence with it and leaves the second unaligned, and the omission is reported on
 * the wrong sentence ("Controls which URLs the WebView itself can be navigated to." paired with the translation of
 * "Applies to top-level navigations only.", which is left over). Here the link's unit on the gap's side is
 * exchanged with the unaligned one when the exchange lowers the link's content cost — length, anchors and
 * numbers, no boundary terms — by {@link #MARGIN} nats or more. Stateless.
 */
final class GapShifter {
    /** Nats the exchanged link's content cost must save. */
    static final double MARGIN = 1.0;

    private GapShifter() {
    }

    static List<Step> shift(List<Step> path, Side src, Side tgt, CostModel model) {
        List<Step> out = new ArrayList<>(path);
        for (int k = 0; k + 1 < out.size(); k++) {
            Step a = out.get(k);
            Step b = out.get(k + 1);
            boolean gapFirst = a.isNull() && a.sources() + a.targets() == 1 && isOneOne(b);
            boolean gapSecond = b.isNull() && b.sources() + b.targets() == 1 && isOneOne(a);
            if (!gapFirst && !gapSecond) {
                continue;
            }
            Step gap = gapFirst ? a : b;
            Step link = gapFirst ? b : a;
            int s = link.i0();
            int t = link.j0();
            int s2 = gap.isOmission() ? gap.i0() : s;
            int t2 = gap.isOmission() ? t : gap.j0();
            if (model.contentCost(src, s2, tgt, t2) + MARGIN > model.contentCost(src, s, tgt, t)
                    || model.anchorCost(src, s2, tgt, t2) >= model.anchorCost(src, s, tgt, t)) {
                continue;
            }
            Step newLink = new Step(s2, t2, 1, 1, model.cost(src, s2, 1, tgt, t2, 1, CostModel.prior(1, 1)));
            // a lone gap between two pairings opens no run: its cost is its bead's prior
            Bead bead = gap.isOmission() ? Bead.ONE_ZERO : Bead.ZERO_ONE;
            Step newGap = gap.isOmission() ? new Step(s, t2 + (gapFirst ? 1 : 0), 1, 0, bead.prior)
                    : new Step(s2 + (gapFirst ? 1 : 0), t, 0, 1, bead.prior);
            out.set(k, gapFirst ? newLink : newGap);
            out.set(k + 1, gapFirst ? newGap : newLink);
            k++;
        }
        return out;
    }

    private static boolean isOneOne(Step st) {
        return st.sources() == 1 && st.targets() == 1;
    }
}
