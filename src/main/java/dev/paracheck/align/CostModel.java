package dev.paracheck.align;


/**
 * The cost of a link, in nats (-log probability, up to constants): the bead's prior, a Gale–Church length term
 * with the ratio {@code c} and variance {@code s2} of the pair, a lexical term from the Dice overlap of the
 * link's anchor keys (scaled by how well anchors separate true from false pairs in this very document pair),
 * and penalties for disagreeing with the paragraph structure.
 *
 * <p>Immutable and thread-safe.
 *
 * @param ratio expected target length per source character
 * @param variance Gale–Church variance per character
 * @param trueOverlap mean anchor Dice of true links
 * @param falseOverlap mean anchor Dice of unrelated sentence pairs
 * @param lexicalWeight nats of evidence at full anchor separation
 * @param boundaryPenalty nats for a link that opens a paragraph on one side only
 * @param crossingPenalty nats for a link whose units span a paragraph break
 * @param quotePenalty nats for a link whose first units disagree on opening a quotation, and again for its last
 *        units disagreeing on closing one (fitted to the pair: 0 where the marks tell nothing)
 */
record CostModel(double ratio, double variance, double trueOverlap, double falseOverlap, double lexicalWeight,
                 double boundaryPenalty, double crossingPenalty, double quotePenalty) {

    static final double DEFAULT_VARIANCE = 6.8;
    static final double MIN_SEPARATION = 0.02;
    static final double TAIL_WEIGHT = 0.1;
    static final double NUMBER_WEIGHT = 1.5;
    /**
     * Nats against each debris unit (OCR noise, stray marks: {@link Unit#debris}) inside a link: such lines rarely
     * have a counterpart (the Bleualign gold, dev and test, leaves 10 of its 12 unaligned; the other two are a
     * title fragment copied on both sides), but cost a link almost nothing in length, so without it they were
     * merged into neighbouring links. Tuned on the Bleualign dev article: 0 / 0.5 / 1 / 1.5 / 2 nats gave strict F1
     * 0.845 / 0.848 / 0.850 / 0.850 / 0.850 and null-link F1 0.861 / 0.889 / 0.892 / 0.892 / 0.892; the smallest
     * of the best.
     */
    static final double DEBRIS_PENALTY = 1.0;
    static final double TAIL_SCALE = 3.0;
    private static final double DELTA_STEP = 0.005;
    private static final double DELTA_MAX = 30;
    /** {@link #mixtureCost} sampled every {@link #DELTA_STEP}; linear interpolation is exact to about 1e-5 nats. */
    private static final double[] LENGTH_TABLE = lengthTable();

    /** A model without quotation evidence. */
    CostModel(double ratio, double variance, double trueOverlap, double falseOverlap, double lexicalWeight,
              double boundaryPenalty, double crossingPenalty) {
        this(ratio, variance, trueOverlap, falseOverlap, lexicalWeight, boundaryPenalty, crossingPenalty, 0);
    }

    CostModel {
        if (!(ratio > 0) || !(variance > 0)) {
            throw new IllegalArgumentException("ratio and variance must be positive: " + ratio + ", " + variance);
        }
    }

    /** A first-guess model for the pair: the length ratio of the two sides, textbook variance and overlaps. */
    static CostModel initial(Side source, Side target) {
        double ls = source.stream().mapToLong(Unit::length).sum();
        double lt = target.stream().mapToLong(Unit::length).sum();
        double ratio = ls > 0 && lt > 0 ? lt / ls : 1.0;
        return new CostModel(ratio, DEFAULT_VARIANCE, 0.25, 0.03, 2.5, 2.5, 5.0);
    }

    CostModel withStatistics(double variance, double trueOverlap, double falseOverlap) {
        return new CostModel(ratio, variance, trueOverlap, falseOverlap, lexicalWeight, boundaryPenalty,
                crossingPenalty, quotePenalty);
    }

    /** This model with links spanning a paragraph break costing nothing extra. */
    CostModel withoutCrossingPenalty() {
        return new CostModel(ratio, variance, trueOverlap, falseOverlap, lexicalWeight, boundaryPenalty, 0,
                quotePenalty);
    }

    CostModel withQuotePenalty(double penalty) {
        return new CostModel(ratio, variance, trueOverlap, falseOverlap, lexicalWeight, boundaryPenalty,
                crossingPenalty, penalty);
    }

    /** Cost of linking {@code src[i0, i0+a)} with {@code tgt[j0, j0+b)} by one bead. */
    double cost(Side src, int i0, Side tgt, int j0, Bead bead) {
        return cost(src, i0, bead.source, tgt, j0, bead.target, bead.prior);
    }

    /** The prior cost of a link of a sources and b targets; shapes beyond the beads cost one nat per extra unit. */
    static double prior(int a, int b) {
        for (Bead bead : Bead.values()) {
            if (bead.source == a && bead.target == b) {
                return bead.prior;
            }
        }
        return Bead.ONE_THREE.prior + Math.max(0, a + b - 4);
    }

    /** Cost of linking {@code src[i0, i0+a)} with {@code tgt[j0, j0+b)}, given the prior cost of that shape. */
    double cost(Side src, int i0, int a, Side tgt, int j0, int b, double prior) {
        double cost = prior;
        if (a == 0 || b == 0) {
            return cost;
        }
        int ls = src.length(i0, a);
        int lt = tgt.length(j0, b);
        cost += crossingPenalty * (src.breaksInside(i0, a) + tgt.breaksInside(j0, b));
        cost += DEBRIS_PENALTY * (src.debris(i0, a) + tgt.debris(j0, b));
        if (src.opensParagraph(i0) != tgt.opensParagraph(j0)) {
            cost += boundaryPenalty;
        }
        if (quotePenalty > 0) {
            cost += quotePenalty * quoteDisagreements(src, i0, a, tgt, j0, b);
        }
        cost += lengthCost(ls, lt);
        cost += lexicalCost(dice(src, i0, a, tgt, j0, b));
        cost += numberCost(src, i0, a, tgt, j0, b);
        return cost;
    }

    /**
     * -log of the two-sided tail probability of the length difference (Gale &amp; Church), under a mixture of a
     * normal with the fitted variance and, with weight {@link #TAIL_WEIGHT}, one {@link #TAIL_SCALE} times as wide:
     * real translations have heavier tails than a normal (an acronym spelled out, a clause added), and a pure
     * normal would make such a pair cheaper to leave unaligned than to link.
     */
    double lengthCost(int ls, int lt) {
        double mean = (ls + lt / ratio) / 2.0;
        if (mean <= 0) {
            return 0;
        }
        double delta = Math.abs(lt - ratio * ls) / Math.sqrt(variance * mean);
        double x = delta / DELTA_STEP;
        int i = (int) x;
        if (i >= LENGTH_TABLE.length - 1) {
            return mixtureCost(delta);
        }
        double f = x - i;
        return LENGTH_TABLE[i] * (1 - f) + LENGTH_TABLE[i + 1] * f;
    }

    /** The exact length term for a normalised deviation; {@link #LENGTH_TABLE} caches it for the inner loop. */
    static double mixtureCost(double delta) {
        double core = logErfc(delta / Math.sqrt(2));
        double tail = logErfc(delta / (Math.sqrt(2) * TAIL_SCALE));
        double hi = Math.max(core, tail);
        return -(hi + Math.log((1 - TAIL_WEIGHT) * Math.exp(core - hi) + TAIL_WEIGHT * Math.exp(tail - hi)));
    }

    private static double[] lengthTable() {
        double[] table = new double[(int) (DELTA_MAX / DELTA_STEP) + 2];
        for (int i = 0; i < table.length; i++) {
            table[i] = mixtureCost(i * DELTA_STEP);
        }
        return table;
    }

    /**
     * 0, 1 or 2: whether the link's first units disagree on opening a quotation, and its last units on closing
     * one.
     */
    static int quoteDisagreements(Side src, int i0, int a, Side tgt, int j0, int b) {
        return (src.opensQuote(i0) != tgt.opensQuote(j0) ? 1 : 0)
                + (src.closesQuote(i0 + a - 1) != tgt.closesQuote(j0 + b - 1) ? 1 : 0);
    }

    /**
     * A 1-1 link's cost from its content alone — length, anchors, numbers — without its prior and the paragraph
     * and quotation terms: what says which sentence translates which when the structure is in question.
     */
    double contentCost(Side src, int s, Side tgt, int t) {
        return lengthCost(src.length(s, 1), tgt.length(t, 1)) + anchorCost(src, s, tgt, t);
    }

    /** A 1-1 link's anchor and number terms ({@link #contentCost} without the length). */
    double anchorCost(Side src, int s, Side tgt, int t) {
        return lexicalCost(dice(src, s, 1, tgt, t, 1)) + numberCost(src, s, 1, tgt, t, 1);
    }

    /** The largest bonus (negative cost) the evidence of a non-null link can give: lexical and number anchors. */
    double maxBonus() {
        return 1.5 * lexicalWeight + NUMBER_WEIGHT;
    }

    /** Negative (a bonus) when the overlap is above the midpoint between false and true pairs. */
    double lexicalCost(double dice) {
        double separation = trueOverlap - falseOverlap;
        if (separation < MIN_SEPARATION) {
            return 0;
        }
        double z = (dice - (trueOverlap + falseOverlap) / 2) / separation;
        return -lexicalWeight * Math.max(-2.0, Math.min(1.5, z));
    }

    /**
     * Numbers are the anchors translators keep most faithfully: the same numbers on both sides are evidence for a
     * link, numbers on one side only (or different ones) against it. From -NUMBER_WEIGHT to +NUMBER_WEIGHT.
     */
    static double numberCost(Side src, int i0, int a, Side tgt, int j0, int b) {
        if (src.hasNoNumber(i0, a) && tgt.hasNoNumber(j0, b)) {
            return 0;
        }
        int[] s = src.numbers(i0, a);
        int[] t = tgt.numbers(j0, b);
        if (s.length + t.length == 0) {
            return 0;
        }
        return NUMBER_WEIGHT * (1 - 2 * dice(s, t));
    }

    static double dice(Side src, int i0, int a, Side tgt, int j0, int b) {
        if (src.sharesNoKey(i0, a, tgt, j0, b)) {
            return 0;
        }
        return dice(src.keys(i0, a), tgt.keys(j0, b));
    }

    static double dice(int[] s, int[] t) {
        if (s.length + t.length == 0) {
            return 0;
        }
        int common = 0;
        for (int x = 0, y = 0; x < s.length && y < t.length; ) {
            if (s[x] == t[y]) {
                common++;
                x++;
                y++;
            } else if (s[x] < t[y]) {
                x++;
            } else {
                y++;
            }
        }
        return 2.0 * common / (s.length + t.length);
    }

    /**
     * log(erfc(x)) for x &ge; 0, from the Chebyshev fit of Numerical Recipes (fractional error below 1.2e-7),
     * evaluated in log space so that large deviations do not underflow to log(0).
     */
    static double logErfc(double x) {
        double z = Math.abs(x);
        double t = 1.0 / (1.0 + 0.5 * z);
        double poly = -z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277))))))));
        return Math.log(t) + poly;
    }
}
