package dev.paracheck.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Strict and lax precision / recall / F1 of sentence alignments as vecalign's {@code score.py} defines them (the
 * metric of the Bleualign test set), and precision / recall / F1 of finding the unaligned sentences. Counts are
 * summed over documents with {@link #add}.
 *
 * <p>Precision judges every hypothesis bead against all gold beads, recall every gold bead with both sides
 * non-empty against the hypothesis beads with both sides non-empty. A strict hit is an identical bead, a lax hit
 * one that shares at least one (source, target) sentence pair with the reference; beads are compared as sets
 * of indices. The same definitions as {@code ../shared/tools/align_score.py}.
 */
public final class AlignmentScore {
    private long hypCount;
    private long goldCount;
    private long strictHyp;
    private long strictGold;
    private long laxHyp;
    private long laxGold;
    private long nullHyp;
    private long nullGold;
    private long nullHit;

    public void add(List<Ladder.Bead> gold, List<Ladder.Bead> hyp) {
        Set<Ladder.Bead> goldAll = normalise(gold, false);
        Set<Ladder.Bead> hypAll = normalise(hyp, false);
        Set<Ladder.Bead> goldFull = normalise(gold, true);
        Set<Ladder.Bead> hypFull = normalise(hyp, true);
        long[] p = judge(hypAll, goldAll);
        long[] r = judge(goldFull, hypFull);
        hypCount += hypAll.size();
        strictHyp += p[0];
        laxHyp += p[1];
        goldCount += goldFull.size();
        strictGold += r[0];
        laxGold += r[1];
        Set<String> goldNull = nulls(gold);
        Set<String> hypNull = nulls(hyp);
        nullGold += goldNull.size();
        nullHyp += hypNull.size();
        hypNull.retainAll(goldNull);
        nullHit += hypNull.size();
    }

    /** Beads as sets of indices, duplicates dropped; {@code full} keeps only beads with both sides non-empty. */
    private static Set<Ladder.Bead> normalise(List<Ladder.Bead> beads, boolean full) {
        Set<Ladder.Bead> out = new HashSet<>();
        for (Ladder.Bead b : beads) {
            boolean empty = b.source().isEmpty() && b.target().isEmpty();
            boolean isFull = !b.source().isEmpty() && !b.target().isEmpty();
            if (!empty && (!full || isFull)) {
                out.add(new Ladder.Bead(b.source().stream().sorted().distinct().toList(),
                        b.target().stream().sorted().distinct().toList()));
            }
        }
        return out;
    }

    /** {strict hits, lax hits} of the candidates against the reference. */
    private static long[] judge(Set<Ladder.Bead> candidates, Set<Ladder.Bead> reference) {
        Set<Long> links = new HashSet<>();
        for (Ladder.Bead b : reference) {
            for (int s : b.source()) {
                for (int t : b.target()) {
                    links.add(((long) s << 32) | t);
                }
            }
        }
        long strict = 0;
        long lax = 0;
        for (Ladder.Bead c : candidates) {
            if (reference.contains(c)) {
                strict++;
                lax++;
            } else if (c.source().stream().anyMatch(s -> c.target().stream()
                    .anyMatch(t -> links.contains(((long) s << 32) | t)))) {
                lax++;
            }
        }
        return new long[] {strict, lax};
    }

    private static Set<String> nulls(List<Ladder.Bead> beads) {
        Set<String> out = new HashSet<>();
        for (Ladder.Bead b : beads) {
            if (b.target().isEmpty()) {
                b.source().forEach(i -> out.add("s" + i));
            } else if (b.source().isEmpty()) {
                b.target().forEach(j -> out.add("t" + j));
            }
        }
        return out;
    }

    public double strictPrecision() {
        return ratio(strictHyp, hypCount);
    }

    public double strictRecall() {
        return ratio(strictGold, goldCount);
    }

    public double strictF1() {
        return f1(strictPrecision(), strictRecall());
    }

    public double laxPrecision() {
        return ratio(laxHyp, hypCount);
    }

    public double laxRecall() {
        return ratio(laxGold, goldCount);
    }

    public double laxF1() {
        return f1(laxPrecision(), laxRecall());
    }

    /** Whether gold or alignment has any null link (else the null-link figures are undefined). */
    public boolean hasNullLinks() {
        return nullGold + nullHyp > 0;
    }

    public double nullPrecision() {
        return ratio(nullHit, nullHyp);
    }

    public double nullRecall() {
        return ratio(nullHit, nullGold);
    }

    public double nullF1() {
        return f1(nullPrecision(), nullRecall());
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
