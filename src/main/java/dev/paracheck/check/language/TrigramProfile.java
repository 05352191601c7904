package dev.paracheck.check.language;

import java.util.Arrays;
import java.util.List;

/**
 * A character-trigram language model trained on one document's own sentences. Set against the model of the other
 * document of the pair, it tells which sentences read as the other document's language.
 *
 * <p>Written here rather than taken from the language identifier of the segment stage (Optimaize) because a
 * sentence is too short for a general-purpose identifier — Optimaize needs paragraphs to be confident — while the
 * two documents themselves are large, exactly the two languages in question, and in the pair's own vocabulary:
 * names of the text occur on both sides and so weigh on neither. Trigrams of lower-cased letters, each word
 * padded by a space; digits and marks only separate words. Counts are hashed into {@value #BUCKETS} buckets
 * and smoothed additively. Immutable.
 */
final class TrigramProfile {
    private static final int BUCKETS_LOG = 16;
    static final int BUCKETS = 1 << BUCKETS_LOG;
    private static final double SMOOTHING = 0.5;

    private final int[] counts;
    private final long total;

    private TrigramProfile(int[] counts, long total) {
        this.counts = counts;
        this.total = total;
    }

    /** The profile of texts given by their {@link #trigrams}. */
    static TrigramProfile of(List<int[]> texts) {
        int[] counts = new int[BUCKETS];
        long total = 0;
        for (int[] g : texts) {
            for (int x : g) {
                counts[x]++;
            }
            total += g.length;
        }
        return new TrigramProfile(counts, total);
    }

    /** This profile with the trigrams of the texts (which must be among its own) taken out. */
    TrigramProfile without(List<int[]> texts) {
        int[] left = counts.clone();
        long leftTotal = total;
        for (int[] g : texts) {
            for (int x : g) {
                left[x]--;
            }
            leftTotal -= g.length;
        }
        return new TrigramProfile(left, leftTotal);
    }

    /**
     * The mean log-likelihood ratio, per trigram, of a text ({@link #trigrams}) under {@code other} against this
     * profile, with
     * the text's own trigrams taken out when {@code own} (the text is one of this profile's): above 0 the text
     * reads more like the other document than like the rest of its own. NaN when the text has no trigram.
     */
    double foreignness(int[] g, boolean own, TrigramProfile other) {
        if (g.length == 0) {
            return Double.NaN;
        }
        long rest = Math.max(0, total - (own ? g.length : 0));
        double sum = 0;
        for (int x = 0, y; x < g.length; x = y) {
            y = x;
            while (y < g.length && g[y] == g[x]) {
                y++;
            }
            int times = y - x;
            double pSelf = (Math.max(0, counts[g[x]] - (own ? times : 0)) + SMOOTHING) / (rest + SMOOTHING * BUCKETS);
            double pOther = (other.counts[g[x]] + SMOOTHING) / (other.total + SMOOTHING * BUCKETS);
            sum += times * Math.log(pOther / pSelf);
        }
        return sum / g.length;
    }

    /** How many trigrams the profile was made of. */
    long total() {
        return total;
    }

    /** The hashed trigrams of the text, sorted (a profile counts them; order does not matter). */
    static int[] trigrams(String text) {
        int[] padded = new int[text.length() + 2];
        int n = 0;
        padded[n++] = ' ';
        for (int k = 0; k < text.length(); ) {
            int c = text.codePointAt(k);
            k += Character.charCount(c);
            if (Character.isLetter(c)) {
                padded[n++] = Character.toLowerCase(c);
            } else if (padded[n - 1] != ' ') {
                padded[n++] = ' ';
            }
        }
        if (padded[n - 1] != ' ') {
            padded[n++] = ' ';
        }
        int[] out = new int[Math.max(0, n - 2)];
        for (int k = 0; k + 2 < n; k++) {
            out[k] = hash(padded[k], padded[k + 1], padded[k + 2]);
        }
        Arrays.sort(out);
        return out;
    }

    private static int hash(int a, int b, int c) {
        int h = a * 0x9E3779B1 ^ Integer.rotateLeft(b * 0x85EBCA77, 11) ^ Integer.rotateLeft(c * 0xC2B2AE3D, 22);
        h ^= h >>> 15;
        h *= 0x2C1B3C6D;
        return (h ^ h >>> 13) & (BUCKETS - 1);
    }
}
