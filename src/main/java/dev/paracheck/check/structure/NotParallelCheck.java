package dev.paracheck.check.structure;

import dev.paracheck.check.Check;
import dev.paracheck.check.CheckContext;
import dev.paracheck.model.AlignmentStats;
import dev.paracheck.model.CheckDescriptor;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Location;
import dev.paracheck.model.Severity;
import java.util.List;
import java.util.Locale;

/**
 * Flags a pair that does not look like a document and its translation. The evidence is the aligner's
 * permutation test ({@link AlignmentStats#costGain()}: how much better the alignment fits than one against the
 * target rotated by half) and the share of sentences it could link at all. On the seeds, the real pair gains
 * 0.87 and unrelated articles 0.04–0.16.
 */
public final class NotParallelCheck implements Check {
    static final double MIN_COST_GAIN = 0.35;
    static final double MIN_LINKED_SHARE = 0.4;
    /**
     * A pair whose sentences nearly all link is a translation even where the permutation test gains little (short
     * glossary pages of the CNCF tree: 78–97 % linked at gains of 0.22–0.34), unless the gain is as low as that of
     * unrelated articles (0.04–0.16).
     */
    static final double TRANSLATION_LINKED_SHARE = 0.75;
    static final double UNRELATED_COST_GAIN = 0.2;
    /**
     * Below this many sentences a side the permutation test says nothing: on 170 short WMT24 documents (all real
     * translations) pairs of 3–11 sentences scored anywhere from 0 to 0.35.
     */
    static final int MIN_SENTENCES = 12;
    /** This check's id. */
    public static final String ID = "not-parallel";
    private static final CheckDescriptor DESCRIPTOR = new CheckDescriptor(ID, "Not a translation",
            "The two documents do not look like translations of each other at all.", Severity.ERROR);

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public boolean needsParallelPair() {
        return false;
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        AlignmentStats stats = ctx.alignment().stats();
        if (ctx.source().sentences().size() < MIN_SENTENCES || ctx.target().sentences().size() < MIN_SENTENCES) {
            return List.of();
        }
        if (stats.costGain() >= MIN_COST_GAIN && stats.linkedShare() >= MIN_LINKED_SHARE
                || stats.linkedShare() >= TRANSLATION_LINKED_SHARE && stats.costGain() >= UNRELATED_COST_GAIN) {
            return List.of();
        }
        // the linked share alone misleads: the aligner links most sentences of any two texts, only weakly
        String message = String.format(Locale.ROOT, "The documents do not look like translations of each other: "
                + "their sentences pair up hardly better than those of unrelated texts (the alignment fits %.0f%% "
                + "better than chance; %.0f%% of sentences linked, weakly)", 100 * stats.costGain(),
                100 * stats.linkedShare());
        return List.of(new Finding(DESCRIPTOR.id(), ctx.severity(), message, Location.WHOLE_DOCUMENT,
                Location.WHOLE_DOCUMENT));
    }
}
