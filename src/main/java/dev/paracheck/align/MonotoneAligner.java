package dev.paracheck.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Dynamic programming over the grid of (source, target) sentence positions, in three separate phases as in
 * vecalign: the band says which nodes exist, {@link #fill} computes each node's best cost and back-pointer, and
 * {@link #traceback} reads the best path. Nodes are positions between sentences: node (i, j) means the first i
 * source and j target sentences are aligned; an edge between nodes is one {@link Bead}.
 *
 * <p>Each node has three layers (last bead a link, an omission, an addition: the affine cost of runs of unaligned
 * sentences). Only the back-pointers are kept for every node (one byte a layer); costs are kept for the last four
 * rows, so memory is {@code 3 * n * bandWidth} bytes. Stateless; thread-safe.
 */
final class MonotoneAligner {
    private static final Bead[] BEADS = Bead.values();
    /** Every bead that links sentences. */
    static final Bead[] ALL_LINKS = Arrays.stream(BEADS).filter(b -> !b.isNull()).toArray(Bead[]::new);
    /** The common links only: 1-1, 2-1, 1-2. */
    static final Bead[] COMMON_LINKS = {Bead.ONE_ONE, Bead.TWO_ONE, Bead.ONE_TWO};
    private static final byte NONE = -1;
    private static final int LINKED = 0;
    private static final int OMITTED = 1;
    private static final int ADDED = 2;
    private static final int LAYERS = 3;
    /**
     * Unaligned sentences come in runs (a passage left out, an advertisement, a caption block), so a null bead that
     * extends a run of its kind costs {@code -NULL_EXTEND} nats less than its prior: the affine gap cost of
     * sequence alignment (Gotoh 1982), with the opening cost left at the prior so that a lone omission is found as
     * before. On the tuning sets (Bleualign dev, Tom Sawyer val), -1 against 0: null-link F1 0.850 / 0.165 →
     * 0.850 / 0.205, strict F1 0.833 / 0.872 → 0.828 / 0.875; -0.5 and -1.5 were between or worse, and a dearer
     * opening cost lost the lone omission of our own gold pair.
     */
    static final double NULL_EXTEND = -1.0;

    /** One link of the path: units {@code [i0, i0+sources)} and {@code [j0, j0+targets)}, and its cost. */
    record Step(int i0, int j0, int sources, int targets, double cost) {
        Step(int i0, int j0, Bead bead, double cost) {
            this(i0, j0, bead.source, bead.target, cost);
        }

        boolean isNull() {
            return sources == 0 || targets == 0;
        }

        boolean isOmission() {
            return targets == 0;
        }

        boolean isAddition() {
            return sources == 0;
        }

        Step shifted(int di, int dj) {
            return new Step(i0 + di, j0 + dj, sources, targets, cost);
        }
    }

    /** The nodes that exist: for node row i, columns {@code lo[i]..hi[i]}; both arrays non-decreasing. */
    record Band(int[] lo, int[] hi) {
        static Band diagonal(int n, int m, int halfWidth) {
            int[] lo = new int[n + 1];
            int[] hi = new int[n + 1];
            for (int i = 0; i <= n; i++) {
                long center = n == 0 ? m : (long) i * m / n;
                lo[i] = (int) Math.max(0, center - halfWidth);
                hi[i] = (int) Math.min(m, center + halfWidth);
            }
            lo[0] = 0;
            hi[n] = m;
            return new Band(lo, hi);
        }

        boolean contains(int i, int j) {
            return i >= 0 && i < lo.length && j >= lo[i] && j <= hi[i];
        }
    }

    private MonotoneAligner() {
    }

    static List<Step> align(Side src, Side tgt, CostModel model, Band band) {
        return align(src, tgt, model, band, ALL_LINKS);
    }

    /** The best path using only the given linking beads (null beads are always allowed). */
    static List<Step> align(Side src, Side tgt, CostModel model, Band band, Bead[] links) {
        Filled filled = fill(src, tgt, model, band, links);
        return traceback(src, tgt, model, band, filled);
    }

    /** The back-pointers of the three layers, and the layer in which the whole path is cheapest. */
    private record Filled(byte[][][] back, int endLayer) {
    }

    /** The cost of a null bead that opens a run of unaligned sentences ({@code extending} false) or extends one. */
    static double nullCost(Bead bead, boolean extending) {
        return extending ? bead.prior + NULL_EXTEND : bead.prior;
    }

    /**
     * Fills the three cost layers of every node — paths whose last bead pairs sentences ({@link #LINKED}), leaves
     * a source sentence out ({@link #OMITTED}) or adds a target one ({@link #ADDED}) — and returns the
     * back-pointers of each layer: bead ordinal times three plus the layer the bead came from.
     */
    private static Filled fill(Side src, Side tgt, CostModel model, Band band, Bead[] links) {
        int n = src.size();
        // no link can cost less than its prior minus the largest bonus the evidence gives: a link whose bound
        // cannot beat the best found so far is not costed (exact pruning, the path is the same)
        double maxBonus = model.maxBonus();
        byte[][][] back = new byte[LAYERS][n + 1][];
        int maxWidth = 0;
        for (int i = 0; i <= n; i++) {
            maxWidth = Math.max(maxWidth, band.hi()[i] - band.lo()[i] + 1);
        }
        // the last four rows of each layer, and of the cheapest layer of each node (what a link continues from)
        double[][][] rows = new double[LAYERS][4][maxWidth];
        double[][] cheapest = new double[4][maxWidth];
        byte[][] cheapestLayer = new byte[4][maxWidth];
        for (int i = 0; i <= n; i++) {
            int lo = band.lo()[i];
            int width = band.hi()[i] - lo + 1;
            for (int layer = 0; layer < LAYERS; layer++) {
                back[layer][i] = new byte[width];
            }
            int r = i % 4;
            for (int j = lo; j <= band.hi()[i]; j++) {
                double best = i == 0 && j == 0 ? 0 : Double.POSITIVE_INFINITY;
                byte bestBack = NONE;
                for (Bead bead : links) {
                    int pi = i - bead.source;
                    int pj = j - bead.target;
                    if (pi < 0 || pj < 0 || !band.contains(pi, pj)) {
                        continue;
                    }
                    int at = pj - band.lo()[pi];
                    double prev = cheapest[pi % 4][at];
                    if (prev == Double.POSITIVE_INFINITY || prev + bead.prior - maxBonus >= best) {
                        continue;
                    }
                    double c = prev + model.cost(src, pi, tgt, pj, bead);
                    if (c < best) {
                        best = c;
                        bestBack = (byte) (bead.ordinal() * LAYERS + cheapestLayer[pi % 4][at]);
                    }
                }
                int at = j - lo;
                rows[LINKED][r][at] = best;
                back[LINKED][i][at] = bestBack;
                fillNull(rows, back, band, i, j, Bead.ONE_ZERO, OMITTED);
                fillNull(rows, back, band, i, j, Bead.ZERO_ONE, ADDED);
                int min = LINKED;
                for (int layer = 1; layer < LAYERS; layer++) {
                    if (rows[layer][r][at] < rows[min][r][at]) {
                        min = layer;
                    }
                }
                cheapest[r][at] = rows[min][r][at];
                cheapestLayer[r][at] = (byte) min;
            }
        }
        return new Filled(back, cheapestLayer[n % 4][band.hi()[n] - band.lo()[n]]);
    }

    /** The node's cost in the layer of a null bead: opening a run from the other layers, or extending its own. */
    private static void fillNull(double[][][] rows, byte[][][] back, Band band, int i, int j, Bead bead, int layer) {
        int pi = i - bead.source;
        int pj = j - bead.target;
        double best = Double.POSITIVE_INFINITY;
        byte bestBack = NONE;
        if (pi >= 0 && pj >= 0 && band.contains(pi, pj)) {
            int at = pj - band.lo()[pi];
            for (int from = 0; from < LAYERS; from++) {
                double prev = rows[from][pi % 4][at];
                double c = prev + nullCost(bead, from == layer);
                if (c < best) {
                    best = c;
                    bestBack = (byte) (bead.ordinal() * LAYERS + from);
                }
            }
        }
        rows[layer][i % 4][j - band.lo()[i]] = best;
        back[layer][i][j - band.lo()[i]] = bestBack;
    }

    private static List<Step> traceback(Side src, Side tgt, CostModel model, Band band, Filled filled) {
        byte[][][] back = filled.back();
        List<Step> steps = new ArrayList<>();
        int i = src.size();
        int j = tgt.size();
        int layer = filled.endLayer();
        while (i > 0 || j > 0) {
            byte b = back[layer][i][j - band.lo()[i]];
            if (b == NONE) {
                throw new IllegalStateException("no path through node (" + i + ", " + j + ")");
            }
            Bead bead = BEADS[b / LAYERS];
            int from = b % LAYERS;
            int pi = i - bead.source;
            int pj = j - bead.target;
            double cost = bead.isNull() ? nullCost(bead, from == layer) : model.cost(src, pi, tgt, pj, bead);
            steps.add(new Step(pi, pj, bead, cost));
            i = pi;
            j = pj;
            layer = from;
        }
        Collections.reverse(steps);
        return steps;
    }
}
