package dev.paracheck.align;

/**
 * The link shapes the aligner may use, with their prior probabilities. The priors follow Gale &amp; Church (1993),
 * extended by 1-3 and 3-1 for translators who split long sentences in three; 1-0 and 0-1 are four times as likely
 * as in Gale &amp; Church, which the Bleualign dev set and the first half of Tom Sawyer preferred (tuned with
 * {@code AlignBenchmark}).
 */
enum Bead {
    ONE_ONE(1, 1, 0.89),
    ONE_ZERO(1, 0, 0.02),
    ZERO_ONE(0, 1, 0.02),
    TWO_ONE(2, 1, 0.0445),
    ONE_TWO(1, 2, 0.0445),
    TWO_TWO(2, 2, 0.011),
    THREE_ONE(3, 1, 0.004),
    ONE_THREE(1, 3, 0.004);

    final int source;
    final int target;
    /** -log of the prior probability. */
    final double prior;

    Bead(int source, int target, double probability) {
        this.source = source;
        this.target = target;
        this.prior = -Math.log(probability);
    }

    boolean isNull() {
        return source == 0 || target == 0;
    }
}
