package dev.paracheck.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads alignments in the ladder format of vecalign and the Bleualign gold files: {@code [0, 1]:[2]}. */
public final class Ladder {
    /** One bead: source and target sentence indices. */
    public record Bead(List<Integer> source, List<Integer> target) {
    }

    private Ladder() {
    }

    /** The beads with every index shifted by {@code ds} and {@code dt}: the gold of a copy placed after others. */
    public static List<Bead> shifted(List<Bead> beads, int ds, int dt) {
        List<Bead> out = new ArrayList<>(beads.size());
        for (Bead b : beads) {
            out.add(new Bead(b.source().stream().map(i -> i + ds).toList(), b.target().stream().map(j -> j + dt).toList()));
        }
        return out;
    }

    public static List<Bead> read(Path file) throws IOException {
        return parse(Files.readString(file));
    }

    public static List<Bead> parse(String text) {
        List<Bead> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            int colon = l.indexOf("]:[");
            if (!l.startsWith("[") || !l.endsWith("]") || colon < 0) {
                throw new IllegalArgumentException("not a ladder line: " + l);
            }
            out.add(new Bead(ids(l.substring(1, colon)), ids(l.substring(colon + 3, l.length() - 1))));
        }
        return out;
    }

    private static List<Integer> ids(String s) {
        List<Integer> out = new ArrayList<>();
        for (String tok : s.split(",")) {
            if (!tok.isBlank()) {
                out.add(Integer.parseInt(tok.strip()));
            }
        }
        return out;
    }
}
