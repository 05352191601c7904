package dev.paracheck.align;

import dev.paracheck.align.MonotoneAligner.Step;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Learns word translations from the pair itself, with no dictionary: over the confident 1-1 links of a first
 * pass, a source word and a target word that keep occurring in the same links (Dice association of their link
 * counts) are taken as translations of each other, by competitive linking (strongest first, each word once).
 * Every learned pair becomes a new anchor key shared by the source sentences with the one word and the target
 * sentences with the other, so the second pass sees "Party" and "Partei" as the same anchor.
 *
 * <p>Stateless.
 */
final class LexiconLearner {
    /** Minimal number of links in which both words occur. */
    private static final int MIN_JOINT = 2;
    /** Minimal Dice association of the two words' link counts. */
    private static final double MIN_ASSOCIATION = 0.6;
    /** Words in more than this share of the links say little about which sentence is which. */
    private static final double MAX_LINK_SHARE = 0.35;
    /** Only links at least this confident teach the lexicon. */
    private static final double MAX_EXCESS_COST = 2.0;
    /** At most this many links teach the lexicon. */
    private static final int MAX_LINKS = 8_000;

    private LexiconLearner() {
    }

    /** The units with learned keys added, numbered from {@code firstKey}. */
    static List<Side> enrich(List<Step> path, Side src, Side tgt, int firstKey) {
        List<Step> confident = path.stream()
                .filter(s -> s.sources() == 1 && s.targets() == 1)
                .filter(s -> s.cost() - CostModel.prior(1, 1) <= MAX_EXCESS_COST)
                .toList();
        // an even sample bounds memory and time on book-length inputs
        List<Step> links = new ArrayList<>();
        double stride = Math.max(1.0, confident.size() / (double) MAX_LINKS);
        for (double x = 0; x < confident.size(); x += stride) {
            links.add(confident.get((int) x));
        }
        if (links.size() < 4) {
            return List.of(src, tgt);
        }
        Map<Integer, Integer> sourceCount = new HashMap<>();
        Map<Integer, Integer> targetCount = new HashMap<>();
        // the co-occurring pairs as packed longs, sorted and counted in runs: a HashMap<Long, Integer> of the
        // ~10^6 pairs spent most of its time in collisions (Long's hash of a packed pair is e ^ f)
        long[] pairs = new long[links.stream().mapToInt(l -> src.get(l.i0()).words().length
                * tgt.get(l.j0()).words().length).sum()];
        int p = 0;
        for (Step l : links) {
            int[] sw = src.get(l.i0()).words();
            int[] tw = tgt.get(l.j0()).words();
            for (int e : sw) {
                sourceCount.merge(e, 1, Integer::sum);
            }
            for (int f : tw) {
                targetCount.merge(f, 1, Integer::sum);
            }
            for (int e : sw) {
                for (int f : tw) {
                    pairs[p++] = pair(e, f);
                }
            }
        }
        Arrays.sort(pairs);
        int maxCount = (int) Math.ceil(links.size() * MAX_LINK_SHARE);
        record Candidate(int e, int f, double association, int count) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int start = 0, end; start < pairs.length; start = end) {
            end = start + 1;
            while (end < pairs.length && pairs[end] == pairs[start]) {
                end++;
            }
            int joint = end - start;
            int e = (int) (pairs[start] >>> 32);
            int f = (int) pairs[start];
            int ce = sourceCount.get(e);
            int cf = targetCount.get(f);
            if (joint < MIN_JOINT || ce > maxCount || cf > maxCount) {
                continue;
            }
            double association = 2.0 * joint / (ce + cf);
            if (association >= MIN_ASSOCIATION) {
                candidates.add(new Candidate(e, f, association, joint));
            }
        }
        candidates.sort((a, b) -> a.association() != b.association() ? Double.compare(b.association(), a.association())
                : a.count() != b.count() ? Integer.compare(b.count(), a.count())
                : a.e() != b.e() ? Integer.compare(a.e(), b.e()) : Integer.compare(a.f(), b.f()));
        Map<Integer, Integer> keyOfSourceWord = new HashMap<>();
        Map<Integer, Integer> keyOfTargetWord = new HashMap<>();
        Set<Integer> usedSource = new HashSet<>();
        Set<Integer> usedTarget = new HashSet<>();
        int next = firstKey;
        for (Candidate c : candidates) {
            if (usedSource.add(c.e()) && usedTarget.add(c.f())) {
                keyOfSourceWord.put(c.e(), next);
                keyOfTargetWord.put(c.f(), next);
                next++;
            }
        }
        return List.of(addKeys(src, keyOfSourceWord), addKeys(tgt, keyOfTargetWord));
    }

    private static Side addKeys(Side units, Map<Integer, Integer> keyOfWord) {
        List<Unit> out = new ArrayList<>(units.size());
        for (Unit u : units.units()) {
            int[] extra = Arrays.stream(u.words()).filter(keyOfWord::containsKey).map(keyOfWord::get).toArray();
            if (extra.length == 0) {
                out.add(u);
                continue;
            }
            int[] merged = Arrays.copyOf(u.keys(), u.keys().length + extra.length);
            System.arraycopy(extra, 0, merged, u.keys().length, extra.length);
            out.add(u.withKeys(Arrays.stream(merged).sorted().distinct().toArray()));
        }
        return Side.of(out);
    }

    private static long pair(int e, int f) {
        return ((long) e << 32) | (f & 0xffffffffL);
    }
}
