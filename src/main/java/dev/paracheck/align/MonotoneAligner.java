package dev.paracheck.align;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Dynamic programming over the grid of (source, target) sentence positions, in three separate phases as in
 * vecalign: the band says which nodes exist, {@link #fill} computes each node's best cost and back-pointer, and
 * {@link #traceback} reads the best path. Nodes are positions between sentences: node (i, j) means the first i
 * source and j target sentences are aligned; an edge between nodes is one {@link Bead}.
 *
 * <p>Only the back-pointers are kept for every node (one byte); costs are kept for the last four rows, so memory
 * is {@code n * bandWidth} bytes. Stateless; thread-safe.
 */
final class MonotoneAligner {
    private static final Bead[] BEADS = Bead.values();
    private static final byte NONE = -1;

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
        byte[][] back = fill(src, tgt, model, band);
        return traceback(src, tgt, model, band, back);
    }

    private static byte[][] fill(Side src, Side tgt, CostModel model, Band band) {
        int n = src.size();
        // no bead can cost less than its prior minus the largest bonus the evidence gives: a bead whose bound
        // cannot beat the best found so far is not costed (exact pruning, the path is the same)
        double[] floor = new double[BEADS.length];
        for (Bead bead : BEADS) {
            floor[bead.ordinal()] = bead.prior - (bead.isNull() ? 0 : model.maxBonus());
        }
        byte[][] back = new byte[n + 1][];
        double[][] rows = new double[4][];
        for (int i = 0; i <= n; i++) {
            int lo = band.lo()[i];
            int width = band.hi()[i] - lo + 1;
            back[i] = new byte[width];
            double[] row = new double[width];
            rows[i % 4] = row;
            for (int j = lo; j <= band.hi()[i]; j++) {
                double best = i == 0 && j == 0 ? 0 : Double.POSITIVE_INFINITY;
                byte bestBead = NONE;
                for (Bead bead : BEADS) {
                    int pi = i - bead.source;
                    int pj = j - bead.target;
                    if (pi < 0 || pj < 0 || !band.contains(pi, pj)) {
                        continue;
                    }
                    double prev = rows[pi % 4][pj - band.lo()[pi]];
                    if (prev == Double.POSITIVE_INFINITY || prev + floor[bead.ordinal()] >= best) {
                        continue;
                    }
                    double c = prev + model.cost(src, pi, tgt, pj, bead);
                    if (c < best) {
                        best = c;
                        bestBead = (byte) bead.ordinal();
                    }
                }
                row[j - lo] = best;
                back[i][j - lo] = bestBead;
            }
        }
        return back;
    }

    private static List<Step> traceback(Side src, Side tgt, CostModel model, Band band, byte[][] back) {
        List<Step> steps = new ArrayList<>();
        int i = src.size();
        int j = tgt.size();
        while (i > 0 || j > 0) {
            byte b = back[i][j - band.lo()[i]];
            if (b == NONE) {
                throw new IllegalStateException("no path through node (" + i + ", " + j + ")");
            }
            Bead bead = BEADS[b];
            int pi = i - bead.source;
            int pj = j - bead.target;
            steps.add(new Step(pi, pj, bead, model.cost(src, pi, tgt, pj, bead)));
            i = pi;
            j = pj;
        }
        Collections.reverse(steps);
        return steps;
    }
}
