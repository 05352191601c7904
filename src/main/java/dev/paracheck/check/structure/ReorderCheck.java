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
import java.util.TreeSet;

/** Flags sentences and paragraphs whose counterpart stands elsewhere (the aligner's moved links). */
public final class ReorderCheck implements Check {
    private static final CheckDescriptor DESCRIPTOR = new CheckDescriptor("reorder", "Reordered text",
            "A sentence or paragraph whose counterpart stands elsewhere (moved).", Severity.WARNING);

    /**
     * A move is as good as its pairing: below this confidence ({@link Link#score}), or for a source of fewer than
     * {@value #MIN_WORDS} words (a heading, a table cell: such text recurs), it is reported a level lower.
     */
    static final double SURE = 0.8;
    static final int MIN_WORDS = 3;

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        List<Link> moved = ctx.alignment().sentences().stream().filter(Link::moved).toList();
        List<Finding> out = new ArrayList<>();
        List<List<Integer>> runs = Runs.of(moved, l -> true, Link::source, ctx.source());
        // each moved link belongs to the run that holds its first source sentence
        java.util.Map<Integer, Integer> runOf = new java.util.HashMap<>();
        for (int r = 0; r < runs.size(); r++) {
            for (int i : runs.get(r)) {
                runOf.put(i, r);
            }
        }
        List<TreeSet<Integer>> targetsOf = new ArrayList<>();
        double[] confidenceOf = new double[runs.size()];
        runs.forEach(r -> targetsOf.add(new TreeSet<>()));
        for (Link l : moved) {
            Integer r = runOf.get(l.source().get(0));
            if (r != null) {
                targetsOf.get(r).addAll(l.target());
                confidenceOf[r] = Math.max(confidenceOf[r], l.score());
            }
        }
        for (int r = 0; r < runs.size(); r++) {
            List<Integer> run = runs.get(r);
            if (ctx.source().isMetadata(run)) {
                continue; // front matter is no text a reader sees in order
            }
            TreeSet<Integer> targets = targetsOf.get(r);
            double confidence = confidenceOf[r];
            Location src = Location.ofSentences(ctx.source(), run);
            Location tgt = Location.ofSentences(ctx.target(), List.copyOf(targets));
            String message = "Source " + Runs.describe(run, ctx.source()) + " "
                    + Runs.verb(run, ctx.source(), "is", "are") + " translated elsewhere, at target "
                    + Runs.describe(List.copyOf(targets), ctx.target()) + ": \"" + Text.abbreviate(src.text(), 120)
                    + "\"";
            // lines of code recur ("import axios from 'axios';", "}"): a move of code alone is a hint
            boolean code = !ctx.source().isProse(run);
            boolean weak = confidence < SURE || src.text().split("\\s+").length < MIN_WORDS;
            out.add(new Finding(DESCRIPTOR.id(), code ? Severity.INFO : weak ? ctx.severity().lower() : ctx.severity(),
                    message + (code ? " (code, whose lines recur)" : weak ? " (the pairing is uncertain)" : ""),
                    src, tgt));
        }
        return out;
    }
}
