package dev.paracheck.align;

import dev.paracheck.align.MonotoneAligner.Step;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The second pass: pairs up what the monotone alignment left unaligned. Unaligned sentences are grouped into
 * runs (consecutive sentences of one paragraph); a source run and a target run whose anchors overlap like a true
 * translation are aligned with each other, and the links found are marked as moved. Greedy by gain, each run
 * used once. Stateless; thread-safe.
 */
final class MoveDetector {
    /** Minimal saving, in nats, of aligning two runs over leaving them unaligned. */
    private static final double MIN_GAIN = 4.0;
    /** Where between unrelated (0) and true (1) overlap a moved run's anchor overlap must at least be. */
    private static final double MIN_OVERLAP_SHARE = 0.25;

    /** A run of unaligned units on one side: {@code [from, to)}. */
    record Run(int from, int to) {
        int size() {
            return to - from;
        }
    }

    /**
     * Links found between a source run and a target run; {@code moved} is false when the two runs stand at the
     * same place of the path (a poor translation there, not a reordering).
     */
    record Move(Run source, Run target, List<Step> steps, boolean moved) {
    }

    private MoveDetector() {
    }

    static List<Move> detect(List<Step> path, Side src, Side tgt, CostModel model) {
        List<Run> sourceRuns = runs(path, src, true);
        List<Run> targetRuns = runs(path, tgt, false);
        if (sourceRuns.isEmpty() || targetRuns.isEmpty()) {
            return List.of();
        }
        int[] sourceStep = new int[src.size()];
        int[] targetStep = new int[tgt.size()];
        int[] pairedBefore = new int[path.size() + 1];
        for (int k = 0; k < path.size(); k++) {
            Step st = path.get(k);
            pairedBefore[k + 1] = pairedBefore[k] + (st.isNull() ? 0 : 1);
            if (st.isOmission()) {
                sourceStep[st.i0()] = k;
            } else if (st.isAddition()) {
                targetStep[st.j0()] = k;
            }
        }
        // Far-apart runs need lexical evidence (length alone pairs any two sentences of similar size): their
        // anchor overlap must sit clearly above what unrelated sentences share.
        double minOverlap = model.falseOverlap() + MIN_OVERLAP_SHARE * (model.trueOverlap() - model.falseOverlap());
        boolean lexical = model.trueOverlap() - model.falseOverlap() >= CostModel.MIN_SEPARATION;
        List<Move> candidates = new ArrayList<>();
        List<Double> gains = new ArrayList<>();
        for (Run s : sourceRuns) {
            for (Run t : targetRuns) {
                double dice = CostModel.dice(src, s.from(), s.size(), tgt, t.from(), t.size());
                int a = Math.min(sourceStep[s.from()], targetStep[t.from()]);
                int b = Math.max(sourceStep[s.to() - 1], targetStep[t.to() - 1]);
                boolean inPlace = pairedBefore[b + 1] - pairedBefore[a] == 0;
                if (lexical && dice < minOverlap && !inPlace) {
                    continue;
                }
                Side subSrc = src.subList(s.from(), s.to());
                Side subTgt = tgt.subList(t.from(), t.to());
                List<Step> steps = MonotoneAligner.align(subSrc, subTgt, model,
                        MonotoneAligner.Band.diagonal(subSrc.size(), subTgt.size(), Math.max(subSrc.size(), subTgt.size())));
                double aligned = steps.stream().mapToDouble(Step::cost).sum();
                double skipped = unalignedCost(s.size()) + unalignedCost(t.size());
                double gain = skipped - aligned;
                if (gain >= MIN_GAIN) {
                    List<Step> shifted = steps.stream()
                            .map(st -> st.shifted(s.from(), t.from()))
                            .toList();
                    candidates.add(new Move(s, t, shifted, !inPlace));
                    gains.add(gain);
                }
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < candidates.size(); k++) {
            order.add(k);
        }
        order.sort(Comparator.comparingDouble((Integer k) -> -gains.get(k)).thenComparingInt(k -> k));
        List<Move> accepted = new ArrayList<>();
        List<Run> usedSource = new ArrayList<>();
        List<Run> usedTarget = new ArrayList<>();
        for (int k : order) {
            Move m = candidates.get(k);
            if (!usedSource.contains(m.source()) && !usedTarget.contains(m.target())) {
                accepted.add(m);
                usedSource.add(m.source());
                usedTarget.add(m.target());
            }
        }
        accepted.sort(Comparator.comparingInt(m -> m.source().from()));
        return accepted;
    }

    /** What the aligner charges for a run of {@code n} unaligned units: the prior, then the run's extension. */
    static double unalignedCost(int n) {
        return n == 0 ? 0 : Bead.ONE_ZERO.prior + (n - 1) * (Bead.ONE_ZERO.prior + MonotoneAligner.NULL_EXTEND);
    }

    /** Maximal runs of consecutive unaligned units of one side that stay within a paragraph. */
    static List<Run> runs(List<Step> path, Side units, boolean sourceSide) {
        boolean[] unaligned = new boolean[units.size()];
        for (Step st : path) {
            if (sourceSide && st.isOmission()) {
                unaligned[st.i0()] = true;
            } else if (!sourceSide && st.isAddition()) {
                unaligned[st.j0()] = true;
            }
        }
        List<Run> runs = new ArrayList<>();
        int start = -1;
        for (int k = 0; k <= units.size(); k++) {
            boolean open = k < units.size() && unaligned[k] && !(start >= 0 && units.get(k).paragraphStart());
            if (start >= 0 && !open) {
                runs.add(new Run(start, k));
                start = k < units.size() && unaligned[k] ? k : -1;
            } else if (start < 0 && open) {
                start = k;
            }
        }
        return runs;
    }
}
