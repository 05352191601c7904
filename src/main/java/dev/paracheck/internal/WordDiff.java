package dev.paracheck.internal;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.text.DiffRowGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The word-level difference of two texts (java-diff-utils over words, runs of white space and of punctuation, as
 * its {@code DiffRowGenerator} splits a line): as a list of {@link Edit}s, and as one line with deletions
 * {@code [-…-]} and insertions {+…+}. Stateless.
 */
public final class WordDiff {
    /** What an edit does. */
    public enum Kind { EQUAL, INSERT, DELETE }

    /**
     * One edit: text both texts have, text only the later one has, or text only the earlier one had; never empty.
     * Equal and deleted texts in order make the earlier text, equal and inserted texts the later one.
     */
    public record Edit(Kind kind, String text) {
        public Edit {
            Objects.requireNonNull(kind, "kind");
            if (text == null || text.isEmpty()) {
                throw new IllegalArgumentException("an empty edit");
            }
        }
    }

    private WordDiff() {
    }

    /**
     * The edits that turn {@code before} into {@code after}, word by word; a changed stretch is a deletion followed
     * by an insertion, and neighbouring edits of one kind are one.
     */
    public static List<Edit> edits(String before, String after) {
        List<String> from = DiffRowGenerator.SPLITTER_BY_WORD.apply(before);
        List<String> to = DiffRowGenerator.SPLITTER_BY_WORD.apply(after);
        List<Edit> out = new ArrayList<>();
        int next = 0;
        for (AbstractDelta<String> d : DiffUtils.diff(from, to).getDeltas()) {
            int at = d.getSource().getPosition();
            add(out, Kind.EQUAL, from.subList(next, at));
            add(out, Kind.DELETE, d.getSource().getLines());
            add(out, Kind.INSERT, d.getTarget().getLines());
            next = at + d.getSource().size();
        }
        add(out, Kind.EQUAL, from.subList(next, from.size()));
        return List.copyOf(out);
    }

    /** {@code before} turned into {@code after}: "Auf der Konferenz [-stellte-]{+präsentierte+} …". */
    public static String of(String before, String after) {
        StringBuilder sb = new StringBuilder();
        for (Edit e : edits(before, after)) {
            switch (e.kind()) {
                case EQUAL -> sb.append(e.text());
                case DELETE -> sb.append("[-").append(e.text()).append("-]");
                case INSERT -> sb.append("{+").append(e.text()).append("+}");
            }
        }
        return sb.toString();
    }

    private static void add(List<Edit> out, Kind kind, List<String> tokens) {
        String text = String.join("", tokens);
        if (text.isEmpty()) {
            return;
        }
        Edit last = out.isEmpty() ? null : out.get(out.size() - 1);
        if (last != null && last.kind() == kind) {
            out.set(out.size() - 1, new Edit(kind, last.text() + text));
        } else {
            out.add(new Edit(kind, text));
        }
    }
}
