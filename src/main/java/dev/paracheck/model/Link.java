package dev.paracheck.model;

import java.util.List;

/**
 * One link of an alignment: source units paired with target units.
 * A link with an empty side is a 1-0 (omission) or 0-1 (addition) link.
 *
 * @param source source unit indices (sentences or paragraphs), ascending
 * @param target target unit indices, ascending
 * @param moved true when the link pairs units that the monotone alignment could not place in order
 * @param score confidence in [0, 1]
 */
public record Link(List<Integer> source, List<Integer> target, boolean moved, double score) {
    public Link {
        source = List.copyOf(source);
        target = List.copyOf(target);
        if (source.isEmpty() && target.isEmpty()) {
            throw new IllegalArgumentException("a link needs at least one unit");
        }
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score out of [0,1]: " + score);
        }
    }

    /** The link type of PRODUCT.md: {@code 1-1}, {@code 2-1}, {@code 1-0}, … or {@code moved}. */
    public String type() {
        return moved ? "moved" : source.size() + "-" + target.size();
    }

    public boolean isOmission() {
        return target.isEmpty();
    }

    public boolean isAddition() {
        return source.isEmpty();
    }

    /** The link in the ladder format of vecalign and Bleualign: {@code [0,1]:[2]}. */
    public String ladder() {
        return bracket(source) + ":" + bracket(target);
    }

    private static String bracket(List<Integer> ids) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < ids.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(ids.get(i));
        }
        return sb.append(']').toString();
    }
}
