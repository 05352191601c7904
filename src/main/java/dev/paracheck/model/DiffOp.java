package dev.paracheck.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One operation of a word diff that turns an earlier text into a later one: text both have ({@link Op#EQUAL}),
 * text only the later has ({@link Op#INSERT}), text only the earlier had ({@link Op#DELETE}). Immutable. In a
 * diff, the {@code equal} and {@code delete} texts in order make the earlier text, the {@code equal} and
 * {@code insert} texts in order the later one; a change is a {@code delete} followed by an {@code insert}.
 *
 * @param op what the operation does
 * @param text the text concerned, not empty
 */
public record DiffOp(Op op, String text) {
    /** What a diff operation does. */
    public enum Op {
        EQUAL, INSERT, DELETE;

        /** {@code equal}, {@code insert} or {@code delete}, as the JSON report names it. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public DiffOp {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("an empty " + op.label() + " operation");
        }
    }

    /**
     * The diff as one line, in the style of {@code git diff --word-diff}: deletions as {@code [-…-]}, insertions as
     * {@code {+…+}}, equal text as it is — "Auf der Konferenz [-stellte-]{+präsentierte+} die Partei". This is how
     * messages quote a diff.
     */
    public static String flatten(List<DiffOp> diff) {
        StringBuilder sb = new StringBuilder();
        for (DiffOp d : diff) {
            switch (d.op) {
                case EQUAL -> sb.append(d.text);
                case DELETE -> sb.append("[-").append(d.text).append("-]");
                case INSERT -> sb.append("{+").append(d.text).append("+}");
            }
        }
        return sb.toString();
    }

    /** The earlier text: the {@code equal} and {@code delete} texts in order. */
    public static String before(List<DiffOp> diff) {
        return join(diff, Op.DELETE);
    }

    /** The later text: the {@code equal} and {@code insert} texts in order. */
    public static String after(List<DiffOp> diff) {
        return join(diff, Op.INSERT);
    }

    private static String join(List<DiffOp> diff, Op side) {
        StringBuilder sb = new StringBuilder();
        for (DiffOp d : diff) {
            if (d.op == Op.EQUAL || d.op == side) {
                sb.append(d.text);
            }
        }
        return sb.toString();
    }
}
