package dev.paracheck.align;

import java.util.List;
import java.util.stream.Stream;

/**
 * One side of the pair as the aligner sees it: its units, with the anchor keys and numbers of every window of
 * two and three consecutive units merged once up front, so that the dynamic programme's inner loop only
 * intersects sorted arrays. Immutable.
 */
final class Side {
    private static final int[] EMPTY = new int[0];

    private final List<Unit> units;
    private final int[][][] keys;
    private final int[][][] numbers;

    private Side(List<Unit> units) {
        this.units = List.copyOf(units);
        int n = units.size();
        keys = new int[4][][];
        numbers = new int[4][][];
        for (int a = 2; a <= 3; a++) {
            keys[a] = new int[n][];
            numbers[a] = new int[n][];
            for (int i = 0; i + a <= n; i++) {
                keys[a][i] = merge(i, a, true);
                numbers[a][i] = merge(i, a, false);
            }
        }
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

    /** The distinct sorted anchor keys of units {@code [i0, i0+a)}. */
    int[] keys(int i0, int a) {
        if (a == 0) {
            return EMPTY;
        }
        if (a == 1) {
            return units.get(i0).keys();
        }
        return a <= 3 ? keys[a][i0] : merge(i0, a, true);
    }

    /** The distinct sorted number keys of units {@code [i0, i0+a)}. */
    int[] numbers(int i0, int a) {
        if (a == 0) {
            return EMPTY;
        }
        if (a == 1) {
            return units.get(i0).numbers();
        }
        return a <= 3 ? numbers[a][i0] : merge(i0, a, false);
    }

    private int[] merge(int i0, int a, boolean keyField) {
        int[] acc = EMPTY;
        for (int k = 0; k < a; k++) {
            Unit u = units.get(i0 + k);
            acc = union(acc, keyField ? u.keys() : u.numbers());
        }
        return acc;
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
