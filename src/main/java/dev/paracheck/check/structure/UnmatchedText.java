package dev.paracheck.check.structure;

import dev.paracheck.check.CheckContext;
import dev.paracheck.internal.Text;
import dev.paracheck.model.Document;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Link;
import dev.paracheck.model.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * What omission and addition share: runs of one side's sentences that no link pairs, boilerplate and metadata left
 * out.
 */
final class UnmatchedText {
    private UnmatchedText() {
    }

    static List<Finding> findings(CheckContext ctx, String checkId, boolean sourceSide) {
        Document doc = sourceSide ? ctx.source() : ctx.target();
        List<Finding> out = new ArrayList<>();
        for (List<Integer> run : Runs.of(ctx.alignment().sentences(),
                sourceSide ? Link::isOmission : Link::isAddition, sourceSide ? Link::source : Link::target, doc)) {
            Location where = Location.ofSentences(doc, run);
            if (ctx.boilerplate().matches(where.text()) || doc.isMetadata(run)) {
                continue;
            }
            String message = (sourceSide ? "Source " : "Target ") + Runs.describe(run, doc) + " "
                    + Runs.has(run, doc) + " no counterpart in the " + (sourceSide ? "target" : "source") + ": \""
                    + Text.abbreviate(where.text(), 160) + "\"";
            out.add(new Finding(checkId, ctx.severity(), message, sourceSide ? where : null, sourceSide ? null : where));
        }
        return out;
    }
}
