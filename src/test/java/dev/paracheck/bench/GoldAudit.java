package dev.paracheck.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A hand audit of a gold alignment, as a patch: per region a verdict, the gold links taken out ({@code -}), the
 * links put in their place ({@code +}) and the gold links confirmed ({@code =}). See
 * {@code src/test/resources/bench/tom-sawyer-test.audit} for the format and how the audit was made.
 *
 * @param removed gold links the audit takes out
 * @param added links the audit puts in
 * @param confirmed gold links the audit read and kept
 * @param verdicts regions by verdict ({@code aligner}, {@code gold}, {@code neither}), in the order of the file
 */
record GoldAudit(List<Ladder.Bead> removed, List<Ladder.Bead> added, List<Ladder.Bead> confirmed,
                 Map<String, Integer> verdicts) {

    static GoldAudit resource(String name) {
        try (InputStream in = GoldAudit.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no audit resource " + name);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static GoldAudit parse(String text) {
        List<Ladder.Bead> removed = new ArrayList<>();
        List<Ladder.Bead> added = new ArrayList<>();
        List<Ladder.Bead> confirmed = new ArrayList<>();
        Map<String, Integer> verdicts = new LinkedHashMap<>();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("region ")) {
                String[] parts = line.split("\\s+");
                if (parts.length != 3) {
                    throw new IllegalArgumentException("not a region line: " + line);
                }
                verdicts.merge(parts[2], 1, Integer::sum);
                continue;
            }
            Ladder.Bead bead = Ladder.parse(line.substring(1).strip()).get(0);
            switch (line.charAt(0)) {
                case '-' -> removed.add(bead);
                case '+' -> added.add(bead);
                case '=' -> confirmed.add(bead);
                default -> throw new IllegalArgumentException("not an audit line: " + line);
            }
        }
        return new GoldAudit(List.copyOf(removed), List.copyOf(added), List.copyOf(confirmed), verdicts);
    }

    /**
     * The gold with the audit's changes. Fails when the audit does not fit the gold (a link it takes out or
     * confirms is not there, or the result links some sentence twice or loses one): the corpus has changed.
     */
    List<Ladder.Bead> apply(List<Ladder.Bead> gold) {
        Set<Ladder.Bead> present = new HashSet<>(gold);
        for (Ladder.Bead b : concat(removed, confirmed)) {
            if (!present.contains(b)) {
                throw new IllegalStateException("audit does not fit the gold: no link " + b);
            }
        }
        Set<Ladder.Bead> out = new HashSet<>(gold);
        removed.forEach(out::remove);
        out.addAll(added);
        if (!sentences(out, true).equals(sentences(gold, true)) || !sentences(out, false).equals(sentences(gold, false))) {
            throw new IllegalStateException("audit does not fit the gold: it changes which sentences are linked");
        }
        return List.copyOf(out);
    }

    /** Every sentence the audit read: (source or target, index). */
    Set<String> audited() {
        Set<String> out = new HashSet<>();
        for (Ladder.Bead b : concat(concat(removed, added), confirmed)) {
            b.source().forEach(i -> out.add("s" + i));
            b.target().forEach(j -> out.add("t" + j));
        }
        return out;
    }

    /** Links of {@code hyp} not in {@code gold} that touch no sentence the audit read. */
    long unaudited(List<Ladder.Bead> gold, List<Ladder.Bead> hyp) {
        Set<Ladder.Bead> known = new HashSet<>(gold);
        Set<String> read = audited();
        return hyp.stream().filter(b -> !b.source().isEmpty() || !b.target().isEmpty())
                .filter(b -> !known.contains(b))
                .filter(b -> b.source().stream().noneMatch(i -> read.contains("s" + i))
                        && b.target().stream().noneMatch(j -> read.contains("t" + j)))
                .count();
    }

    /** Each sentence with the number of links it is in, on one side; a partition links each exactly once. */
    private static Map<Integer, Integer> sentences(Iterable<Ladder.Bead> beads, boolean source) {
        Map<Integer, Integer> count = new TreeMap<>();
        for (Ladder.Bead b : beads) {
            for (int i : source ? b.source() : b.target()) {
                count.merge(i, 1, Integer::sum);
            }
        }
        return count;
    }

    private static List<Ladder.Bead> concat(List<Ladder.Bead> a, List<Ladder.Bead> b) {
        List<Ladder.Bead> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
