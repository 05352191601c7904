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

/** Flags source sentences, or whole paragraphs, with no counterpart in the target. */
public final class OmissionCheck implements Check {
    private static final CheckDescriptor DESCRIPTOR = new CheckDescriptor("omission", "Omitted text",
            "A source sentence or paragraph with no counterpart in the target.", Severity.ERROR);

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (List<Integer> run : Runs.of(ctx.alignment().sentences(), Link::isOmission, Link::source, ctx.source())) {
            Location where = Location.ofSentences(ctx.source(), run);
            if (ctx.boilerplate().matches(where.text())) {
                continue;
            }
            String message = "Source " + Runs.describe(run, ctx.source()) + " " + Runs.has(run, ctx.source()) + " no counterpart in the target: \""
                    + Text.abbreviate(where.text(), 160) + "\"";
            out.add(new Finding(DESCRIPTOR.id(), ctx.severity(), message, where, null));
        }
        return out;
    }
}
