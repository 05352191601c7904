package dev.paracheck.check;

import dev.paracheck.model.Document;
import java.util.List;
import java.util.TreeSet;

/** How findings that name several variants say where each occurs. Stateless. */
public final class Occurrences {
    /** Lines named at the most; more are "…". */
    static final int MAX_LINES = 8;

    private Occurrences() {
    }

    /** {@code 3× (lines 2, 5, 9)} or {@code 1× (line 4)}: how often, and on which lines of {@code doc}. */
    public static String of(List<Integer> sentences, Document doc) {
        TreeSet<Integer> lines = new TreeSet<>();
        sentences.forEach(s -> lines.add(doc.sentences().get(s).line()));
        return sentences.size() + "× (" + (lines.size() == 1 ? "line " : "lines ")
                + String.join(", ", lines.stream().limit(MAX_LINES).map(String::valueOf).toList())
                + (lines.size() > MAX_LINES ? ", …" : "") + ")";
    }
}
