package dev.paracheck.check;

import dev.paracheck.model.Link;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which links hold a sentence, one side's sentences looked up in constant time, for checks that go from a
 * sentence to its link: built once a check, linear in the links.
 */
public final class LinkIndex {
    private final Map<Integer, List<Integer>> source = new HashMap<>();
    private final Map<Integer, List<Integer>> target = new HashMap<>();

    /** Indexes {@code links} (an alignment's sentence links). */
    public LinkIndex(List<Link> links) {
        for (int k = 0; k < links.size(); k++) {
            for (int i : links.get(k).source()) {
                source.computeIfAbsent(i, x -> new ArrayList<>(1)).add(k);
            }
            for (int i : links.get(k).target()) {
                target.computeIfAbsent(i, x -> new ArrayList<>(1)).add(k);
            }
        }
    }

    /** The positions, in ascending order, of the links whose source ({@code sourceSide}) or target holds sentence {@code i}. */
    public List<Integer> of(boolean sourceSide, int i) {
        return (sourceSide ? source : target).getOrDefault(i, List.of());
    }
}
