package dev.paracheck.check;

import dev.paracheck.model.Link;
import dev.paracheck.model.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * One aligned link with both sides' text and locations: what content checks compare. A link of several sentences
 * (a sentence the translator split or merged) is compared as a whole.
 *
 * @param link the alignment link
 * @param source its source side
 * @param target its target side
 */
public record PairedText(Link link, Location source, Location target) {

    /** The links of the context that pair something with something, minus boilerplate and code on both sides. */
    public static List<PairedText> of(CheckContext ctx) {
        List<PairedText> out = new ArrayList<>();
        for (Link l : ctx.alignment().sentences()) {
            if (l.isOmission() || l.isAddition()
                    || !ctx.source().isProse(l.source()) && !ctx.target().isProse(l.target())) {
                continue;
            }
            Location s = Location.ofSentences(ctx.source(), l.source());
            Location t = Location.ofSentences(ctx.target(), l.target());
            if (!ctx.boilerplate().matches(s.text()) && !ctx.boilerplate().matches(t.text())) {
                out.add(new PairedText(l, s, t));
            }
        }
        return out;
    }
}
