package dev.paracheck.align;

import dev.paracheck.model.Document;
import dev.paracheck.model.Link;
import dev.paracheck.model.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Derives paragraph links from sentence links: two paragraphs are linked when a sentence link joins them, and a
 * paragraph link is a connected group of such paragraphs. Groups joined only by moved sentence links become moved
 * paragraph links; paragraphs with no linked sentence become 1-0 or 0-1 links. Stateless.
 */
final class ParagraphLinker {
    private ParagraphLinker() {
    }

    static List<Link> link(Document source, Document target, List<Link> sentenceLinks) {
        int ps = source.paragraphs().size();
        int pt = target.paragraphs().size();
        int[] parent = new int[ps + pt];
        for (int k = 0; k < parent.length; k++) {
            parent[k] = k;
        }
        boolean[] joinedStraight = new boolean[ps + pt];
        double[] scoreSum = new double[ps + pt];
        int[] scoreCount = new int[ps + pt];
        for (Link l : sentenceLinks) {
            if (l.isOmission() || l.isAddition()) {
                continue;
            }
            int first = paragraphOf(source, l.source().get(0));
            for (int s : l.source()) {
                union(parent, first, paragraphOf(source, s));
            }
            for (int t : l.target()) {
                union(parent, first, ps + paragraphOf(target, t));
            }
            if (!l.moved()) {
                joinedStraight[first] = true;
            }
            scoreSum[first] += l.score();
            scoreCount[first]++;
        }
        List<TreeSet<Integer>> srcGroups = new ArrayList<>();
        List<TreeSet<Integer>> tgtGroups = new ArrayList<>();
        int[] groupOfRoot = new int[ps + pt];
        java.util.Arrays.fill(groupOfRoot, -1);
        for (int k = 0; k < ps + pt; k++) {
            int root = find(parent, k);
            if (groupOfRoot[root] < 0) {
                groupOfRoot[root] = srcGroups.size();
                srcGroups.add(new TreeSet<>());
                tgtGroups.add(new TreeSet<>());
            }
            int g = groupOfRoot[root];
            if (k < ps) {
                srcGroups.get(g).add(k);
            } else {
                tgtGroups.get(g).add(k - ps);
            }
        }
        double[] groupScore = new double[srcGroups.size()];
        int[] groupCount = new int[srcGroups.size()];
        boolean[] straight = new boolean[srcGroups.size()];
        for (int k = 0; k < ps + pt; k++) {
            int g = groupOfRoot[find(parent, k)];
            groupScore[g] += scoreSum[k];
            groupCount[g] += scoreCount[k];
            straight[g] |= joinedStraight[k];
        }
        List<Link> out = new ArrayList<>();
        for (int g = 0; g < srcGroups.size(); g++) {
            boolean paired = !srcGroups.get(g).isEmpty() && !tgtGroups.get(g).isEmpty();
            double score = groupCount[g] > 0 ? groupScore[g] / groupCount[g] : 1.0;
            out.add(new Link(List.copyOf(srcGroups.get(g)), List.copyOf(tgtGroups.get(g)), paired && !straight[g],
                    Math.round(score * 1000) / 1000.0));
        }
        return inReadingOrder(out);
    }

    /**
     * Orders links by source paragraph; a target-only link stands before the first straight link whose target
     * comes after it. Also used for sentence links.
     */
    static List<Link> inReadingOrder(List<Link> links) {
        List<Link> withSource = new ArrayList<>(links.stream().filter(l -> !l.source().isEmpty()).toList());
        withSource.sort(Comparator.comparingInt(l -> l.source().get(0)));
        record Placed(double key, int tie, Link link) {
        }
        List<Placed> placed = new ArrayList<>();
        // reach[k]: the furthest first target of a straight link among the first k + 1 in source order, so the
        // first straight link whose target comes after t is the first k with reach[k] > t (a binary search: a
        // scan for each target-only link was quadratic, a tenth of a 100,000-sentence check)
        int[] reach = new int[withSource.size()];
        int furthest = Integer.MIN_VALUE;
        for (int k = 0; k < withSource.size(); k++) {
            Link l = withSource.get(k);
            placed.add(new Placed(l.source().get(0), -1, l));
            if (!l.moved() && !l.target().isEmpty()) {
                furthest = Math.max(furthest, l.target().get(0));
            }
            reach[k] = furthest;
        }
        for (Link l : links) {
            if (!l.source().isEmpty()) {
                continue;
            }
            int t = l.target().get(0);
            int lo = 0;
            int hi = reach.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (reach[mid] > t) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            double key = lo < reach.length ? withSource.get(lo).source().get(0) - 0.5 : Double.MAX_VALUE;
            placed.add(new Placed(key, t, l));
        }
        placed.sort(Comparator.comparingDouble(Placed::key).thenComparingInt(Placed::tie));
        return placed.stream().map(Placed::link).toList();
    }

    private static int paragraphOf(Document doc, int sentence) {
        Sentence s = doc.sentences().get(sentence);
        return s.paragraph();
    }

    private static int find(int[] parent, int k) {
        while (parent[k] != k) {
            parent[k] = parent[parent[k]];
            k = parent[k];
        }
        return k;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
