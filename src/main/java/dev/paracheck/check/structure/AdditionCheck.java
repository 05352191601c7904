package dev.paracheck.check.structure;

import dev.paracheck.check.Check;
import dev.paracheck.check.CheckContext;
import dev.paracheck.internal.Text;
import dev.paracheck.model.CheckDescriptor;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Link;
import dev.paracheck.model.Location;
import dev.paracheck.model.Severity;
import java.util.ArrayList;
import java.util.List;

/** Flags target sentences, or whole paragraphs, with no counterpart in the source. */
public final class AdditionCheck implements Check {
    private static final CheckDescriptor DESCRIPTOR = new CheckDescriptor("addition", "Added text",
            "A target sentence or paragraph with no counterpart in the source.", Severity.ERROR);

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (List<Integer> run : Runs.of(ctx.alignment().sentences(), Link::isAddition, Link::target, ctx.target())) {
            Location where = Location.ofSentences(ctx.target(), run);
            if (ctx.boilerplate().matches(where.text())) {
                continue;
            }
            String message = "Target " + Runs.describe(run, ctx.target()) + " " + Runs.has(run, ctx.target()) + " no counterpart in the source: \""
                    + Text.abbreviate(where.text(), 160) + "\"";
            out.add(new Finding(DESCRIPTOR.id(), ctx.severity(), message, null, where));
        }
        return out;
    }
}
