package dev.paracheck.align;

import java.util.List;
import java.util.stream.Stream;

/**
 * One side of the pair as the aligner sees it: its units, with the anchor keys and numbers of every window of
 * two and three consecutive units merged once up front, and lengths and paragraph starts as prefix sums in flat
 * arrays, so that the dynamic programme's inner loop reads a few arrays and intersects sorted ones instead of
 * chasing a unit object per sentence (which was a third of the time on 100,000-sentence pairs). Immutable.
 */
final class Side {
    private static final int[] EMPTY = new int[0];
    private static final int SIGNATURE_BITS_LOG = 8;
    static final int SIGNATURE_BITS = 1 << SIGNATURE_BITS_LOG;
    private static final int SIGNATURE_WORDS = SIGNATURE_BITS / 64;

    private final List<Unit> units;
    private final int[][][] keys;
    private final int[][][] numbers;
    /** For windows of 1 to 3 units: {@value #SIGNATURE_WORDS} longs a window, a bit set for each key's hash. */
    private final long[][] signatures;
    /** {@code lengthSum[i]}: total length of units {@code [0, i)}. */
    private final int[] lengthSum;
    /** {@code startSum[i]}: number of paragraph starts among units {@code [0, i)}. */
    private final int[] startSum;
    private final boolean[] opensQuote;
    private final boolean[] closesQuote;
    /** {@code numberSum[i]}: number of number keys of units {@code [0, i)}, counted per unit. */
    private final int[] numberSum;
    /** {@code debrisSum[i]}: number of debris units among units {@code [0, i)}. */
    private final int[] debrisSum;
    /** Every anchor key of any unit of this side. */
    private final java.util.BitSet allKeys = new java.util.BitSet();

    private Side(List<Unit> units) {
        this.units = List.copyOf(units);
        int n = units.size();
        lengthSum = new int[n + 1];
        startSum = new int[n + 1];
        numberSum = new int[n + 1];
        debrisSum = new int[n + 1];
        opensQuote = new boolean[n];
        closesQuote = new boolean[n];
        keys = new int[4][][];
        numbers = new int[4][][];
        keys[1] = new int[n][];
        numbers[1] = new int[n][];
        for (int i = 0; i < n; i++) {
            Unit u = units.get(i);
            lengthSum[i + 1] = lengthSum[i] + u.length();
            startSum[i + 1] = startSum[i] + (u.paragraphStart() ? 1 : 0);
            numberSum[i + 1] = numberSum[i] + u.numbers().length;
            debrisSum[i + 1] = debrisSum[i] + (u.debris() ? 1 : 0);
            opensQuote[i] = u.opensQuote();
            closesQuote[i] = u.closesQuote();
            keys[1][i] = u.keys();
            numbers[1][i] = u.numbers();
            for (int k : u.keys()) {
                allKeys.set(k);
            }
        }
        for (int a = 2; a <= 3; a++) {
            keys[a] = new int[n][];
            numbers[a] = new int[n][];
            for (int i = 0; i + a <= n; i++) {
                keys[a][i] = merge(i, a, true);
                numbers[a][i] = merge(i, a, false);
            }
        }
        signatures = new long[4][];
        for (int a = 1; a <= 3; a++) {
            signatures[a] = new long[n * SIGNATURE_WORDS];
            for (int i = 0; i + a <= n; i++) {
                for (int key : keys[a][i]) {
                    int bit = (key * 0x9E3779B9) >>> (32 - SIGNATURE_BITS_LOG);
                    signatures[a][i * SIGNATURE_WORDS + (bit >>> 6)] |= 1L << bit;
                }
            }
        }
    }

    /**
     * Whether any unit of this side has anchor key {@code key}: made once, as every unaligned sentence asks it of
     * the other side (asked of a set rebuilt each time, 100,000 sentence pairs took quadratic time).
     */
    boolean hasKey(int key) {
        return key >= 0 && allKeys.get(key);
    }

    /**
     * True when units {@code [i0, i0+a)} of this side and {@code [j0, j0+b)} of {@code other} certainly share no
     * key (windows of up to three units): their key signatures, one bit of {@value #SIGNATURE_BITS} for each key,
     * do not meet. Most pairs in the band share nothing, and this answers for them without a merge.
     */
    boolean sharesNoKey(int i0, int a, Side other, int j0, int b) {
        if (a > 3 || b > 3) {
            return false;
        }
        long[] x = signatures[a];
        long[] y = other.signatures[b];
        int p = i0 * SIGNATURE_WORDS;
        int q = j0 * SIGNATURE_WORDS;
        for (int w = 0; w < SIGNATURE_WORDS; w++) {
            if ((x[p + w] & y[q + w]) != 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether unit {@code i} opens a quotation or a turn of dialogue. */
    boolean opensQuote(int i) {
        return opensQuote[i];
    }

    /** Whether unit {@code i} ends a quotation. */
    boolean closesQuote(int i) {
        return closesQuote[i];
    }

    /** How many of units {@code [i0, i0+a)} are debris (OCR noise, stray marks). */
    int debris(int i0, int a) {
        return debrisSum[i0 + a] - debrisSum[i0];
    }

    /** Whether units {@code [i0, i0+a)} have no number: most windows, answered without touching their arrays. */
    boolean hasNoNumber(int i0, int a) {
        return numberSum[i0 + a] == numberSum[i0];
    }

    static Side of(List<Unit> units) {
        return new Side(units);
    }

    Unit get(int i) {
        return units.get(i);
    }

    int size() {
        return units.size();
    }

    Stream<Unit> stream() {
        return units.stream();
    }

    List<Unit> units() {
        return units;
    }

    Side subList(int from, int to) {
        return new Side(units.subList(from, to));
    }

    /** Total length of units {@code [i0, i0+a)}. */
    int length(int i0, int a) {
        return lengthSum[i0 + a] - lengthSum[i0];
    }

    /** Whether unit {@code i} opens a paragraph. */
    boolean opensParagraph(int i) {
        return startSum[i + 1] != startSum[i];
    }

    /** How many of units {@code (i0, i0+a)} open a paragraph: the breaks a link of these units would span. */
    int breaksInside(int i0, int a) {
        return a <= 1 ? 0 : startSum[i0 + a] - startSum[i0 + 1];
    }

    /** The distinct sorted anchor keys of units {@code [i0, i0+a)}. */
    int[] keys(int i0, int a) {
        if (a == 0) {
            return EMPTY;
        }
        return a <= 3 ? keys[a][i0] : merge(i0, a, true);
    }

    /** The distinct sorted number keys of units {@code [i0, i0+a)}. */
    int[] numbers(int i0, int a) {
        if (a == 0) {
            return EMPTY;
        }
        return a <= 3 ? numbers[a][i0] : merge(i0, a, false);
    }

    /**
     * The union of the units' keys. Beyond three units they are gathered, sorted and made distinct, O(k log k)
     * for k keys in all: merged pairwise, one unit after another, the growing union was re-copied for each unit,
     * quadratic in the run's length, and the move search merges runs of thousands of unaligned sentences when one
     * document holds much more than the other.
     */
    private int[] merge(int i0, int a, boolean keyField) {
        if (a <= 3) {
            // the windows of two and three units the tables hold: two linear merges beat a sort
            int[] acc = EMPTY;
            for (int k = 0; k < a; k++) {
                Unit u = units.get(i0 + k);
                acc = union(acc, keyField ? u.keys() : u.numbers());
            }
            return acc;
        }
        int total = 0;
        for (int k = 0; k < a; k++) {
            Unit u = units.get(i0 + k);
            total += keyField ? u.keys().length : u.numbers().length;
        }
        if (total == 0) {
            return EMPTY;
        }
        int[] all = new int[total];
        int p = 0;
        for (int k = 0; k < a; k++) {
            Unit u = units.get(i0 + k);
            int[] part = keyField ? u.keys() : u.numbers();
            System.arraycopy(part, 0, all, p, part.length);
            p += part.length;
        }
        java.util.Arrays.sort(all);
        int distinct = 0;
        for (int k = 0; k < all.length; k++) {
            if (k == 0 || all[k] != all[k - 1]) {
                all[distinct++] = all[k];
            }
        }
        return distinct == all.length ? all : java.util.Arrays.copyOf(all, distinct);
    }

    /** Union of two sorted distinct arrays, sorted and distinct. */
    static int[] union(int[] x, int[] y) {
        if (x.length == 0) {
            return y;
        }
        if (y.length == 0) {
            return x;
        }
        int[] out = new int[x.length + y.length];
        int p = 0;
        int i = 0;
        int j = 0;
        while (i < x.length || j < y.length) {
            int v;
            if (j >= y.length || (i < x.length && x[i] < y[j])) {
                v = x[i++];
            } else if (i >= x.length || y[j] < x[i]) {
                v = y[j++];
            } else {
                v = x[i++];
                j++;
            }
            out[p++] = v;
        }
        return p == out.length ? out : java.util.Arrays.copyOf(out, p);
    }

}
