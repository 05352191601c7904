package dev.paracheck.check.structure;

import dev.paracheck.check.CheckContext;
import dev.paracheck.internal.Text;
import dev.paracheck.model.Document;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Link;
import dev.paracheck.model.Location;
import dev.paracheck.model.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What omission and addition share: runs of one side's sentences that no link pairs, boilerplate and metadata left
 * out.
 */
final class UnmatchedText {
    private UnmatchedText() {
    }

    /**
     * Below this confidence ({@link Link#score} of an unaligned sentence: 1 - e^-margin, see the aligner) joining
     * the sentence to its neighbour's link would have cost under 0.7 nats more: the translator may have split or
     * merged a sentence. Such a run is reported a level lower. Measured on the Bleualign DE–FR gold (dev and the
     * seven test articles, {@code align --segmented}): of the 90 sentences left unaligned, 16 are not unaligned in
     * the gold; 74 are at 0.5 or above, 10 of them wrong (precision 0.86, against 0.82 for all 90). In the WMT24
     * EN–DE references (reference A, the 171 documents as one directory) all six additions found were German
     * sentences split off their neighbour, all six below 0.5; the three true omissions stayed errors, and so did
     * one false (a dialogue tag the German merged into its quotation, 0.62).
     */
    static final double UNSURE = 0.5;

    static List<Finding> findings(CheckContext ctx, String checkId, boolean sourceSide) {
        Document doc = sourceSide ? ctx.source() : ctx.target();
        Map<Integer, Double> confidence = new HashMap<>();
        for (Link l : ctx.alignment().sentences()) {
            if (sourceSide ? l.isOmission() : l.isAddition()) {
                (sourceSide ? l.source() : l.target()).forEach(i -> confidence.put(i, l.score()));
            }
        }
        List<Finding> out = new ArrayList<>();
        for (List<Integer> run : Runs.of(ctx.alignment().sentences(),
                sourceSide ? Link::isOmission : Link::isAddition, sourceSide ? Link::source : Link::target, doc)) {
            Location where = Location.ofSentences(doc, run);
            if (ctx.boilerplate().matches(where.text()) || doc.isMetadata(run)) {
                continue;
            }
            boolean unsure = run.stream().allMatch(i -> confidence.getOrDefault(i, 1.0) < UNSURE);
            String message = (sourceSide ? "Source " : "Target ") + Runs.describe(run, doc) + " "
                    + Runs.has(run, doc) + " no counterpart in the " + (sourceSide ? "target" : "source")
                    + (unsure ? unsureClause(run.size(), sourceSide) : "") + ": \""
                    + Text.abbreviate(where.text(), 160) + "\"";
            Severity severity = unsure ? lower(ctx.severity()) : ctx.severity();
            out.add(new Finding(checkId, severity, message, sourceSide ? where : null, sourceSide ? null : where));
        }
        return out;
    }

    /** What an unsure run may be instead: part of a neighbour's translation. */
    private static String unsureClause(int sentences, boolean sourceSide) {
        return ", unless " + (sentences == 1 ? "it is" : "they are") + " part of a neighbouring sentence's "
                + "translation (" + (sourceSide ? "merged into it" : "split off it") + "; the alignment is unsure)";
    }

    private static Severity lower(Severity s) {
        return s == Severity.ERROR ? Severity.WARNING : Severity.INFO;
    }
}
