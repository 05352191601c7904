package dev.paracheck.check;

import dev.paracheck.internal.Text;
import java.util.Arrays;
import java.util.List;

/**
 * How a pair's links run in length: the log ratio of each link's target to source length (visible characters), its
 * median over the links, and each link's robust z-score against it (in median absolute deviations, at least 0.08),
 * so that a link far off what the pair's own links expect stands out whatever the languages. Immutable.
 */
public final class LengthRatios {
    /** Fewer links than this tell no norm: {@link #of} gives null. */
    public static final int MIN_LINKS = 5;

    private final double[] logRatio;
    private final double median;
    private final double mad;

    private LengthRatios(double[] logRatio) {
        this.logRatio = logRatio;
        this.median = median(logRatio);
        this.mad = Math.max(0.08, median(Arrays.stream(logRatio).map(x -> Math.abs(x - median)).toArray()) * 1.4826);
    }

    /** The ratios of {@code pairs}, in their order; null when there are fewer than {@link #MIN_LINKS}. */
    public static LengthRatios of(List<PairedText> pairs) {
        if (pairs.size() < MIN_LINKS) {
            return null;
        }
        double[] logRatio = new double[pairs.size()];
        for (int k = 0; k < pairs.size(); k++) {
            logRatio[k] = logRatio(pairs.get(k).source().text(), pairs.get(k).target().text());
        }
        return new LengthRatios(logRatio);
    }

    /** log((target length + 1) / (source length + 1)), lengths in visible characters. */
    public static double logRatio(String source, String target) {
        return Math.log((Text.visibleLength(target) + 1.0) / (Text.visibleLength(source) + 1.0));
    }

    /** The median log ratio of the links. */
    public double median() {
        return median;
    }

    /** The log ratio of link {@code k}. */
    public double logRatio(int k) {
        return logRatio[k];
    }

    /** The robust z-score of link {@code k}: positive when its target runs long. */
    public double z(int k) {
        return (logRatio[k] - median) / mad;
    }

    private static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
